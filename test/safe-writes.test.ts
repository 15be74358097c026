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
  /**
   * Runs a build that stops at a certain moment of its write (the test hook in
   * src/cli/write-atomic.ts: before its n-th rename, every temporary file written), kills it there
   * with SIGKILL, and returns the killed process's id and the temporary files it named.
   */
  async function killedBefore(rename: number, out: string, src: string): Promise<{ pid: number; temps: string[] }> {
    const child = spawn(process.execPath, [BIN, 'build', '--format', 'html,docx', '--out', out, src], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MINUTEBOOK_TEST_PAUSE_BEFORE_RENAME: String(rename) },
    });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    let stderr = '';
    const named = await new Promise<string[]>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /minutebook-test: paused before rename \d+: (.*)\n/.exec(stderr);
        if (m) resolve(m[1]!.split(' '));
      });
      child.on('exit', (code) => reject(new Error(`the build ended (exit ${code}) before it paused:\n${stderr}`)));
    });
    // The build is blocked inside its write: every temporary file not yet renamed is on disk.
    for (const t of named.slice(rename - 1)) expect(existsSync(t), t).toBe(true);
    child.kill('SIGKILL');
    await exited;
    return { pid: child.pid!, temps: named };
  }

  it('killed while it writes: each output is the old one or nothing, never half of one; the next build removes the dead run\'s temporary files', async () => {
    const src = series();
    const out = join(folder(), 'out');
    expect(runCli(['build', '--format', 'html,docx', '--out', out, src]).code).toBe(0);
    const before = snapshot(out);
    expect(before.size).toBeGreaterThan(1);

    // What a complete build of the edited sources writes (outputs are deterministic).
    editVenues(src);
    const fresh = join(folder(), 'fresh');
    expect(runCli(['build', '--format', 'html,docx', '--out', fresh, src]).code).toBe(0);
    const after = snapshot(fresh);
    for (const [name, bytes] of after) expect(bytes.equals(before.get(name)!), `${name} changes with the venue`).toBe(false);

    // Killed with every temporary file written and nothing renamed: every output is the old one.
    const first = await killedBefore(1, out, src);
    expect(first.temps.length).toBe(before.size);
    for (const [name, bytes] of before) expect(readFileSync(join(out, name)).equals(bytes), `${name} is the old one`).toBe(true);
    expect(temps(out).sort()).toEqual(first.temps.map((t) => t.slice(out.length + 1)).sort());
    for (const t of temps(out)) expect(t).toMatch(new RegExp(`\\.${first.pid}\\.[0-9a-f]{8}\\.tmp$`));

    // Killed after the first rename: that output is the new one, complete; the rest are the old ones.
    const second = await killedBefore(2, out, src);
    const renamed = second.temps[0]!.slice(out.length + 1).replace(/^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/, '$1');
    for (const [name, bytes] of before) {
      const now = readFileSync(join(out, name));
      expect(now.equals(name === renamed ? after.get(name)! : bytes), `${name} is the ${name === renamed ? 'new' : 'old'} one`).toBe(true);
    }

    // Into a folder with no outputs yet: killed before renaming, it leaves no output at all.
    const empty = join(folder(), 'empty');
    await killedBefore(1, empty, src);
    expect(readdirSync(empty).filter((n) => !n.endsWith('.tmp'))).toEqual([]);

    // The dead runs left their temporary files; the next build removes them and writes everything.
    expect(temps(out).length).toBeGreaterThan(0);
    expect(runCli(['build', '--format', 'html,docx', '--out', out, src]).code).toBe(0);
    expect(temps(out)).toEqual([]);
    for (const [name, bytes] of after) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
  }, 180_000);
});
