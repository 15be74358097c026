// `minutebook import` of the real Word minutes in ../shared/reference/docx/ (twelve documents, one
// of them a 1.9 MB archive of about 225 meetings, split) against pandoc converting each document
// to GFM, run once per file: the target is the whole set in no more than pandoc's time.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export default {
  name: 'import',
  description: 'minutebook import of the reference Word minutes vs pandoc -f docx -t gfm per file',
  async run(ctx) {
    const docx = join(process.env.MINUTEBOOK_SHARED ?? join(ctx.root, '..', 'shared'), 'reference', 'docx');
    if (!existsSync(docx)) return ctx.skip('import reference docx', `no reference documents at ${docx}`);
    if (!ctx.haveProgram('pandoc')) return ctx.skip('import reference docx', 'pandoc is not installed');
    const files = readdirSync(docx, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(docx, d.name)).filter((f) => f.endsWith('.docx')).map((f) => join(docx, d.name, f)))
      .sort();
    const out = join(ctx.work, 'import-out');
    const ours = ctx.minutebook(['import', ...files, '--split', '--force', '--out', out]);
    // One pandoc process per document, in turn, as a script converting an archive would run it.
    const script = 'for f in "$@"; do pandoc -f docx -t gfm "$f" -o /dev/null || exit 1; done';
    const theirs = { ...ctx.program('sh', ['-c', script, 'sh', ...files]), label: 'pandoc -f docx -t gfm per file' };
    const row = ctx.compare({ task: `import ${files.length} Word documents`, ours, theirs, target: 1 });
    console.log(`  ${files.length} documents: ${row.ours.wall.toFixed(0)} ms vs pandoc ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
  },
};
