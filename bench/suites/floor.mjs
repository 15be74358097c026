// What no change inside minutebook can go below, measured beside the tasks whose targets it
// bounds: Node's own start, loading the bundled CLI, the Markdown and YAML parse alone (a script
// using the same parsers, bench/floor/parse.mjs), and the best that two workers could do on this
// machine (the 1,000-file check as two processes at once, one per half of the committees).
import { join, relative } from 'node:path';
import { readdirSync } from 'node:fs';

export default {
  name: 'floor',
  description: 'floors: Node start, loading the CLI, parsing alone, two processes at once',
  async run(ctx) {
    const one = relative(ctx.root, join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md'));
    const repo = relative(ctx.root, ctx.repository(1000));
    const node = { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], cwd: ctx.root };
    const parse = (paths) => ({ label: 'parse only', cmd: process.execPath, args: [join(ctx.root, 'bench', 'floor', 'parse.mjs'), ...paths], cwd: ctx.root });
    ctx.floor({ task: 'floor: load the CLI (--help) vs node -e 0', ours: ctx.minutebook(['--help']), theirs: node, bounds: 'check one file' });
    ctx.floor({ task: 'floor: parse one file alone vs node -e 0', ours: parse([one]), theirs: node, bounds: 'check one file' });
    ctx.floor({
      task: 'floor: parse 1,000 files alone vs markdownlint-cli2',
      ours: parse([repo]),
      theirs: ctx.nodeBin('markdownlint-cli2', [`${repo}/**/*.md`], { ok: [0, 1] }),
      bounds: 'check 1,000 files, 1,000 DOCX',
    });
    // Each committee is a whole series, so each half is checked exactly as in the single run.
    const committees = readdirSync(join(ctx.root, repo)).sort();
    const half = (k) => committees.filter((_, i) => i % 2 === k).map((c) => join(repo, c)).join(' ');
    const bin = join(ctx.root, 'bin', 'minutebook.js');
    const both = `"${process.execPath}" "${bin}" check ${half(0)} & "${process.execPath}" "${bin}" check ${half(1)} & wait`;
    ctx.floor({
      task: 'bound: check 1,000 files as 2 processes at once vs 1',
      ours: ctx.program('sh', ['-c', both], { label: 'two processes', env: { MINUTEBOOK_CACHE_DIR: join(ctx.work, 'code-cache') } }),
      theirs: ctx.minutebook(['check', repo]),
      bounds: 'worker threads',
    });
  },
};
