/**
 * The action register of a series (FORMAT §6): one walk over the meetings in order that follows
 * every action from the meeting that raised it through its reviews. The series rules read the
 * facts it records, `minutebook actions` prints it, `new` pre-fills the next meeting from it.
 * Pure: meetings in, register out; the meetings are not changed. It is built as part of the
 * series resolution (resolve.ts).
 */
import { splitOwners } from '../model/action-owners.js';
import { patternsOf, type Patterns } from '../vocabulary/patterns.js';
import { FUNCTION_WORDS } from '../vocabulary/kept-words.js';
import type { IdPattern } from '../model/action-id.js';
import { meetingKey } from '../model/meeting-key.js';
import { sameSubject as sameWords } from '../model/subject.js';
import type { ActionReview, Meeting, NewAction, Review } from '../model/types.js';
import { isExtraordinary, normaliseId } from './series.js';

export type ActionStatus = 'open' | 'closed';

/** A meeting as the register names it. */
export interface MeetingRef {
  meeting: string;
  date?: string;
  path: string;
}

export interface TargetChange {
  date: string;
  /** `raised`: the due date of the ACTION line; `revised`: a review's `revised`; `review`: a review's `target` where nothing earlier set one. */
  kind: 'raised' | 'revised' | 'review';
  at: MeetingRef;
}

export interface ActionEntry {
  /** The ID as written, or the identity of an action without one (`2024-03-23#2`). */
  id: string;
  /** What the register keys it by: the ID where it names its meeting, else the meeting and the ID. */
  key: string;
  text?: string;
  owner?: string;
  /** The raising meeting, when it is in the series. */
  raisedIn?: MeetingRef;
  /** Date raised: the raising meeting's date, else what a review says. */
  raised?: string;
  /** Current target: the last of `targets`. */
  target?: string;
  targets: TargetChange[];
  status: ActionStatus;
  closedIn?: MeetingRef;
  /** The last meeting that reviewed it. */
  lastReviewedIn?: MeetingRef;
  reviews: Array<{ at: MeetingRef; status?: ActionStatus }>;
  /** The new-action line that raised it, for renderers and position lookups. */
  line?: NewAction;
}

/** The register as it stood when a review was read, before the review changed it. */
export interface ReviewFacts {
  review: ActionReview;
  meeting: Meeting;
  /** The entry before this review (a copy), absent when no earlier meeting raised or reviewed the action. */
  before?: Readonly<Omit<ActionEntry, 'reviews' | 'targets'>> & { targets: readonly TargetChange[] };
  /** Whether an earlier meeting of the series raised it (not only reviewed it). */
  raisedEarlier: boolean;
}

/** An action the previous meeting left open that this meeting did not review. */
export interface MissingReview {
  id: string;
  key: string;
  /** Where the obligation came from: the meeting that raised it or last reviewed it open. */
  from: MeetingRef;
  how: 'raised' | 'reviewed';
  /** Whether the minutes wrote an ID for it; without one it is known by its words only (`2024-03-23#2`). */
  written: boolean;
  /** Its words, for a finding that names actions without an ID. */
  text?: string;
}

/** What a review left out and the raising meeting says: outputs show it in the review's row. */
export type Inherited = Partial<Pick<ActionReview, 'action' | 'owner' | 'raised' | 'target'>>;

export interface Register {
  /** Entries in the order first seen. */
  entries: ActionEntry[];
  byId: ReadonlyMap<string, ActionEntry>;
  reviews: ReviewFacts[];
  missing: Map<Meeting, MissingReview[]>;
  /** For each review of an action raised in the series: the raising meeting's text, owner, dates. */
  inherited: ReadonlyMap<ActionReview, Inherited>;
  /** The entry each review (front matter or body) was read as reviewing. */
  reviewed: ReadonlyMap<Review, ActionEntry>;
  /** Reviews whose ID several earlier meetings used for an open action ("Action 1" of two meetings). */
  ambiguous: AmbiguousReview[];
  meetings: readonly Meeting[];
}

export interface AmbiguousReview {
  meeting: Meeting;
  review: Review;
  /** The meetings that raised an open action with that ID. */
  candidates: MeetingRef[];
}

export const refOf = (m: Meeting): MeetingRef => ({ meeting: meetingKey(m), path: m.path, ...(m.date ? { date: m.date } : {}) });

