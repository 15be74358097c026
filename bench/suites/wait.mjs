// Issue 24's table, "speed where people wait", one row per line with its target: the pre-commit
// check of one meeting inside a 1,000-meeting series and of one meeting alone against `node -e 0`;
// CI's check of 1,000 meetings, cold and again after one file changed with the cache kept,
// against markdownlint-cli2; one DOCX build against `node -e 0`; 1,000 meetings to DOCX in one
// process against pandoc run once per file; the peak memory of the 1,000-meeting check.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { timeTogether } from '../lib.mjs';
import { generateSeries } from './series.mjs';

const GNU_TIME = '/usr/bin/time';

/** Adds a row of minutebook against a competitor timed in the same rounds. */
function row(ctx, task, ours, theirs, competitor, target) {
  const ratio = ours.wall / theirs.wall;
  ctx.record({ task, ours, theirs, competitor, ratio, target: `ratio ≤ ${target}`, pass: ratio <= target });
  const cpu = ours.cpu !== undefined && theirs.cpu ? ` (CPU ratio ${(ours.cpu / theirs.cpu).toFixed(2)})` : '';
  console.log(`  ${task}: ${ours.wall.toFixed(0)} ms vs ${theirs.wall.toFixed(0)} ms, ratio ${ratio.toFixed(2)}${cpu}`);
}

/** Whether this build of `check` has a `--cache` option (issue 24, item 1). */
function hasCache(ctx) {
  const c = ctx.minutebook(['check', '--help']);
  const r = spawnSync(c.cmd, c.args, { cwd: c.cwd, encoding: 'utf8', env: { ...process.env, ...c.env } });
  return /--cache\b/.test(r.stdout);
}

export default {
  name: 'wait',
  description: "issue 24's table: the pre-commit check, CI's check, DOCX builds and memory, each against its target",
  async run(ctx) {
    const node = { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], cwd: ctx.root };
    const { dir, last } = generateSeries(ctx, 1000);
    const inSeries = relative(ctx.root, join(dir, last));
    const one = relative(ctx.root, join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md'));
    const alone = relative(ctx.root, join(dir, 'alone', last));
    const repo = relative(ctx.root, ctx.repository(1000));

    // The three one-process rows take turns with `node -e 0`, so that a busy machine slows them alike.
    const series = ctx.minutebook(['check', inSeries]);
    const single = ctx.minutebook(['check', alone], { ok: [0, 1] });
    const docx = ctx.minutebook(['build', one, '--format', 'docx', '--out', join(ctx.work, 'wait-docx')]);
    const [s, a, d, n] = timeTogether([series, single, docx, node], ctx.runs);
    row(ctx, 'pre-commit: check one meeting in a 1,000-meeting series vs node -e 0', s, n, 'node -e 0', 2.5);
    row(ctx, 'check one meeting alone vs node -e 0', a, n, 'node -e 0', 2.0);

    const lint = ctx.nodeBin('markdownlint-cli2', [`${repo}/**/*.md`], { ok: [0, 1] });
    const [c, l] = timeTogether([ctx.minutebook(['check', repo]), lint], ctx.runs);
    row(ctx, 'CI: check 1,000 meetings, cold, vs markdownlint-cli2', c, l, 'markdownlint-cli2', 0.5);

    // Both cores (issue 24, item 2): the same check with two worker threads against one thread,
    // the figure that decides the default of --threads (src/cli/analyse-files.ts).
    const [t2, t1] = timeTogether([ctx.minutebook(['check', repo, '--threads', '2']), ctx.minutebook(['check', repo, '--threads', '1'])], ctx.runs);
    row(ctx, 'both cores: check 1,000 meetings, --threads 2 vs --threads 1', t2, t1, 'minutebook --threads 1', 1.0);

    const task = 'CI: check 1,000 meetings after one file changed, cache kept, vs markdownlint-cli2';
    if (hasCache(ctx)) {
      // A copy of the repository, so that the edit leaves the generated one as it was.
      const copy = join(ctx.work, 'wait-cache-repo');
      const cacheFile = join(ctx.work, 'wait-cache', 'minutebook-cache');
      rmSync(copy, { recursive: true, force: true });
      rmSync(join(ctx.work, 'wait-cache'), { recursive: true, force: true });
      cpSync(repo, copy, { recursive: true });
      const meeting = newestMeeting(copy);
      const original = readFileSync(meeting, 'utf8');
      const cached = ctx.minutebook(['check', '--cache', '--cache-location', cacheFile, relative(ctx.root, copy)], { ok: [0, 1] });
      // Before each run one meeting changes (its last line comes and goes), as between two commits.
      const edit = (cmd, round) => {
        if (cmd === cached) writeFileSync(meeting, round % 2 === 0 ? `${original}\nAn added line.\n` : original);
      };
      const [k, l2] = timeTogether([cached, lint], ctx.runs, { before: edit });
      row(ctx, task, k, l2, 'markdownlint-cli2', 0.1);
    } else {
      ctx.record({ task, ours: 'not measured: no --cache yet', target: 'ratio ≤ 0.1' });
      console.log(`  ${task}: not measured: no --cache yet`);
    }

    row(ctx, 'build --format docx, one meeting, vs node -e 0', d, n, 'node -e 0', 2.5);

    if (ctx.haveProgram('pandoc')) {
      const build = ctx.minutebook(['build', repo, '--format', 'docx', '--out', join(ctx.work, 'wait-docx-1000')]);
      const pandoc = ctx.program('pandoc', [one, '-o', join(ctx.work, 'wait-pandoc.docx')]);
      const [b, p] = timeTogether([build, pandoc], ctx.runs);
      const perFile = { ...p, wall: p.wall * 1000, cpu: p.cpu === undefined ? undefined : p.cpu * 1000, rss: undefined };
      row(ctx, '1,000 meetings to DOCX in one process vs pandoc per file', b, perFile, '1,000 × pandoc one file', 0.1);
    } else {
      ctx.skip('1,000 meetings to DOCX in one process vs pandoc per file', 'pandoc is not installed');
    }

    if (!existsSync(GNU_TIME)) {
      ctx.skip('peak RSS, check of 1,000 meetings', `${GNU_TIME} is not installed`);
      return;
    }
    // The largest of the timed runs above, each measured by GNU time (its kilobytes are KiB).
    const mib = c.rss;
    ctx.record({ task: 'peak RSS, check of 1,000 meetings', ours: `${mib.toFixed(0)} MiB`, target: '≤ 250 MiB', pass: mib <= 250 });
    console.log(`  peak RSS of the 1,000-meeting check: ${mib.toFixed(0)} MiB`);
  },
};

/** The newest meeting of the last committee of a generated repository: what a commit changes. */
function newestMeeting(repo) {
  const files = readdirSync(repo, { recursive: true }).filter((f) => f.endsWith('.md')).sort();
  return join(repo, files[files.length - 1]);
}
