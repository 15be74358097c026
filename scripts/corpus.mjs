#!/usr/bin/env node
// `npm run corpus`: runs the built CLI on each reference committee as a new user would (a folder,
// no configuration) and scores what it read against the hand lists of test/reference/corpus/.
// Options:
//   --committee <folder>   one committee (wild/01-rust-leadership-council, or 01-rust-leadership-council), or a group (real, wild)
//   --json                 print the figures as JSON
//   --bin <path>           the CLI to run (default: this checkout's bin/minutebook.js)
//   --strip-front-matter   copy each committee to a temporary folder without its leading --- block first
//   --with-front-matter    copy each committee to a temporary folder and give every file a front matter
//                          written from the hand list (committee, date, attendees, apologies), replacing
//                          any it had: measures what the body readers find once a file is read at all
//                          (dates and names then come from the hand list and are not a measure)
//   --details              list what was missed and what was recognised but not hand-listed
// Reads from `inspect --format json`: path, unreadable, kind/status, meeting.date, facets.people[]
// (name, list, role), facets.actions[] (text, owners, id, at), facets.motions[] (text, mover,
// seconder, outcome, votes, at), facets.decisions[] (text, at), facets.approvals[] when present;
// from `check --format json`: [].path, [].messages[].ruleId/line/message. Missing fields count as
// nothing recognised. See test/reference/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`corpus: ${name} needs a value`);
    process.exit(2);
  }
  return v;
};

const BIN = resolve(option('--bin') ?? join(ROOT, 'bin', 'minutebook.js'));
const JSON_OUT = flag('--json');
const STRIP = flag('--strip-front-matter');
const ADD = flag('--with-front-matter');
if (STRIP && ADD) {
  console.error('corpus: --strip-front-matter and --with-front-matter exclude each other');
  process.exit(2);
}
const DETAILS = flag('--details');
const ONLY = option('--committee');

// The shared reference folder: MINUTEBOOK_SHARED, or a `shared` folder beside a parent of this checkout.
function findShared() {
  if (process.env.MINUTEBOOK_SHARED) return process.env.MINUTEBOOK_SHARED;
  for (let d = ROOT; d !== dirname(d); d = dirname(d)) {
    const c = join(dirname(d), 'shared');
    if (existsSync(join(c, 'reference'))) return c;
  }
  return join(ROOT, '..', 'shared');
}
const REFERENCE = join(findShared(), 'reference');
if (!existsSync(REFERENCE)) {
  console.error(`corpus: the reference minutes are not at ${REFERENCE} (set MINUTEBOOK_SHARED)`);
  process.exit(2);
}
if (!existsSync(BIN)) {
  console.error(`corpus: no CLI at ${BIN} (run npm run build, or pass --bin)`);
  process.exit(2);
}

const ref = await importTs(join(ROOT, 'test', 'reference', 'corpus', 'index.ts'));

/** Committees: every folder of real/ and wild/, with its hand list when there is one. */
function committees() {
  const out = [];
  for (const group of ['real', 'wild']) {
    const dir = join(REFERENCE, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!statSync(join(dir, name)).isDirectory()) continue;
      const folder = `${group}/${name}`;
      out.push({ folder, hand: ref.COMMITTEES.find((c) => c.folder === folder) });
    }
  }
  return ONLY ? out.filter((c) => c.folder === ONLY || c.folder.endsWith(`/${ONLY}`) || c.folder.startsWith(`${ONLY.replace(/\/$/, '')}/`)) : out;
}

const mdFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && !/(^|\/)README\.md$/i.test(f))
    .sort();

const yamlString = (s) => JSON.stringify(s);

/** The front matter --with-front-matter writes for a hand-listed meeting (none for a file not hand-listed or not minutes). */
function frontMatterFor(folder, hand, file) {
  const m = hand?.meetings.find((x) => x.file === `${folder}/${file}`);
  if (!m || m.kind !== 'minutes' || !m.date) return '';
  const list = (key, names) => (names.length ? `${key}:\n${names.map((n) => `  - ${yamlString(n)}`).join('\n')}\n` : '');
  const present = m.present.length ? m.present : ['(attendance not recorded)'];
  return `---\ncommittee: ${yamlString(folder.split('/').pop())}\ndate: ${m.date}\n${list('attendees', present)}${list('apologies', m.absent)}---\n`;
}

/**
 * Copies a committee without front matter (and, with `hand`, with the hand list's instead);
 * returns the folder and, per file, what to add to a line of the copy to get the original's.
 */