/** A register being built meeting by meeting, in series order. */
class RegisterBuilder {
  readonly byId = new Map<string, ActionEntry>();
  readonly entries: ActionEntry[] = [];
  readonly reviews: ReviewFacts[] = [];
  readonly missing = new Map<Meeting, MissingReview[]>();
  readonly inherited = new Map<ActionReview, Inherited>();
  readonly reviewed = new Map<Review, ActionEntry>();
  readonly ambiguous: AmbiguousReview[] = [];
  /** Actions the next meeting must review: raised or reviewed open, by register key. */
  private pending = new Map<string, MissingReview>();
  /** What each action stands under (`#630`), by register key. */
  private readonly cites = new Map<string, readonly string[]>();

  constructor(private readonly pattern: IdPattern | undefined) {}

  private add(entry: ActionEntry): void {
    this.byId.set(entry.key, entry);
    this.entries.push(entry);
  }

  meeting(m: Meeting): void {
    const at = refOf(m);
    const seen = new Set<string>();
    const next = new Map<string, MissingReview>();
    for (const r of m.reviews) this.review(r, m, at, seen, next);
    // An action raised on an issue (`#630`) that this meeting cites again: its subject is taken up
    // again, so whether the action is reviewed is not sure, and no review is demanded.
    const cited = new Set(m.citations ?? []);
    const prose = this.takenUp(m);
    const left = [...this.pending.values()].filter((p) => !seen.has(p.key) && !(this.cites.get(p.key) ?? []).some((c) => cited.has(c)) && !(!p.written && prose.has(p.from.path)));
    if (!isExtraordinary(m) && left.length > 0) this.missing.set(m, left);
    if (isExtraordinary(m)) for (const p of left) next.set(p.key, p);
    for (const a of m.actions) this.action(a, m, at, next);
    this.pending = next;
  }

  /**
   * The earlier meetings whose actions without an ID this meeting takes up in prose: someone it
   * lists reports on one of them, being its owner and sharing its subject ("Polar said that he had
   * done the Accenture form" for "Polar to fill in Accenture form"). Such a meeting reviews in
   * prose, and which of the others it covered cannot be told surely: none of them is demanded.
   */
  private takenUp(m: Meeting): Set<string> {
    const out = new Set<string>();
    if (!m.reports) return out;
    // The committee's own name ("Compsoc Minutes") is in everything it does: no subject either.
    const common = new Set([...this.common, ...contentWords(m.title)]);
    for (const p of this.pending.values()) {
      const entry = this.byId.get(p.key);
      if (p.written || out.has(p.from.path) || entry?.owner === undefined || p.text === undefined) continue;
      const owners = new Set(splitOwners(entry.owner).map((o) => o.toLowerCase()));
      if (m.reports.some((r) => owners.has(r.who.toLowerCase()) && sharesSubject(p.text!, r.text, common))) out.add(p.from.path);
    }
    return out;
  }

  /** Words of actions raised at three meetings or more ("gaming", "compsoc"): the committee's everyday words, no subject of one action. */
  private get common(): Set<string> {
    const meetings = new Map<string, Set<string>>();
    for (const e of this.entries) {
      if (e.text === undefined || e.raisedIn === undefined) continue;
      for (const w of contentWords(e.text)) meetings.set(w, (meetings.get(w) ?? new Set()).add(e.raisedIn.path));
    }
    return new Set([...meetings].filter(([, at]) => at.size >= 3).map(([w]) => w));
  }

