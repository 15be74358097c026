/**
 * Safe writes through the real CLI: a build that fails or is killed half-way never leaves a
 * half-written or lost document, and outputs never replace a source.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './helpers/cli.js';

const EXAMPLES = join(ROOT, 'examples', 'dxog');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-writes-'));
  scratch.push(d);
  return d;
}

/** The example series, copied so that sources can be edited. */
function series(): string {
  const src = join(folder(), 'minutes');
  cpSync(EXAMPLES, src, { recursive: true });
  return src;
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).filter((n) => !n.startsWith('.')).map((n) => [n, readFileSync(join(dir, n))]));
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

function editVenues(src: string): void {
  for (const n of readdirSync(src).filter((f) => f.endsWith('.md'))) {
    const p = join(src, n);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^venue: .*$/m, 'venue: Harbour House, Room 9'));
  }
}

describe('a failed build replaces nothing', () => {
  it('a folder where one output should go: a clear error, every previous output intact, no temporary file', () => {
    const src = series();
    const out = join(folder(), 'out');
    expect(runCli(['build', '--format', 'html,docx', '--out', out, src]).code).toBe(0);
    const before = snapshot(out);
    expect(before.size).toBeGreaterThanOrEqual(6);

    editVenues(src);
    const blocked = [...before.keys()].sort().at(-1)!;
    rmSync(join(out, blocked));
    mkdirSync(join(out, blocked));
    const r = runCli(['build', '--format', 'html,docx', '--out', out, src]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${join(out, blocked)}: a folder stands there; nothing was replaced`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    for (const [name, bytes] of before) if (name !== blocked) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
    expect(temps(out)).toEqual([]);
  });

  it('--out that would overwrite a source is refused before anything is written', () => {
    const dir = folder();
    const source = join(dir, 'minutes.html');
    cpSync(join(EXAMPLES, readdirSync(EXAMPLES).find((n) => n.endsWith('.md'))!), source);
    cpSync(join(EXAMPLES, '.minutebook.yaml'), join(dir, '.minutebook.yaml'));
    const original = readFileSync(source);
    const r = runCli(['build', '--format', 'html', source]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('minutes.html: refusing to overwrite a source file with the html output');
    expect(readFileSync(source).equals(original)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });
});

describe('a build killed half-way', () => {
  it('leaves each output either as it was or complete, and the next build removes any temporary file', async () => {
    const src = series();
    const out = join(folder(), 'out');
    expect(runCli(['build', '--format', 'html,docx', '--out', out, src]).code).toBe(0);
    const before = snapshot(out);

    // What a complete build of the edited sources writes (outputs are deterministic).
    editVenues(src);
    const fresh = join(folder(), 'fresh');
    expect(runCli(['build', '--format', 'html,docx', '--out', fresh, src]).code).toBe(0);
    const after = snapshot(fresh);
    for (const [name, bytes] of after) expect(bytes.equals(before.get(name)!), `${name} changes with the venue`).toBe(false);

    // Kill at the moment the outputs are being written: when the build says it is writing, or
    // after a delay, whichever comes first; at several delays, so that some kills land mid-write.
    const outcomes = new Set<string>();
    for (const delay of [50, 150, 300, 600, 1000, 1500]) {
      const child = spawn(process.execPath, [BIN, 'build', '--format', 'html,docx', '--out', out, src], { stdio: ['ignore', 'pipe', 'pipe'] });
      const killed = new Promise<void>((done) => child.on('exit', () => done()));
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      child.stdout.once('data', () => child.kill('SIGKILL'));
      await killed;
      clearTimeout(timer);
      for (const [name, bytes] of before) {
        const now = readFileSync(join(out, name));
        const state = now.equals(bytes) ? 'old' : now.equals(after.get(name)!) ? 'new' : 'partial';
        expect(state, `${name} after a kill at ${delay} ms`).not.toBe('partial');
        outcomes.add(state);
      }
      // A kill between writing a temporary file and renaming it can leave that file: only ever
      // one named for the killed process, never a half-written output under the real name.
      for (const t of temps(out)) expect(t).toMatch(new RegExp(`\\.${child.pid}\\.[0-9a-f]{8}\\.tmp$`));
    }
    expect(outcomes.size).toBeGreaterThan(0);

    expect(runCli(['build', '--format', 'html,docx', '--out', out, src]).code).toBe(0);
    expect(temps(out)).toEqual([]);
    for (const [name, bytes] of after) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
    expect(existsSync(out)).toBe(true);
  }, 180_000);
});