function stripCopy(folder, hand) {
  const src = join(REFERENCE, folder);
  const dst = join(mkdtempSync(join(tmpdir(), 'minutebook-corpus-')), folder);
  const offsets = new Map();
  for (const f of mdFiles(src)) {
    const text = readFileSync(join(src, f), 'utf8');
    const m = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text);
    const removed = m ? m[0].split('\n').length - 1 : 0;
    const added = hand ? frontMatterFor(folder, hand, f) : '';
    mkdirSync(dirname(join(dst, f)), { recursive: true });
    writeFileSync(join(dst, f), added + (m ? text.slice(m[0].length) : text));
    offsets.set(f, removed - (added === '' ? 0 : added.split('\n').length - 1));
  }
  return { dir: dst, offsets, cleanup: () => rmSync(dst.slice(0, dst.length - folder.length), { recursive: true, force: true }) };
}

function run(cmd, dir) {
  // An empty working folder: no configuration is found above it, as on a user's first day.
  const cwd = mkdtempSync(join(tmpdir(), 'minutebook-cwd-'));
  try {
    const r = spawnSync(process.execPath, [BIN, cmd, '--format', 'json', dir], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
    let json = [];
    try {
      json = JSON.parse(r.stdout || '[]');
    } catch {
      json = [];
    }
    return { code: r.status, json: Array.isArray(json) ? json : Array.isArray(json?.files) ? json.files : [], stderr: r.stderr ?? '' };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const pct = (n, d) => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}% (${n}/${d})`);

function scoreCommittee({ folder, hand }) {
  const copy = STRIP ? stripCopy(folder) : ADD ? stripCopy(folder, hand) : undefined;
  const dir = copy ? copy.dir : join(REFERENCE, folder);
  try {
    const files = mdFiles(dir);
    const check = run('check', dir);
    const inspect = run('inspect', dir);
    const rel = (p) => relative(dir, resolve(dir, String(p ?? ''))).split('\\').join('/');
    const offsetOf = (f) => copy?.offsets.get(f) ?? 0;

    const recByFile = new Map();
    for (const e of inspect.json) {
      const f = rel(e?.path);
      recByFile.set(f, ref.readInspectEntry(e, offsetOf(f)));
    }
    const findings = [];
    for (const fe of check.json) {
      const f = rel(fe?.path);
      for (const msg of Array.isArray(fe?.messages) ? fe.messages : []) {
        // A finding inside the added front matter keeps no line of the original.
        const line = typeof msg?.line === 'number' ? (msg.line + offsetOf(f) >= 1 ? msg.line + offsetOf(f) : 0) : null;
        findings.push({ file: `${folder}/${f}`, rule: String(msg?.ruleId ?? '(none)'), line, message: String(msg?.message ?? '') });
      }
    }
    const read = [...recByFile.values()].filter((r) => r.read).length;
    const byRule = {};
    for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    const judgedTrue = findings.filter((f) => ref.judge(f, ref.JUDGED)?.valid === true);
    const judgedFalse = findings.filter((f) => ref.judge(f, ref.JUDGED)?.valid === false);
    const unjudged = findings.filter((f) => ref.judge(f, ref.JUDGED) === undefined);

    const out = {
      committee: folder,
      stripped: STRIP,
      frontMatterAdded: ADD,
      files: files.length,
      read,
      leftAside: files.length - read,
      summary: check.stderr.split('\n').filter((l) => l.trim() !== '').slice(-3),
      findings: { total: findings.length, byRule, true: judgedTrue.length, false: judgedFalse.length, unjudged: unjudged.length },
      hand: Boolean(hand),
    };
    if (DETAILS) out.findingList = findings.map((f) => ({ ...f, judged: ref.judge(f, ref.JUDGED)?.valid ?? null }));
    if (!hand) return out;

    const meetings = hand.meetings;
    const minutes = meetings.filter((m) => m.kind === 'minutes');
    const recOf = (m) => recByFile.get(m.file.slice(folder.length + 1));
    const readRight = meetings.filter((m) => (recOf(m)?.read ?? false) === (m.kind === 'minutes')).length;
    const datesRight = minutes.filter((m) => recOf(m)?.read && recOf(m)?.date === m.date).length;
    let names = ref.emptyTally();
    let actions = ref.emptyTally();
    let motions = ref.emptyTally();
    let decisions = ref.emptyTally();
    let approvals = ref.emptyTally();
    let chairs = 0;
    let chairsHand = 0;
    let takers = 0;
    let takersHand = 0;
    const mustNot = [];
    for (const m of minutes) {
      const rec = recOf(m);
      const usable = rec?.read ? rec : undefined;
      if (!m.attendanceAll || m.present.length + m.absent.length > 0) names = ref.addTally(names, ref.scoreNames(m, usable));
      if (m.chair) {
        chairsHand++;
        if (usable?.chair && ref.namesMatch(m.chair, usable.chair)) chairs++;
      }
      if (m.noteTaker) {
        takersHand++;
        if (usable?.noteTaker && ref.namesMatch(m.noteTaker.split(/\s+(?:\+|and)\s+/)[0], usable.noteTaker)) takers++;
      }
      if (m.sample) {
        const r = usable ?? { actions: [], motions: [], decisions: [], approvals: [] };
        const tag = (t) => ({ ...t, unmatched: t.unmatched.map((u) => `${m.file}:${u}`), missed: t.missed.map((u) => `${m.file}:${u}`) });
        actions = ref.addTally(actions, tag(ref.scoreActions(m.sample.actions, r.actions)));
        motions = ref.addTally(motions, tag(ref.scoreMotions(m.sample.motions, r.motions)));
        decisions = ref.addTally(decisions, tag(ref.scoreDecisions(m.sample.decisions, r.decisions)));
        approvals = ref.addTally(approvals, tag(ref.scoreApprovals(m.sample.approvals, r.approvals)));
      }
    }
    for (const m of meetings) {
      const rec = recOf(m);
      const fileFindings = findings.filter((f) => f.file === m.file);
      for (const mn of m.mustNot ?? []) {
        if (rec && ref.mustNotBroken(mn, rec, fileFindings)) mustNot.push(`${m.file}:${mn.line ?? ''} ${mn.kind} "${mn.text}"`);
      }
    }
    const fig = (t) => ({ precision: pct(t.correct, t.recognised), recall: pct(t.found, t.expected), detailed: pct(t.detailed, t.expected), ...(DETAILS ? { missed: t.missed, unmatched: t.unmatched } : {}) });
    Object.assign(out, {
      meetings: meetings.length,
      minutesFiles: minutes.length,
      sampled: meetings.filter((m) => m.sample).map((m) => m.file.slice(folder.length + 1)),
      readRight: pct(readRight, meetings.length),
      datesRight: pct(datesRight, minutes.length),
      names: { ...fig(names), rightList: pct(names.detailed, names.expected) },
      chair: pct(chairs, chairsHand),
      noteTaker: pct(takers, takersHand),
      actions: fig(actions),
      motions: fig(motions),
      decisions: fig(decisions),
      approvals: fig(approvals),
      mustNotBroken: mustNot,
    });
    return out;
  } finally {
    copy?.cleanup();
  }
}

const results = committees().map(scoreCommittee);

if (JSON_OUT) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    console.log(`\n== ${r.committee}${r.stripped ? ' (front matter stripped)' : ''}${r.frontMatterAdded ? ' (front matter from the hand list)' : ''}`);
    console.log(`files ${r.files}, read as minutes ${r.read}, left aside ${r.leftAside}`);
    for (const l of r.summary) console.log(`  cli: ${l.slice(0, 200)}`);
    const rules = Object.entries(r.findings.byRule).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`findings ${r.findings.total} (judged true ${r.findings.true}, false ${r.findings.false}, unjudged ${r.findings.unjudged})${rules ? `: ${rules}` : ''}`);
    if (!r.hand) {
      console.log('no hand list for this committee');
      continue;
    }
    console.log(`hand list: ${r.meetings} files (${r.minutesFiles} minutes); sample: ${r.sampled.join(', ')}`);
    console.log(`files filed right ${r.readRight}; dates right ${r.datesRight}; chair ${r.chair}; note taker ${r.noteTaker}`);
    const line = (name, f, extra) => console.log(`${name.padEnd(10)} P ${f.precision.padEnd(14)} R ${f.recall.padEnd(14)}${extra ? ` ${extra} ${f.detailed}` : ''}`);
    line('names', r.names, 'right list');
    line('actions', r.actions, 'with owners');
    line('motions', r.motions, 'mover/seconder/outcome');
    line('decisions', r.decisions);
    line('approvals', r.approvals);
    if (r.mustNotBroken.length) console.log(`must-not broken: ${r.mustNotBroken.length}\n  ${r.mustNotBroken.join('\n  ')}`);
    if (DETAILS) {
      for (const k of ['names', 'actions', 'motions', 'decisions', 'approvals']) {
        if (r[k].missed.length) console.log(`${k} missed:\n  ${r[k].missed.join('\n  ')}`);
        if (r[k].unmatched.length) console.log(`${k} not hand-listed:\n  ${r[k].unmatched.join('\n  ')}`);
      }
      for (const f of r.findingList ?? []) console.log(`finding ${f.judged === null ? '?' : f.judged ? 'true ' : 'FALSE'} ${f.file}:${f.line} ${f.rule} ${f.message.slice(0, 120)}`);
    }
  }
}