  /** One review of a meeting: the entry it reviews (made from the review when the series did not raise it), and its status. */
  private review(r: Review, m: Meeting, at: MeetingRef, seen: Set<string>, next: Map<string, MissingReview>): void {
    const found = resolveReview(r, m, this.entries, this.byId);
    // A paragraph naming an ID is a review only of an open earlier action that no review of this meeting covers already.
    if (r.source === 'prose' && (found.kind !== 'entry' || seen.has(found.entry.key))) return;
    if (found.kind === 'ambiguous') {
      this.ambiguous.push({ meeting: m, review: r, candidates: found.candidates });
      for (const e of found.entries) seen.add(e.key);
      return;
    }
    let entry = found.kind === 'entry' ? found.entry : undefined;
    const review = r.outstanding;
    if (review) {
      const facts: ReviewFacts = { review, meeting: m, raisedEarlier: entry?.raisedIn !== undefined };
      if (entry) facts.before = snapshot(entry);
      this.reviews.push(facts);
    }
    if (!entry) {
      if (!r.id) return;
      entry = entryFromReview(r, r.id, review, at);
      this.add(entry);
    } else if (review) {
      const from = inheritedFrom(entry);
      if (from) this.inherited.set(review, from);
      if (entry.target === undefined && review.target !== undefined) setTarget(entry, review.target, 'review', at);
      if (entry.text === undefined && review.action !== undefined) entry.text = review.action;
      if (entry.owner === undefined && review.owner !== undefined) entry.owner = review.owner;
      if (entry.raised === undefined && review.raised !== undefined) entry.raised = review.raised;
    }
    this.reviewed.set(r, entry);
    seen.add(entry.key);
    if (review?.revised !== undefined) setTarget(entry, review.revised, 'revised', at);
    entry.reviews.push({ at, ...(r.status ? { status: r.status } : {}) });
    entry.lastReviewedIn = at;
    if (r.status === 'closed') {
      if (entry.status !== 'closed') entry.closedIn = at;
      entry.status = 'closed';
    } else if (r.status === 'open' || (r.status === undefined && r.source !== 'front-matter')) {
      // A later review that says open reopens it (series-closed-reviewed reports it).
      entry.status = 'open';
      delete entry.closedIn;
    }
    if (entry.status === 'open') next.set(entry.key, pendingOf(entry, at, 'reviewed'));
  }

  /** One new action of a meeting: a new entry, or the restatement of an action it reviewed open. */
  private action(a: NewAction, m: Meeting, at: MeetingRef, next: Map<string, MissingReview>): void {
    const key = actionKey(a, m, this.byId, this.pattern);
    if (key === undefined) return;
    const carried = this.byId.get(key);
    if (carried) {
      // "2.4: AA/CG: Create a scoping action …" restating an action this meeting reviewed open.
      if (carried.raisedIn?.path !== m.path && carried.status === 'open') {
        carried.text = a.text;
        if (a.owner !== undefined) carried.owner = a.owner;
      }
      return; // duplicates in one meeting are the per-file rules' business
    }
    const entry: ActionEntry = { id: a.id ? normaliseId(a.id) : a.identity, key, targets: [], status: 'open', reviews: [], raisedIn: at, line: a, text: a.text };
    if (a.cites) this.cites.set(key, a.cites);
    const owner = a.owner ?? (a.owners.length > 0 ? a.owners.map((o) => o.text).join(', ') : undefined);
    if (owner !== undefined) entry.owner = owner;
    if (m.date !== undefined) entry.raised = m.date;
    if (a.due !== undefined) setTarget(entry, a.due, 'raised', at);
    // A task ticked where it is raised ("- [x] Bea: write to the county") was done by then.
    if (a.status === 'closed') {
      entry.status = 'closed';
      entry.closedIn = at;
    }
    this.add(entry);
    // An action inferred from an owner-first sentence is listed, but its review is not demanded:
    // a committee that writes actions in prose reviews them in prose too, which is not matched.
    // Nor is the review of an action the model is not sure of (certainty.ts): a guess is no obligation.
    // Nor of one with neither an ID nor an owner ("Action: close issue"): nothing in a later meeting
    // can be matched to it surely, so a meeting that takes its subject up again cannot be told from one that does not.
    const traceable = a.id !== '' || a.owners.length > 0 || a.owner !== undefined;
    if ((a.notation !== 'prose' || a.id !== '') && a.certain && traceable && entry.status === 'open') next.set(key, pendingOf(entry, at, 'raised'));
  }
}

/** An action raised before the series starts (or never): what the review says is all there is. */
function entryFromReview(r: Review, id: string, review: ActionReview | undefined, at: MeetingRef): ActionEntry {
  const entry: ActionEntry = { id: normaliseId(id), key: normaliseId(id), targets: [], status: 'open', reviews: [] };
  if (review?.action !== undefined) entry.text = review.action;
  else if (r.text !== undefined) entry.text = r.text;
  if (review?.owner !== undefined) entry.owner = review.owner;
  else if (r.ownerText !== undefined) entry.owner = r.ownerText;
  if (review?.raised !== undefined) entry.raised = review.raised;
  if (review?.target !== undefined) setTarget(entry, review.target, 'review', at);
  return entry;
}

/** The register of a series whose meetings are in series order. */
export function buildRegister(meetings: readonly Meeting[], pattern?: IdPattern): Register {
  const b = new RegisterBuilder(pattern);
  for (const m of meetings) b.meeting(m);
  return { entries: b.entries, byId: b.byId, reviews: b.reviews, missing: b.missing, inherited: b.inherited, reviewed: b.reviewed, ambiguous: b.ambiguous, meetings };
}

