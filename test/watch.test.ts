/**
 * `build --watch` through the real CLI: a change to one meeting rebuilds it and the later meeting
 * whose review inherits from it; findings print and the watcher keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './helpers/cli.js';
import { GOOD, fileName, writeSeries } from './helpers/series.js';

const made: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.kill('SIGINT'));
  made.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** Resolves when the child's stderr has printed `pattern` `times` times in all. */
function waitFor(child: ChildProcess, log: { text: string }, pattern: RegExp, times: number, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const seen = () => (log.text.match(new RegExp(pattern.source, 'g')) ?? []).length >= times;
    if (seen()) return resolve();
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} ×${times}; stderr so far:\n${log.text}`)), ms);
    const on = () => {
      if (seen()) {
        clearTimeout(timer);
        child.stderr!.off('data', on);
        resolve();
      }
    };
    child.stderr!.on('data', on);
  });
}

describe('build --watch', () => {
  it('rebuilds a changed meeting and the later meeting that reviews its action, and keeps watching after errors', async () => {
    // Meeting 3 reviews HWC 2/01 without repeating its text: its document takes the text from meeting 2.
    const dir = writeSeries(GOOD);
    const out = mkdtempSync(join(tmpdir(), 'minutebook-watch-out-'));
    made.push(dir, out);
    const child = spawn(process.execPath, [BIN, 'build', '--watch', dir, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    children.push(child);
    const log = { text: '' };
    child.stderr.on('data', (d: Buffer) => (log.text += d.toString()));
    child.stdout.on('data', () => {});
    await waitFor(child, log, /watching .* for changes/, 1);
    const html3 = join(out, fileName(GOOD[2]!).replace(/\.md$/, '.html'));
    expect(existsSync(html3)).toBe(true);
    expect(readFileSync(html3, 'utf8')).toContain('repaint the bollards');

    const second = join(dir, fileName(GOOD[1]!));
    writeFileSync(second, readFileSync(second, 'utf8').replace('repaint the bollards', 'replace the bollards'));
    await waitFor(child, log, /watching for changes/, 1);
    expect(log.text).toMatch(/changed: building 2 files/);
    expect(readFileSync(html3, 'utf8')).toContain('replace the bollards');
    expect(existsSync(join(out, fileName(GOOD[0]!).replace(/\.md$/, '.html')))).toBe(true);

    // Meeting 3 forgets HWC 1/01: the finding prints, nothing is written, the watcher stays.
    const third = join(dir, fileName(GOOD[2]!));
    writeFileSync(third, readFileSync(third, 'utf8').replace(/  - id: HWC 1\/01\n    status: open\n    update: Reported at the meeting.\n/, ''));
    await waitFor(child, log, /watching for changes/, 2);
    expect(log.text).toContain('series-missing-review');
    expect(log.text).toContain('HWC 1/01');
    expect(child.exitCode).toBe(null);
  }, 180_000);
});
