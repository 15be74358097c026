/**
 * The shape of the hand lists that `npm run corpus` (scripts/corpus.mjs) scores minutebook
 * against. Written by reading the minutes, never from minutebook's output. This folder
 * (test/reference/) is the one place in the project that may name the real people in them.
 * See test/reference/README.md for how each field is scored.
 */

/** What a file is, as a careful secretary would file it. */
export type FileKind = 'minutes' | 'agenda-only' | 'not-minutes';

export interface RefAction {
  /** 1-based line of the file where the action is written (its first line); the text alone is matched when absent. */
  line?: number;
  /** The start of the action's words as written (or a distinctive phrase of them). */
  text: string;
  /** Owners as the minutes write them ("Eric Holk", "JF", "Everyone"); empty when nobody is named. */
  owners: string[];
  /** The minutes' own ID ("2.4", "A12"), only where the minutes give one. */
  id?: string;
  /** Borderline: finding it is not counted as right, missing it not as missed. */
  optional?: boolean;
}

export type Outcome = 'carried' | 'lost' | 'withdrawn' | 'deferred' | 'none' | 'implied';

export interface RefMotion {
  /** The line of the motion (its mover, its table row, or "It was proposed by …"). */
  line: number;
  /** Last line of the motion's text with its outcome, when it runs over several lines. */
  endLine?: number;
  /** A short phrase of what was moved. */
  text: string;
  /** Mover and seconder as written; absent when the minutes give none. */
  mover?: string;
  seconder?: string;
  outcome: Outcome;
  for?: number;
  against?: number;
  abstain?: number;
  optional?: boolean;
}

export interface RefDecision {
  /** The lines that record it (a recognised decision counts when its line falls in them). */
  lines: [number, number];
  /** A short quote of the decision. */
  text: string;
  optional?: boolean;
}

export interface RefApproval {
  line: number;
  /** Which meeting's minutes: its date (YYYY-MM-DD, or YYYY-MM when only the month is given) or 'previous' when the minutes do not say. */
  of: string;
  outcome: 'approved' | 'amended' | 'deferred';
  mover?: string;
  seconder?: string;
}

/** Something a careless reader would find and must not ("(TSC)" is not initials). */
export interface MustNot {
  line?: number;
  /** What kind of fact must not be recognised. */
  kind: 'person' | 'action' | 'owner' | 'motion' | 'decision' | 'date' | 'finding';
  /** The text that tempts (a name, an owner, an action's words, a rule id). */
  text: string;
  why: string;
}

/** Actions, motions, decisions and approvals, listed for the sampled meetings only. */
export interface Sample {
  actions: RefAction[];
  motions: RefMotion[];
  decisions: RefDecision[];
  approvals: RefApproval[];
}

export interface RefMeeting {
  /** Path below ../shared/reference/ ("wild/01-rust-leadership-council/2023-06-15.md"). */
  file: string;
  kind: FileKind;
  /** The meeting's date (YYYY-MM-DD) as the minutes state it; absent for a file that is not minutes at all. */
  date?: string;
  /** Members and others present, as written (an empty list when attendance is not recorded). */
  present: string[];
  /** Apologies, regrets, unavailable, absent, missing. */
  absent: string[];
  /** Observers, guests, officials and others "in attendance" who are not members. */
  others?: string[];
  /** Attendance written as "all" (or "All except …"): names are not listed, so not scored. */
  attendanceAll?: boolean;
  /** Chair (or facilitator) and note taker (minutes, scribe, secretary), where stated. */
  chair?: string;
  noteTaker?: string;
  /** Present only for the sampled meetings. */
  sample?: Sample;
  mustNot?: MustNot[];
  note?: string;
}

export interface RefCommittee {
  /** Folder below ../shared/reference/ ("wild/01-rust-leadership-council"). */
  folder: string;
  /** Files of the folder that are not meetings at all (READMEs). */
  meetings: RefMeeting[];
}

/** A finding of the first-sight run, judged by reading the minutes. */
export interface JudgedFinding {
  file: string;
  rule: string;
  line: number | null;
  /** true: the minutes really have the problem; false: a false finding. */
  valid: boolean;
  why: string;
}