/** What the next meeting owes an open action: its review. */
function pendingOf(entry: ActionEntry, from: MeetingRef, how: MissingReview['how']): MissingReview {
  const written = entry.line === undefined || entry.line.id !== '';
  return { id: entry.id, key: entry.key, from, how, written, ...(entry.text !== undefined ? { text: entry.text } : {}) };
}

/**
 * The register key of a new action: its ID where the ID names its meeting (the default
 * `{code} {meeting}/{seq}`), else the meeting and the ID ("Action 1" of two meetings are two
 * actions), and for an action without an ID its identity. A structured ID such as `2.4` that an
 * earlier meeting raised is that action restated (a list carried forward) and keeps its key.
 */
function actionKey(a: NewAction, m: Meeting, byId: ReadonlyMap<string, ActionEntry>, pattern: IdPattern | undefined): string | undefined {
  if (!a.id) return a.identity || undefined;
  const id = normaliseId(a.id);
  if (a.notation === 'v1' && (!pattern || pattern.placeholders.includes('meeting'))) return id;
  const earlier = byId.get(id);
  if (!earlier || earlier.raisedIn?.path === m.path) return id;
  // A plain number ("Action 1") restarts at each meeting; a structured one ("2.4") is the same action restated.
  if (a.notation === 'v1' || /^\d+$/.test(id)) return `${meetingKey(m)}/${id}`;
  return id;
}

type Resolution = { kind: 'entry'; entry: ActionEntry } | { kind: 'none' } | { kind: 'ambiguous'; candidates: MeetingRef[]; entries: ActionEntry[] };

/** Which earlier action a review is about: by ID, or for an ID-less one by owner and subject. */
function resolveReview(r: Review, m: Meeting, entries: readonly ActionEntry[], byId: ReadonlyMap<string, ActionEntry>): Resolution {
  const earlier = entries.filter((e) => e.raisedIn?.path !== m.path);
  if (r.source === 'prose') {
    const open = earlier.filter((e) => e.id === normaliseId(r.id) && e.status === 'open');
    return open.length === 1 ? { kind: 'entry', entry: open[0]! } : { kind: 'none' };
  }
  if (r.id) {
    const id = normaliseId(r.id);
    const same = earlier.filter((e) => e.id === id);
    // `raised:` in the review says which meeting's action it is.
    const raised = r.outstanding?.raised;
    let open = same.filter((e) => e.status === 'open' && (raised === undefined || e.raised === raised));
    // In the body, the restated text says which: "Action 1: Owen to circulate the data map. _Done_".
    const text = r.text?.replace(trailingStatus(), '');
    if (open.length > 1 && text) {
      const said = open.filter((e) => e.text !== undefined && sameSubject(e.text, text));
      if (said.length > 0) open = said;
    }
    if (open.length > 1) return { kind: 'ambiguous', candidates: open.map((e) => e.raisedIn!).filter(Boolean), entries: open };
    const entry = open[0] ?? same.at(-1) ?? byId.get(id);
    return entry ? { kind: 'entry', entry } : { kind: 'none' };
  }
  if (r.text === undefined) return { kind: 'none' };
  if (r.source === 'matters-arising') {
    // A paragraph about an earlier action names its owner and shares its subject.
    const about = earlier.filter((e) => e.status === 'open' && e.text !== undefined && e.owner !== undefined && namesOwner(r.text!, e.owner) && sameSubject(e.text, r.text!));
    return about.length === 1 ? { kind: 'entry', entry: about[0]! } : { kind: 'none' };
  }
  const match = earlier.filter((e) => e.status === 'open' && e.text !== undefined && sameSubject(e.text, r.text!) && sameOwner(e.owner, r.ownerText));
  return match.length === 1 ? { kind: 'entry', entry: match[0]! } : { kind: 'none' };
}

/** A status word ending a restated action ("… circulate the data map. _Done_"). */
const TRAILING = new WeakMap<Patterns, RegExp>();
function trailingStatus(words: Patterns = patternsOf()): RegExp {
  let re = TRAILING.get(words);
  if (!re) {
    re = new RegExp(`[\\s\\p{P}]*${words.statusWords}[\\s\\p{P}]*$`, 'iu');
    TRAILING.set(words, re);
  }
  return re;
}

