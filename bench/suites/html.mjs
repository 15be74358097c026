// `minutebook build --format html`: one meeting against pandoc turning the same Markdown into a
// standalone HTML page (the nearest general-purpose tool), and the 1,000-file repository against
// `minutebook check` on the same files (pandoc has no batch mode to compare with fairly): build
// runs the same checks first, so the ratio is what rendering and writing 1,000 documents add.
import { join, relative } from 'node:path';

export default {
  name: 'html',
  description: 'minutebook build --format html on one file (vs pandoc -s) and on a 1,000-file repository',
  async run(ctx) {
    const source = join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md');
    const one = relative(ctx.root, source);
    const repo = relative(ctx.root, ctx.repository(1000));
    const outOne = join(ctx.work, 'html-one');
    const outRepo = join(ctx.work, 'html-1000');

    if (ctx.haveProgram('pandoc')) {
      const row = ctx.compare({
        task: 'build html, one file',
        ours: ctx.minutebook(['build', one, '--format', 'html', '--out', outOne]),
        theirs: ctx.program('pandoc', ['--standalone', '--metadata', 'title=Minutes', '--from', 'gfm+yaml_metadata_block', '--to', 'html5', '--output', join(outOne, 'pandoc.html'), one]),
        target: 2,
      });
      console.log(`  one file: ${row.ours.wall.toFixed(0)} ms vs pandoc ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
    } else {
      const row = ctx.limit({ task: 'build html, one file', ours: ctx.minutebook(['build', one, '--format', 'html', '--out', outOne]), maxMs: 1000 });
      console.log(`  one file: ${row.ours.wall.toFixed(0)} ms (pandoc not installed: absolute limit instead)`);
    }

    const row = ctx.compare({
      task: 'build html, 1,000 files',
      ours: ctx.minutebook(['build', repo, '--format', 'html', '--out', outRepo]),
      theirs: ctx.minutebook(['check', repo], { label: 'minutebook check' }),
      target: 1.5,
    });
    console.log(`  1,000 files: ${row.ours.wall.toFixed(0)} ms vs check ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
  },
};
