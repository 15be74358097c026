// `minutebook build --format docx`: one meeting against pandoc writing a .docx from the same
// Markdown file (pandoc's own reference document, Debian's pandoc), side by side; and the
// 1,000-file repository in one process against 1,000 pandoc runs (the "0.1× pandoc per file").
import { join, relative } from 'node:path';
import { timeTogether } from '../lib.mjs';

export default {
  name: 'docx',
  description: 'minutebook build --format docx on one file (vs pandoc FILE -o out.docx) and on a 1,000-file repository',
  async run(ctx) {
    const source = join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md');
    const one = relative(ctx.root, source);
    const repo = relative(ctx.root, ctx.repository(1000));
    const outOne = join(ctx.work, 'docx-one');
    const outRepo = join(ctx.work, 'docx-1000');

    if (ctx.haveProgram('pandoc')) {
      const row = ctx.compare({
        task: 'build docx, one file',
        ours: ctx.minutebook(['build', one, '--format', 'docx', '--out', outOne]),
        theirs: ctx.program('pandoc', [one, '-o', join(outOne, 'pandoc.docx')]),
        target: 0.75,
      });
      console.log(`  one file: ${row.ours.wall.toFixed(0)} ms vs pandoc ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
    } else {
      ctx.skip('build docx, one file', 'pandoc is not installed');
    }

    // Checks (file and series rules), view models, DOCX packages and atomic writes of 1,000 files,
    // against what running pandoc once per file would cost: 1,000 × one pandoc run, timed in turn.
    const build = ctx.minutebook(['build', repo, '--format', 'docx', '--out', outRepo]);
    if (!ctx.haveProgram('pandoc')) {
      const row = ctx.limit({ task: 'build docx, 1,000 files', ours: build, maxMs: 10_000 });
      console.log(`  1,000 files: ${row.ours.wall.toFixed(0)} ms (pandoc not installed)`);
      return;
    }
    const pandoc = ctx.program('pandoc', [one, '-o', join(outOne, 'pandoc.docx')]);
    const [b, p] = timeTogether([build, pandoc], ctx.runs);
    const perFile = { ...p, wall: p.wall * 1000, cpu: p.cpu === undefined ? undefined : p.cpu * 1000, rss: undefined };
    const ratio = b.wall / perFile.wall;
    ctx.record({ task: 'build docx, 1,000 files', ours: b, theirs: perFile, competitor: '1,000 × pandoc one file', ratio, target: 'ratio ≤ 0.1', pass: ratio <= 0.1 });
    console.log(`  1,000 files: ${b.wall.toFixed(0)} ms vs 1,000 × ${p.wall.toFixed(0)} ms, ratio ${ratio.toFixed(3)}`);
  },
};
