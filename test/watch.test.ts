/**
 * `build --watch` through the real CLI: a change to one meeting rebuilds it and the later meeting
 * whose review inherits from it; findings print and the watcher keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
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

/** `build --watch` on a folder, writing to a new folder, once it says it is watching; cleaned up after the tests. */
async function startWatch(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'minutebook-watch-out-'));
  made.push(dir, out);
  const child = spawn(process.execPath, [BIN, 'build', '--watch', dir, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  const log = { text: '' };
  child.stderr.on('data', (d: Buffer) => (log.text += d.toString()));
  child.stdout.on('data', () => {});
  await waitFor(child, log, /watching .* for changes/, 1);
  return { child, log, out };
}

describe('build --watch', () => {
  it('rebuilds a changed meeting and the later meeting that reviews its action, and keeps watching after errors', async () => {
    // Meeting 3 reviews HWC 2/01 without repeating its text: its document takes the text from meeting 2.
    const dir = writeSeries(GOOD);
    const { child, log, out } = await startWatch(dir);
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

  it('survives rename-style saves (a new file renamed over the old, as vim, sed -i and JetBrains save), reporting each rebuild', async () => {
    const dir = writeSeries(GOOD);
    const { child, log, out } = await startWatch(dir);
    const first = join(dir, fileName(GOOD[0]!));
    const html1 = join(out, fileName(GOOD[0]!).replace(/\.md$/, '.html'));
    // Three saves in a row, each writing a temporary file and renaming it over the source.
    for (const [k, word] of ['quay works', 'harbour works', 'dock works'].entries()) {
      const tmp = join(dir, `.${fileName(GOOD[0]!)}.swp${k}`);
      writeFileSync(tmp, readFileSync(first, 'utf8').replace(/(quay|harbour|dock) works/, word));
      renameSync(tmp, first);
      await waitFor(child, log, /watching for changes/, k + 1);
      expect(readFileSync(html1, 'utf8'), `save ${k + 1}`).toContain(word);
    }
    expect(log.text.match(/2024-01-10-hwc-1\.md changed: building/g)?.length).toBe(3);
  }, 180_000);

  it('Ctrl-C stops it with exit code 130 and leaves no temporary files', async () => {
    const dir = writeSeries(GOOD);
    const out = mkdtempSync(join(tmpdir(), 'minutebook-watch-out-'));
    made.push(dir, out);
    const child = spawn(process.execPath, [BIN, 'build', '--watch', dir, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    const log = { text: '' };
    child.stderr.on('data', (d: Buffer) => (log.text += d.toString()));
    child.stdout.on('data', () => {});
    await waitFor(child, log, /watching .* for changes/, 1);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Interrupted in the middle of a rebuild.
    const second = join(dir, fileName(GOOD[1]!));
    writeFileSync(second, readFileSync(second, 'utf8').replace('repaint', 'paint'));
    await waitFor(child, log, /changed: building/, 1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const hidden = (d: string) => readdirSync(d).filter((n) => n.endsWith('.tmp'));
    expect(hidden(out)).toEqual([]);
    expect(hidden(dir)).toEqual([]);
  }, 180_000);

  it('an interrupted build exits 130 and leaves no temporary files', async () => {
    // Enough meetings that the interrupt lands while outputs are being rendered and written, even
    // with the code cache warm on a quiet machine (60 meetings could finish inside 700 ms).
    const many = Array.from({ length: 240 }, (_, i) => ({ n: i + 1, date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-10` }));
    const dir = writeSeries(many);
    const out = mkdtempSync(join(tmpdir(), 'minutebook-build-out-'));
    made.push(dir, out);
    // Exit code 130, or death by SIGINT when a second Ctrl-C lands while Node is already exiting
    // (a shell reports 130 for both); 0 when the build finished before the signal was handled.
    const ends: string[] = [];
    // Once as the first output is being written, once while the documents are being rendered.
    for (const when of ['writing', 'rendering'] as const) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out);
      const child = spawn(process.execPath, [BIN, 'build', '--format', 'html,docx', '--force', dir, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.on('data', () => {});
      const log = { text: '' };
      child.stderr.on('data', (d: Buffer) => (log.text += d.toString()));
      const exited = new Promise<string>((r) => child.on('exit', (code, signal) => r(signal === 'SIGINT' ? '130' : String(code))));
      const interrupt = () => child.kill('SIGINT');
      const watcher = watch(out, () => when === 'writing' && interrupt());
      // Rendering 480 documents takes seconds; the signal handler is installed in the first milliseconds.
      const timer = when === 'rendering' ? setTimeout(interrupt, 700) : undefined;
      const end = await exited;
      watcher.close();
      clearTimeout(timer);
      ends.push(end);
      expect(['0', '130'], log.text).toContain(end);
      expect(readdirSync(out, { recursive: true }).filter((n) => String(n).endsWith('.tmp'))).toEqual([]);
    }
    expect(ends).toContain('130');
  }, 180_000);
});