// A review restating an action names at least two of its longer words.
const sameSubject = (a: string, b: string) => sameWords(a, b, { least: 2, min: 3 });

const FUNCTION = new Set(FUNCTION_WORDS);
/** Words of four letters or more, and acronyms of three ("AGM", "PSU"), lower case, but function words. */
const contentWords = (s: string) =>
  new Set(
    s
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 || /^\p{Lu}{3}$/u.test(w))
      .map((w) => w.toLowerCase())
      .filter((w) => !FUNCTION.has(w)),
  );
/** A word of four letters or more, neither a function word nor one of the committee's everyday words, that both texts have ("psus", "accenture"). */
function sharesSubject(action: string, report: string, common: ReadonlySet<string>): boolean {
  const said = contentWords(report);
  return [...contentWords(action)].some((w) => said.has(w) && !common.has(w));
}

function namesOwner(text: string, owner: string): boolean {
  const parts = splitOwners(owner.replace(/^(?:the|our)\s+/i, ''));
  return parts.length > 0 && parts.every((p) => new RegExp(`(?<![\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text));
}

function sameOwner(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const norm = (s: string) => splitOwners(s.toLowerCase().replace(/^(?:the|our)\s+/, '')).sort().join('|');
  return norm(a) === norm(b);
}

function setTarget(entry: ActionEntry, date: string, kind: TargetChange['kind'], at: MeetingRef): void {
  entry.targets.push({ date, kind, at });
  entry.target = date;
}

function snapshot(e: ActionEntry): ReviewFacts['before'] {
  const { reviews: _r, targets, ...rest } = e;
  return { ...rest, targets: [...targets] };
}

function inheritedFrom(entry: ActionEntry): Inherited | undefined {
  if (!entry.raisedIn) return undefined;
  const inherited: Inherited = {};
  if (entry.text !== undefined) inherited.action = entry.text;
  if (entry.owner !== undefined) inherited.owner = entry.owner;
  if (entry.raised !== undefined) inherited.raised = entry.raised;
  if (entry.target !== undefined) inherited.target = entry.target;
  return inherited;
}

// ---- Queries for `minutebook actions` ----

export interface RegisterRow {
  id: string;
  action: string;
  owner: string;
  raisedMeeting?: string;
  raised?: string;
  target?: string;
  /** Every target the action had, oldest first. */
  targetHistory: Array<{ date: string; kind: TargetChange['kind']; meeting: string }>;
  status: ActionStatus;
  closedMeeting?: string;
  closedDate?: string;
  lastReviewed?: string;
  /** Days from raised to closed, or to the as-of date while open. */
  ageDays?: number;
  overdue: boolean;
}

export interface RegisterFilter {
  open?: boolean;
  overdue?: boolean;
  owner?: string;
  /** ISO date that "today" means for age and overdue (default: the caller's today). */
  asOf: string;
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

export function registerRows(register: Register, filter: RegisterFilter): RegisterRow[] {
  const owner = filter.owner?.trim().toLowerCase();
  const rows: RegisterRow[] = [];
  for (const e of register.entries) {
    const overdue = e.status === 'open' && e.target !== undefined && e.target < filter.asOf;
    if (filter.open && e.status !== 'open') continue;
    if (filter.overdue && !overdue) continue;
    if (owner && !splitOwners((e.owner ?? '').toLowerCase()).concat((e.owner ?? '').toLowerCase()).includes(owner)) continue;
    const end = e.status === 'closed' ? e.closedIn?.date : filter.asOf;
    // Keys in reading order, so that the JSON output reads like the table.
    const row: RegisterRow = {
      id: e.id,
      action: e.text ?? '',
      owner: e.owner ?? '',
      ...(e.raisedIn ? { raisedMeeting: e.raisedIn.meeting } : {}),
      ...(e.raised ? { raised: e.raised } : {}),
      ...(e.target ? { target: e.target } : {}),
      targetHistory: e.targets.map((t) => ({ date: t.date, kind: t.kind, meeting: t.at.meeting })),
      status: e.status,
      ...(e.closedIn ? { closedMeeting: e.closedIn.meeting } : {}),
      ...(e.closedIn?.date ? { closedDate: e.closedIn.date } : {}),
      ...(e.lastReviewedIn ? { lastReviewed: e.lastReviewedIn.meeting } : {}),
      ...(e.raised && end ? { ageDays: daysBetween(e.raised, end) } : {}),
      overdue,
    };
    rows.push(row);
  }
  return rows;
}
