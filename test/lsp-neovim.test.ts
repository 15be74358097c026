/**
 * `minutebook lsp` with a real client: Neovim's built-in LSP client, headless, driven by
 * test/e2e/neovim-lsp.lua. It opens a broken minutes file, the test asserts the diagnostics
 * Neovim received against `check --format json`, then the text after Neovim applied a quick fix.
 * Without nvim the test is skipped and says so; under CI=true that is a failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, checkJson } from './helpers/cli.js';
import { requirePrograms } from './helpers/programs.js';

const nvim = requirePrograms('nvim');
const dir = mkdtempSync(join(tmpdir(), 'minutebook-nvim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Seen {
  code: string;
  href: string | null;
  severity: number;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  message: string;
  source: string;
}

describe.skipIf(!nvim.ok)(`Neovim's LSP client${nvim.ok ? '' : ` (${nvim.reason})`}`, () => {
  it('shows the findings of a broken file and applies the quick fix', () => {
    const file = join(dir, 'actions.md');
    cpSync(join(ROOT, 'examples', 'broken', 'actions.md'), file);
    cpSync(join(ROOT, 'examples', 'broken', '.minutebook.yaml'), join(dir, '.minutebook.yaml'));
    const original = readFileSync(file, 'utf8');
    const out = join(dir, 'seen.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(ROOT, 'test', 'e2e', 'neovim-lsp.lua')}`], {
      cwd: dir,
      env: { ...process.env, MB_FILE: file, MB_OUT: out, MB_NODE: process.execPath, MB_BIN: BIN },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; before: Seen[]; after: Seen[]; titles: string[]; text: string; modified: boolean };
    expect(seen.error, r.stderr).toBeUndefined();
    expect(r.status).toBe(0);

    const byPosition = (a: { line: number; column: number; message: string }, b: typeof a) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1);
    const expected = checkJson([file]).files[0]!.messages.map((m) => ({ line: m.line!, column: m.column!, message: m.message, m })).sort(byPosition);
    expect(seen.before.map((d) => [d.code, d.severity, d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1, d.message, d.source])).toEqual(
      expected.map(({ m }) => [m.ruleId, m.severity === 'error' ? 1 : 2, m.line, m.column, m.endLine, m.endColumn, m.message, 'minutebook']),
    );
    expect(seen.before.every((d) => d.href === `https://github.com/minutebook/minutebook/blob/main/docs/rules/${d.code}.md`)).toBe(true);

    expect(seen.titles).toEqual(['Replace "ACTION: ACT 12/02:" with "ACTION ACT 12/02:" (action-syntax)']);
    expect(seen.text).toBe(original.replace('ACTION: ACT 12/02: The HubCo', 'ACTION ACT 12/02: The HubCo'));
    expect(seen.modified).toBe(true);
    expect(seen.after.filter((d) => d.code === 'action-syntax')).toHaveLength(seen.before.filter((d) => d.code === 'action-syntax').length - 1);
    // The file on disk is the user's to save: the server never writes it.
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
