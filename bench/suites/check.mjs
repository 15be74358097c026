// `minutebook check` against markdownlint-cli2, the Markdown linter a secretariat would otherwise
// run in a pre-commit hook: both tools read and parse the same files with micromark, so the ratio
// shows what minutebook's own model and rules cost on top of a comparable start-up and parse.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';

/** How many files each tool reports having looked at: the comparison is void if they differ. */
function filesSeen(ctx, ours, theirs) {
  const json = spawnSync(ours.cmd, [...ours.args, '--format', 'json'], { cwd: ours.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const mine = JSON.parse(json.stdout).length;
  const lint = spawnSync(theirs.cmd, theirs.args, { cwd: theirs.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /Linting: (\d+) file/.exec(lint.stdout + lint.stderr);
  return { mine, theirs: m ? Number(m[1]) : undefined };
}

export default {
  name: 'check',
  description: 'minutebook check vs markdownlint-cli2 on one file and on a 1,000-file repository',
  async run(ctx) {
    // The newest meeting of the series, as a pre-commit hook passes it: minutebook also reads
    // the earlier meetings it depends on for the cross-meeting rules.
    const one = relative(ctx.root, join(ctx.examples, 'dxog', '2026-03-16-dxog-19.md'));
    const repo = relative(ctx.root, ctx.repository(1000));
    const jobs = [
      { task: 'check one file', ours: ctx.minutebook(['check', one]), theirs: ctx.nodeBin('markdownlint-cli2', [one], { ok: [0, 1] }) },
      {
        task: 'check 1,000 files',
        ours: ctx.minutebook(['check', repo]),
        theirs: ctx.nodeBin('markdownlint-cli2', [`${repo}/**/*.md`], { ok: [0, 1] }),
      },
    ];
    for (const j of jobs) {
      const seen = filesSeen(ctx, j.ours, j.theirs);
      if (seen.mine !== seen.theirs) throw new Error(`${j.task}: minutebook saw ${seen.mine} files, markdownlint-cli2 ${seen.theirs}`);
      const row = ctx.compare({ ...j, target: 0.5 });
      console.log(`  ${j.task} (${seen.mine} files): ${row.ours.wall.toFixed(0)} ms vs ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
    }
  },
};
