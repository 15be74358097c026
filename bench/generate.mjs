// Generates a repository of minutes for the benchmarks from the DXOG example series: committees
// of consecutive meetings, each meeting a copy of one of the three examples with its dates moved,
// its action IDs renumbered and its reviews rewritten so that the whole series stays clean (every
// action raised at one meeting is reviewed and closed at the next). Deterministic: the same count
// gives the same bytes, so figures from different runs compare like with like.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERIES = join(ROOT, 'examples', 'dxog');
/** Bump when the output changes, so that a cached repository is rebuilt. */
const VERSION = 2;
const MEETINGS_PER_COMMITTEE = 50;
const DAYS_APART = 28;

const DAY = 86_400_000;
const toDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const fromDate = (s) => Date.parse(`${s}T00:00:00Z`);

function splitFile(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('example without front matter');
  return { yaml: m[1], body: m[2] };
}

/** The front matter up to `outstanding:` or `next_meetings:` (people and meeting details). */
function headOf(yaml) {
  const cut = yaml.search(/^(outstanding|next_meetings):/m);
  return cut === -1 ? yaml : yaml.slice(0, cut);
}

/** The paragraphs of every review update in the examples, to vary the generated reviews. */
function updatesOf(yaml) {
  const out = [];
  for (const m of yaml.matchAll(/^ {4}update: \|\n((?: {6}.*\n?|\n)+)/gm)) {
    out.push(m[1].split('\n').map((l) => l.slice(6)).join('\n').trim());
  }
  return out;
}

function templates() {
  const names = readdirSync(SERIES).filter((n) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(n)).sort();
  return names.map((n) => {
    const { yaml, body } = splitFile(readFileSync(join(SERIES, n), 'utf8'));
    const date = /^date: (\S+)$/m.exec(yaml)[1];
    const meeting = /^meeting: (\S+)$/m.exec(yaml)[1];
    const actions = [...body.matchAll(/^ACTION DXOG \d+\/(\d+):/gm)].length;
    return { yaml, body, date, meeting, actions, updates: updatesOf(yaml) };
  });
}

function codeOf(i) {
  return `DX${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
}

function config(code, i) {
  const exampleConfig = readFileSync(join(SERIES, '.minutebook.yaml'), 'utf8');
  return exampleConfig
    .replace(/^# yaml-language-server.*\n/m, '')
    .replace(/^committee: .*$/m, `committee: Data Exchange Operations Group ${i + 1}`)
    .replace(/^code: .*$/m, `code: ${code}`)
    .replace(/^ {2}- DXOG$/m, `  - ${code}`)
    // Membership periods belong to the example's dates; the generated ones span years.
    .replace(/, (since|until): \d{4}-\d{2}-\d{2}/g, '');
}

function meetingFile(t, code, n, date, previous, nextDate) {
  const shift = (s) => s.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => toDate(fromDate(d) + (fromDate(date) - fromDate(t.date))));
  let head = shift(headOf(t.yaml))
    .replace(/^meeting: .*$/m, `meeting: ${n}`)
    .replace(/^reference: .*$/m, `reference: ${code}_${n}_${date.slice(8, 10)}${date.slice(5, 7)}`)
    .replace(/^date: .*$/m, `date: ${date}`);
  head = `committee: Data Exchange Operations Group ${code}\ncode: ${code}\n` + head;
  let outstanding = '';
  if (previous) {
    outstanding = 'outstanding:\n';
    for (let s = 1; s <= previous.actions; s++) {
      const update = t.updates[(n + s) % t.updates.length].split('\n').map((l) => (l ? `      ${l}` : '')).join('\n');
      outstanding += `  - id: ${code} ${previous.n}/${String(s).padStart(2, '0')}\n    status: closed\n    update: |\n${update}\n`;
    }
  }
  const next = `next_meetings:\n  - { date: ${nextDate}, label: Next main meeting }\n`;
  const body = shift(t.body)
    .replace(/ACTION DXOG \d+\/(\d+):/g, (_, seq) => `ACTION ${code} ${n}/${seq}:`)
    .replace(/\bDXOG\b/g, code);
  return `---\n${head}${outstanding}${next}---\n${body}`;
}

/** Writes `count` minutes files under `dir` (replacing it) and returns the list of files. */
export function generateRepository(dir, count) {
  const stamp = join(dir, '.generated');
  const want = `${VERSION}:${count}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ts = templates();
  const committees = Math.ceil(count / MEETINGS_PER_COMMITTEE);
  writeFileSync(join(dir, '.minutebook.yaml'), `# ${count} generated minutes in ${committees} committees.\nfiles:\n  - "*/*.md"\n`);
  let written = 0;
  for (let c = 0; c < committees && written < count; c++) {
    const code = codeOf(c);
    const folder = join(dir, code.toLowerCase());
    mkdirSync(folder);
    writeFileSync(join(folder, '.minutebook.yaml'), config(code, c));
    const start = fromDate('2019-01-07') + c * DAY;
    let previous;
    for (let k = 0; k < MEETINGS_PER_COMMITTEE && written < count; k++) {
      const t = ts[k % ts.length];
      const n = k + 1;
      const date = toDate(start + k * DAYS_APART * DAY);
      const nextDate = toDate(start + (k + 1) * DAYS_APART * DAY);
      writeFileSync(join(folder, `${date}-${code.toLowerCase()}-${n}.md`), meetingFile(t, code, n, date, previous, nextDate));
      previous = { n, actions: t.actions };
      written++;
    }
  }
  writeFileSync(stamp, want);
  return dir;
}

// `node bench/generate.mjs [count] [dir]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? join(ROOT, 'bench', '.work', `repo-${count}`);
  generateRepository(dir, count);
  console.log(`${count} minutes files in ${dir}`);
}
