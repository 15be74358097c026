/**
 * How `npm run corpus` compares what minutebook recognised with the hand lists: plain functions
 * over plain data, so that test/reference/corpus.test.ts can check the scorer itself on a small
 * fictional case. The JSON of `inspect` is read defensively (see README.md for the fields read):
 * a field that is missing counts as nothing recognised, never as an error.
 *
 * Honesty rules: one recognised item matches at most one hand item and the other way round;
 * precision = recognised items matching a hand item / all recognised items (minus those that
 * match an item the hand list calls optional); recall = matched required items / required items.
 */
import type { JudgedFinding, MustNot, RefAction, RefApproval, RefDecision, RefMeeting, RefMotion } from './types.js';

// ---------- names ----------

/** Titles and honorifics dropped before names are compared (compared lower-case, without dots). */
const TITLES = new Set(['the', 'comhairleoir', 'cllr', 'cllrs', 'councillor', 'councillors', 'county', 'district', 'borough', 'town', 'parish', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'revd', 'rev', 'sir', 'dame', 'lord', 'lady']);

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** One spelling of a name, lower-case, no titles, no punctuation, no Markdown escapes. */
export function nameKey(raw: string): string {
  const words = fold(raw)
    .replace(/\\/g, '')
    .replace(/[_’'`".,;:!?*()[\]{}<>]/g, (c) => (c === '_' ? '' : ' '))
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  // Titles count only in front ("County Councillor Joe Smith"), so a surname "Town" survives.
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * The spellings a written name stands for: "Bruce Tinton (Bruce)" is "bruce tinton" and "bruce";
 * "Name - Chairman" and "Name, Organisation" are the name; "→ Full Name (list)" (minutebook's
 * resolved form) adds the full name.
 */
export function nameVariants(raw: string): string[] {
  const out = new Set<string>();
  const arrow = raw.split(/\s*→\s*/);
  for (const part of arrow) {
    const paren = [...part.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
    const bare = part
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+(?:--|[-–—])\s+.*$/, '')
      .replace(/,.*$/, '');
    for (const v of [bare, ...paren.filter((p) => !/^(attendees|apologies|absent|present|guests?|observers?|chair|minutes)$/i.test(p.trim()))]) {
      const k = nameKey(v);
      if (k !== '') out.add(k);
    }
  }
  return [...out];
}

const initialsOf = (key: string): string =>
  key
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');

/**
 * Whether two written names can be the same person: equal once folded; equal without spaces
 * ("Odd Bloke" / "OddBloke"); one a single word that is the other's first or last word ("Mara" /
 * "Mara Bos", "Butler" / "Councillor Butler"); or one written as capital initials ("JC") that
 * are the other's initials ("Johannes Chuah").
 */
export function namesMatch(a: string, b: string): boolean {
  const rawInitials = (s: string) => (/^[A-Z]{2,4}$/.test(s.trim()) ? s.trim().toLowerCase() : undefined);
  for (const x of nameVariants(a)) {
    for (const y of nameVariants(b)) {
      if (x === y) return true;
      if (x.replace(/ /g, '') === y.replace(/ /g, '')) return true;
      const xs = x.split(' ');
      const ys = y.split(' ');
      if (xs.length === 1 && ys.length > 1 && (ys[0] === x || ys[ys.length - 1] === x)) return true;
      if (ys.length === 1 && xs.length > 1 && (xs[0] === y || xs[xs.length - 1] === y)) return true;
    }
  }
  const ia = rawInitials(a);
  const ib = rawInitials(b);
  if (ia && !ib) return nameVariants(b).some((v) => v.includes(' ') && initialsOf(v) === ia);
  if (ib && !ia) return nameVariants(a).some((v) => v.includes(' ') && initialsOf(v) === ib);
  return false;
}

/** Owners lists match when each hand owner has a recognised owner and no recognised owner is left over. */
export function ownersMatch(hand: string[], recognised: string[]): boolean {
  const rec = [...new Set(recognised.filter((r) => r.trim() !== ''))];
  if (rec.length !== new Set(hand).size) return false;
  const used = new Set<number>();
  for (const h of new Set(hand)) {
    const i = rec.findIndex((r, j) => !used.has(j) && namesMatch(h, r));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

// ---------- text ----------

export const textKey = (s: string): string =>
  fold(s)
    .replace(/[\\*_`~[\]()"“”'’.,;:!?|#>-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The hand phrase appears in the recognised text (or the recognised text, of 3+ words, in the phrase). */
export function textMatch(hand: string, recognised: string): boolean {
  const h = textKey(hand);
  const r = textKey(recognised);
  if (h === '' || r === '') return false;
  if (r.includes(h)) return true;
  return r.split(' ').length >= 3 && h.includes(r);
}

// ---------- recognised items, read defensively from `inspect --format json` ----------

export interface Recognised {
  line?: number;
  text: string;
  owners: string[];
  id?: string;
  mover?: string;
  seconder?: string;
  outcome?: string;
  votes?: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** "12:5" (or a number, or {line}) → 12. */
export function lineOf(at: unknown): number | undefined {
  if (typeof at === 'number') return at;
  if (typeof at === 'string') {
    const m = /^(\d+)/.exec(at);
    return m ? Number(m[1]) : undefined;
  }
  const o = obj(at);
  if (typeof o.line === 'number') return o.line;
  if (o.start) return lineOf(o.start);
  return undefined;
}

const nameOf = (v: unknown): string => {
  if (typeof v === 'string') return v;
  const o = obj(v);
  return str(o.name ?? o.written ?? o.text ?? o.display ?? '');
};

const item = (v: unknown, offset: number): Recognised => {
  const o = obj(v);
  const line = lineOf(o.at ?? o.position ?? o.line);
  const votes = arr(o.votes).map(str).filter((s) => s !== '');
  const r: Recognised = {
    text: str(o.text ?? o.what ?? o.summary ?? ''),
    owners: arr(o.owners).map(nameOf).filter((s) => s !== ''),
  };
  if (line !== undefined) r.line = line + offset;
  if (o.id !== undefined) r.id = str(o.id);
  if (o.ref !== undefined && r.id === undefined) r.id = str(o.ref);
  if (o.mover !== undefined) r.mover = nameOf(o.mover);
  if (o.seconder !== undefined) r.seconder = nameOf(o.seconder);
  if (o.outcome !== undefined) r.outcome = typeof o.outcome === 'string' ? o.outcome : str(obj(o.outcome).kind ?? obj(o.outcome).text);
  if (votes.length > 0) r.votes = votes;
  return r;
};

/** Words that make a recognised motion or decision an approval of minutes, when the tool has no approvals facet. */
export const APPROVAL_WORDS = /\bminutes?\b|\bas (?:a )?(?:true|correct|accurate)\b|\btrue record\b/i;

export interface RecognisedMeeting {
  path: string;
  /** Read as minutes (not left aside, not an agenda only, not unreadable). */
  read: boolean;
  /** What the tool says the file is, when it says ("agenda-only", …). */
  kind?: string;
  date?: string;
  people: { name: string; list: string }[];
  chair?: string;
  noteTaker?: string;
  actions: Recognised[];
  motions: Recognised[];
  decisions: Recognised[];
  approvals: Recognised[];
}

/**
 * One entry of `inspect --format json`. `offset` is added to every line (the lines a stripped
 * front matter took, so that lines are the original file's).
 */
export function readInspectEntry(entry: unknown, offset = 0): RecognisedMeeting {
  const e = obj(entry);
  const meeting = obj(e.meeting);
  const facets = obj(e.facets);
  const kind = str(e.kind ?? meeting.kind ?? e.status ?? '') || undefined;
  const aside = e.unreadable !== undefined || e.leftAside !== undefined || e.skipped !== undefined || (kind !== undefined && /agenda|aside|not-minutes|skipped/i.test(kind));
  // A row the tool marks as a count ("3 members of the public", note "3 members of the public") is not a person.
  const counted = (o: Record<string, unknown>) => arr(o.notes).some((n) => /^\d+ members of the public$/.test(str(n)));
  const people = arr(facets.people ?? e.people).filter((p) => !counted(obj(p))).map((p) => {
    const o = obj(p);
    return { name: nameOf(p), list: str(o.list ?? o.category ?? o.kind ?? ''), role: str(o.role ?? '') };
  });
  // The chair and note taker: a field of the meeting when the tool has one, else a person whose
  // role says so, else (chair only) an attendance change "took the chair".
  const changes = arr(facets.attendance).map(obj);
  const roleHolder = (re: RegExp, key: string): string | undefined => {
    const direct = meeting[key] ?? e[key];
    if (direct !== undefined) return nameOf(direct) || undefined;
    const byRole = people.find((p) => re.test(p.role))?.name;
    if (byRole !== undefined) return byRole;
    const change = changes.find((c) => re.test(str(c.kind)) && /chair/.test(str(c.kind)));
    return change ? str(change.who) || undefined : undefined;
  };
  const motions = arr(facets.motions).map((v) => item(v, offset));
  const decisions = arr(facets.decisions).map((v) => item(v, offset));
  // Approvals of earlier minutes: a facet when the tool has one; otherwise the motions and
  // decisions whose words are about minutes or a record being correct (one per line).
  let approvals: Recognised[];
  if (Array.isArray(facets.approvals)) approvals = facets.approvals.map((v) => item(v, offset));
  else {
    const seen = new Set<number | undefined>();
    approvals = [...motions, ...decisions].filter((r) => {
      if (!APPROVAL_WORDS.test(r.text) || seen.has(r.line)) return false;
      seen.add(r.line);
      return true;
    });
  }
  const r: RecognisedMeeting = {
    path: str(e.path),
    read: !aside && (Object.keys(meeting).length > 0 || Object.keys(facets).length > 0),
    people: people.map(({ name, list }) => ({ name, list })).filter((p) => p.name !== ''),
    actions: arr(facets.actions).map((v) => item(v, offset)),
    motions,
    decisions,
    approvals,
  };
  if (kind !== undefined) r.kind = kind;
  const date = str(meeting.date ?? e.date ?? '');
  if (date !== '') r.date = date.slice(0, 10);
  const chair = roleHolder(/chair|facilitat/i, 'chair');
  if (chair !== undefined) r.chair = chair;
  const taker = roleHolder(/minute|secretar|note|scribe/i, 'noteTaker');
  if (taker !== undefined) r.noteTaker = taker;
  return r;
}

// ---------- matching ----------

export interface Tally {
  /** Recognised items counted (those matching an optional hand item are not). */
  recognised: number;
  /** Required hand items. */
  expected: number;
  /** Recognised items that match a hand item (required or optional: not counted either way when optional). */
  correct: number;
  /** Required hand items matched. */
  found: number;
  /** Of the matched required items, those whose details are right too (owners; mover, seconder, outcome). */
  detailed: number;
  /** Recognised items matching no hand item, for the report. */
  unmatched: string[];
  /** Required hand items not found. */
  missed: string[];
}

export const emptyTally = (): Tally => ({ recognised: 0, expected: 0, correct: 0, found: 0, detailed: 0, unmatched: [], missed: [] });

export function addTally(a: Tally, b: Tally): Tally {
  return {
    recognised: a.recognised + b.recognised,
    expected: a.expected + b.expected,
    correct: a.correct + b.correct,
    found: a.found + b.found,
    detailed: a.detailed + b.detailed,
    unmatched: [...a.unmatched, ...b.unmatched],
    missed: [...a.missed, ...b.missed],
  };
}

interface HandItem {
  optional?: boolean;
  label: string;
}

/**
 * Matches hand items to recognised ones, required items first, each at most once; `same` says
 * whether a pair is the same item, `details` whether its details are right as well.
 */
function matchItems<H extends HandItem>(hand: H[], rec: Recognised[], same: (h: H, r: Recognised) => boolean, details: (h: H, r: Recognised) => boolean): Tally {
  const t = emptyTally();
  const used = new Set<number>();
  const ordered = [...hand.filter((h) => !h.optional), ...hand.filter((h) => h.optional)];
  let optionalHits = 0;
  for (const h of ordered) {
    const i = rec.findIndex((r, j) => !used.has(j) && same(h, r));
    if (!h.optional) t.expected++;
    if (i < 0) {
      if (!h.optional) t.missed.push(h.label);
      continue;
    }
    used.add(i);
    if (h.optional) optionalHits++;
    else {
      t.found++;
      t.correct++;
      if (details(h, rec[i]!)) t.detailed++;
    }
  }
  t.recognised = rec.length - optionalHits;
  rec.forEach((r, j) => {
    if (!used.has(j)) t.unmatched.push(`${r.line ?? '?'}: ${r.text.slice(0, 70)}${r.owners.length ? ` [${r.owners.join(', ')}]` : ''}`);
  });
  return t;
}

const inLines = (line: number | undefined, a: number, b: number, slack = 0) => line !== undefined && line >= a - slack && line <= b + slack;

export function scoreActions(hand: RefAction[], rec: Recognised[]): Tally {
  return matchItems(
    hand.map((h) => ({ ...h, label: `${h.line ?? '?'}: ${h.text} [${h.owners.join(', ')}]` })),
    rec,
    (h, r) => textMatch(h.text, r.text) || (h.line !== undefined && r.line === h.line && r.text !== ''),
    (h, r) => ownersMatch(h.owners, r.owners) && (h.id === undefined || r.id === h.id),
  );
}

/** Outcome words of the tool ("carried (Passed)", "agreed", "lost") against the hand's outcome. */
export function outcomeMatch(hand: RefMotion['outcome'], rec: string | undefined): boolean {
  const r = fold(rec ?? '');
  const carried = /carried|passed|agreed|approved|accepted|adopted|resolved|consent|unanim|nem con/.test(r);
  const lost = /lost|defeated|fell|rejected|failed/.test(r);
  switch (hand) {
    case 'carried':
      return carried && !lost;
    case 'implied':
      return (carried || /implied/.test(r)) && !lost;
    case 'lost':
      return lost;
    case 'withdrawn':
      return /withdrawn/.test(r);
    case 'deferred':
      return /defer|adjourn|postpon/.test(r);
    case 'none':
      return r === '' || /none|no outcome|unknown/.test(r);
  }
}

export function scoreMotions(hand: RefMotion[], rec: Recognised[]): Tally {
  return matchItems(
    hand.map((h) => ({ ...h, label: `${h.line}: ${h.text || 'motion'}${h.mover ? ` (${h.mover}/${h.seconder ?? '-'})` : ''} ${h.outcome}` })),
    rec,
    (h, r) => inLines(r.line, h.line, h.endLine ?? h.line, 1) || (h.text !== '' && textMatch(h.text, r.text)),
    (h, r) =>
      (h.mover === undefined ? !r.mover : r.mover !== undefined && namesMatch(h.mover, r.mover)) &&
      (h.seconder === undefined ? !r.seconder : r.seconder !== undefined && namesMatch(h.seconder, r.seconder)) &&
      outcomeMatch(h.outcome, r.outcome),
  );
}

export function scoreDecisions(hand: RefDecision[], rec: Recognised[]): Tally {
  return matchItems(
    hand.map((h) => ({ ...h, label: `${h.lines[0]}-${h.lines[1]}: ${h.text}` })),
    rec,
    (h, r) => inLines(r.line, h.lines[0], h.lines[1]) || textMatch(h.text, r.text),
    () => true,
  );
}

export function scoreApprovals(hand: RefApproval[], rec: Recognised[]): Tally {
  return matchItems(
    hand.map((h) => ({ ...h, label: `${h.line}: minutes of ${h.of} ${h.outcome}` })),
    rec,
    (h, r) => inLines(r.line, h.line, h.line, 1),
    () => true,
  );
}

/** Names: recognised people (any list) against the hand's present, absent and others, distinct. */
export function scoreNames(meeting: RefMeeting, rec: RecognisedMeeting | undefined): Tally & { rightList: number } {
  const hand = [
    ...meeting.present.map((n) => ({ n, list: 'present' })),
    ...meeting.absent.map((n) => ({ n, list: 'absent' })),
    ...(meeting.others ?? []).map((n) => ({ n, list: 'others' })),
  ];
  const distinct = hand.filter((h, i) => hand.findIndex((k) => nameKey(k.n) === nameKey(h.n)) === i);
  const people = rec?.people ?? [];
  const recDistinct = people.filter((p, i) => people.findIndex((q) => nameKey(q.name) === nameKey(p.name)) === i);
  const t = emptyTally();
  t.expected = distinct.length;
  t.recognised = recDistinct.length;
  const used = new Set<number>();
  let rightList = 0;
  for (const h of distinct) {
    const i = recDistinct.findIndex((p, j) => !used.has(j) && namesMatch(h.n, p.name));
    if (i < 0) {
      t.missed.push(h.n);
      continue;
    }
    used.add(i);
    t.found++;
    t.correct++;
    if (listKind(recDistinct[i]!.list) === h.list) rightList++;
  }
  recDistinct.forEach((p, j) => {
    if (!used.has(j)) t.unmatched.push(`${p.name} (${p.list})`);
  });
  t.detailed = rightList;
  return { ...t, rightList };
}

/** The tool's list names, folded into present / absent / others. */
export function listKind(list: string): 'present' | 'absent' | 'others' {
  const l = fold(list);
  if (/apolog|absent|regret|unavailable|missing|excused/.test(l)) return 'absent';
  if (/attendee|present|member|council|voting|^$/.test(l)) return 'present';
  return 'others';
}

// ---------- must-not and judged findings ----------

export function mustNotBroken(m: MustNot, rec: RecognisedMeeting, findings: { rule: string; line: number | null }[]): boolean {
  const atLine = (r: Recognised) => m.line === undefined || r.line === m.line;
  switch (m.kind) {
    case 'person':
      return rec.people.some((p) => nameKey(p.name) === nameKey(m.text));
    case 'owner':
      return [...rec.actions].some((a) => a.owners.some((o) => nameKey(o) === nameKey(m.text)));
    case 'action':
      return rec.actions.some((a) => atLine(a) && textMatch(m.text, a.text));
    case 'decision':
      return rec.decisions.some((d) => (m.line !== undefined ? d.line === m.line : textMatch(m.text, d.text)));
    case 'motion':
      return rec.motions.some((d) => (m.line !== undefined ? d.line === m.line : textMatch(m.text, d.text)));
    case 'date': {
      const iso = isoDate(m.text);
      return iso !== undefined && rec.date === iso;
    }
    case 'finding':
      return findings.some((f) => m.line === undefined || f.line === m.line);
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2004-02-01", or "25th November 2004" → "2004-11-25"; undefined when no full date is written. */
export function isoDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})\b/i.exec(text);
  if (!m) return undefined;
  const month = MONTHS.findIndex((x) => x.startsWith(m[2]!.toLowerCase().slice(0, 3)));
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export interface Finding {
  file: string;
  rule: string;
  line: number | null;
  message: string;
}

/** The judgement of a finding, when the hand list has one (same file, rule and line). */
export function judge(f: Finding, judged: JudgedFinding[]): JudgedFinding | undefined {
  return judged.find((j) => f.file.endsWith(j.file) && j.rule === f.rule && j.line === f.line);
}
