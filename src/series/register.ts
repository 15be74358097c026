/**
 * The action register of a series (FORMAT §6): one walk over the meetings in order that follows
 * every action from the meeting that raised it through its reviews. The series rules read the
 * facts it records, `minutebook actions` prints it, `new` pre-fills the next meeting from it.
 * Pure: meetings in, register out; the meetings are not changed. It is built as part of the
 * series resolution (resolve.ts).
 */
import type { ActionReview, Meeting, NewAction } from '../model/types.js';
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
  id: string;
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
  /** Where the obligation came from: the meeting that raised it or last reviewed it open. */
  from: MeetingRef;
  how: 'raised' | 'reviewed';
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
  meetings: readonly Meeting[];
}

export const refOf = (m: Meeting): MeetingRef => ({ meeting: m.meeting ?? '?', path: m.path, ...(m.date ? { date: m.date } : {}) });

/** The register of a series whose meetings are in series order. */
export function buildRegister(meetings: readonly Meeting[]): Register {
  const byId = new Map<string, ActionEntry>();
  const entries: ActionEntry[] = [];
  const reviews: ReviewFacts[] = [];
  const missing = new Map<Meeting, MissingReview[]>();
  const inherited = new Map<ActionReview, Inherited>();
  // Actions the next meeting must review: raised or reviewed open, keyed by ID.
  let pending = new Map<string, MissingReview>();

  for (const m of meetings) {
    const at = refOf(m);
    const reviewed = new Set<string>();
    for (const review of m.outstanding) {
      if (!review.id) continue;
      const id = normaliseId(review.id);
      reviewed.add(id);
      let entry = byId.get(id);
      const facts: ReviewFacts = { review, meeting: m, raisedEarlier: entry?.raisedIn !== undefined };
      if (entry) facts.before = snapshot(entry);
      reviews.push(facts);
      if (!entry) {
        // Raised before the series starts (or never): what the review says is all there is.
        entry = { id, targets: [], status: 'open', reviews: [] };
        if (review.action !== undefined) entry.text = review.action;
        if (review.owner !== undefined) entry.owner = review.owner;
        if (review.raised !== undefined) entry.raised = review.raised;
        if (review.target !== undefined) setTarget(entry, review.target, 'review', at);
        byId.set(id, entry);
        entries.push(entry);
      } else {
        const from = inheritedFrom(entry);
        if (from) inherited.set(review, from);
        if (entry.target === undefined && review.target !== undefined) setTarget(entry, review.target, 'review', at);
        if (entry.text === undefined && review.action !== undefined) entry.text = review.action;
        if (entry.owner === undefined && review.owner !== undefined) entry.owner = review.owner;
        if (entry.raised === undefined && review.raised !== undefined) entry.raised = review.raised;
      }
      if (review.revised !== undefined) setTarget(entry, review.revised, 'revised', at);
      entry.reviews.push({ at, ...(review.status ? { status: review.status } : {}) });
      entry.lastReviewedIn = at;
      if (review.status === 'closed') {
        if (entry.status !== 'closed') entry.closedIn = at;
        entry.status = 'closed';
      } else if (review.status === 'open') {
        // A later review that says open reopens it (series-closed-reviewed reports it).
        entry.status = 'open';
        delete entry.closedIn;
      }
    }

    const left = [...pending.values()].filter((p) => !reviewed.has(p.id));
    if (!isExtraordinary(m) && left.length > 0) missing.set(m, left);
    const next = new Map<string, MissingReview>();
    if (isExtraordinary(m)) for (const p of left) next.set(p.id, p);
    for (const review of m.outstanding) {
      if (review.id && review.status !== 'closed') next.set(normaliseId(review.id), { id: normaliseId(review.id), from: at, how: 'reviewed' });
    }

    for (const a of m.actions) {
      const id = normaliseId(a.id);
      if (!id || byId.has(id)) continue; // duplicates are the per-file rules' business
      const entry: ActionEntry = { id, targets: [], status: 'open', reviews: [], raisedIn: at, line: a, text: a.text };
      if (a.owner !== undefined) entry.owner = a.owner;
      if (m.date !== undefined) entry.raised = m.date;
      if (a.due !== undefined) setTarget(entry, a.due, 'raised', at);
      byId.set(id, entry);
      entries.push(entry);
      next.set(id, { id, from: at, how: 'raised' });
    }
    pending = next;
  }
  return { entries, byId, reviews, missing, inherited, meetings };
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
    if (owner && !(e.owner ?? '').toLowerCase().split(/\s*[/,&]\s*|\s+and\s+/).concat((e.owner ?? '').toLowerCase()).includes(owner)) continue;
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
