// `check` of one file inside a long series, as a pre-commit hook runs it, against `check` of the
// same file alone: what finding and reading the earlier meetings it depends on costs. The series
// is 200 consecutive meetings of one committee, each a copy of the newest example meeting with
// its dates, action IDs and reviews rewritten so that the series is clean. Deterministic, cached.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const COUNT = 200;
const VERSION = 1;
const DAY = 86_400_000;
const toDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * A series of `count` consecutive meetings in `ctx.work/series-<count>`, with `alone/` holding its
 * newest meeting and the configuration only. Returns the folder and the newest meeting's name.
 */
export function generateSeries(ctx, count = COUNT) {
  const dir = join(ctx.work, `series-${count}`);
  const last = `${toDate(Date.parse('2010-01-11T00:00:00Z') + (count - 1) * 28 * DAY)}-dxog-${count}.md`;
  const stamp = join(dir, '.generated');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${VERSION}`) return { dir, last };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const example = join(ctx.examples, 'dxog');
  const config = readFileSync(join(example, '.minutebook.yaml'), 'utf8')
    .replace(/^# yaml-language-server.*\n/m, '')
    .replace(/, (since|until): \d{4}-\d{2}-\d{2}/g, '');
  writeFileSync(join(dir, '.minutebook.yaml'), config);
  const text = readFileSync(join(example, '2026-03-16-dxog-19.md'), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const head = yaml.slice(0, yaml.search(/^outstanding:/m));
  const actions = [...body.matchAll(/^ACTION DXOG 19\/(\d+):/gm)].length;
  const start = Date.parse('2010-01-11T00:00:00Z');
  const files = [];
  for (let n = 1; n <= count; n++) {
    const date = toDate(start + (n - 1) * 28 * DAY);
    const next = toDate(start + n * 28 * DAY);
    let out = head.replace(/^meeting: .*$/m, `meeting: ${n}`).replace(/^date: .*$/m, `date: ${date}`).replace(/^reference: .*$/m, `reference: DXOG_${n}`);
    if (n > 1) {
      out += 'outstanding:\n';
      for (let s = 1; s <= actions; s++) out += `  - id: DXOG ${n - 1}/${String(s).padStart(2, '0')}\n    status: closed\n    update: Completed and reported at the meeting.\n`;
    }
    out += `next_meetings:\n  - { date: ${next}, label: Next main meeting }\n`;
    const b = body.replace(/ACTION DXOG 19\/(\d+):/g, (_, s) => `ACTION DXOG ${n}/${s}:`).replace(/\{([^}]*)due=\d{4}-\d{2}-\d{2}([^}]*)\}/g, `{$1due=${next}$2}`);
    const name = `${date}-dxog-${n}.md`;
    writeFileSync(join(dir, name), `---\n${out}---\n${b}`);
    files.push(name);
  }
  // The same newest meeting with its configuration and nothing else, for the "alone" figure.
  const alone = join(dir, 'alone');
  mkdirSync(alone);
  writeFileSync(join(alone, '.minutebook.yaml'), config);
  copyFileSync(join(dir, files[files.length - 1]), join(alone, files[files.length - 1]));
  writeFileSync(stamp, `${VERSION}`);
  return { dir, last };
}

export default {
  name: 'series',
  description: `check of the newest meeting inside a ${COUNT}-meeting series vs check of that file alone`,
  async run(ctx) {
    const { dir, last } = generateSeries(ctx);
    const inside = relative(ctx.root, join(dir, last));
    const alone = relative(ctx.root, join(dir, 'alone', last));
    // Sanity: inside the series the file is clean; alone, its reviews name a meeting that is not there.
    const ours = ctx.minutebook(['check', inside]);
    const theirs = ctx.minutebook(['check', alone], { ok: [0, 1], label: 'minutebook check (file alone)' });
    const row = ctx.compare({ task: `check one file in a ${COUNT}-meeting series`, ours, theirs, target: 1.3 });
    console.log(`  in the series ${row.ours.wall.toFixed(0)} ms, alone ${row.theirs.wall.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}`);
  },
};
