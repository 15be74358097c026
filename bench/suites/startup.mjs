// Start-up cost, side by side in one run: a pre-commit hook runs `minutebook check` on one file,
// and scripts probe `minutebook --version`; both should cost little more than starting Node
// itself (`node -e 0`). Then the peak memory of `check` over the 1,000-file repository, read from
// GNU time's verbose report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { timeTogether } from '../lib.mjs';

const GNU_TIME = '/usr/bin/time';

export default {
  name: 'startup',
  description: 'check one file, build one DOCX and --version against node -e 0; peak memory of check over 1,000 files',
  async run(ctx) {
    const one = relative(ctx.root, join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md'));
    const node = { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], cwd: ctx.root };
    const check = ctx.minutebook(['check', one]);
    // The first run after an install or a new version compiles everything: no code cache.
    const cold = ctx.minutebook(['check', one], { env: { MINUTEBOOK_CODE_CACHE: '0' } });
    const docx = ctx.minutebook(['build', one, '--format', 'docx', '--out', join(ctx.work, 'startup-docx')]);
    const version = ctx.minutebook(['--version']);
    // They take turns in each round, so that a busy machine slows them alike.
    const [c, k, d, v, n] = timeTogether([check, cold, docx, version, node], ctx.runs);
    for (const [task, t, target] of [
      ['check one file vs node -e 0', c, 2.0],
      ['check one file, no code cache, vs node -e 0', k, 2.0],
      ['build docx one file vs node -e 0', d, 2.5],
      ['--version vs node -e 0', v, 1.3],
    ]) {
      const ratio = t.wall / n.wall;
      ctx.record({ task, ours: t, theirs: n, competitor: 'node -e 0', ratio, target: `ratio ≤ ${target}`, pass: ratio <= target });
      const cpuRatio = t.cpu !== undefined && n.cpu ? ` (CPU ratio ${(t.cpu / n.cpu).toFixed(2)})` : '';
      console.log(`  ${task}: ${t.wall.toFixed(0)} ms vs ${n.wall.toFixed(0)} ms, ratio ${ratio.toFixed(2)}${cpuRatio}`);
    }

    const repo = relative(ctx.root, ctx.repository(1000));
    if (!existsSync(GNU_TIME)) {
      ctx.skip('peak RSS of check over 1,000 files', `${GNU_TIME} is not installed`);
      return;
    }
    const r = spawnSync(GNU_TIME, ['-v', process.execPath, join(ctx.root, 'bin', 'minutebook.js'), 'check', repo], {
      cwd: ctx.root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', MINUTEBOOK_CACHE_DIR: join(ctx.work, 'code-cache') },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`check over 1,000 files: exit ${r.status}\n${r.stderr.slice(-2000)}`);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    const mb = kb / 1024;
    ctx.record({ task: 'peak RSS, check 1,000 files', ours: `${mb.toFixed(0)} MB`, target: '≤ 300 MB', pass: mb <= 300 });
    console.log(`  peak RSS of check over 1,000 files: ${mb.toFixed(0)} MB`);
  },
};
