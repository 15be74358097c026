/**
 * Motions as minutes record them (NATURAL §3): "Proposed by X; Seconded by Y", "X moved that …;
 * Y seconded", "These were moved as correct by X and Y", tables with Moved / Seconded / Status
 * columns, and online votes listed with their outcome. Each gets its mover, seconder, outcome
 * and counts; a run of competing motions followed by a named vote gets the vote's counts.
 */
import type { List } from 'mdast';
import type { Locator } from '../../parse/locate.js';
import { PRONOUN, cleanMention, named, nameSource } from '../named.js';
import { alternatives, patternsOf, phraseSource, type Patterns } from '../../vocabulary/patterns.js';
import type { PersonIndex } from '../person-match.js';
import { joinItems, listItemsText, sentences, type ProseUnit } from '../prose-units.js';
import type { Motion, MotionCounts, MotionOutcome, NamedPerson } from '../types.js';

/** The motion patterns of a vocabulary, built once for each. */
interface MotionPatterns {
  movedBy: RegExp;
  secondedBy: RegExp;
  xMoved: RegExp;
  xSeconded: RegExp;
  /** "Proposed X, seconded Y", "proposed X seconded Y": mover and seconder without "by". */
  pair: RegExp;
  /** "X proposed and Y seconded that …". */
  xPair: RegExp;
  /** "Carol: Decision proposal - Create a subcommittee …": a speaker's proposal, a motion once an outcome follows. */
  speakerProposal: RegExp;
  /** A line of consent that opens a unit: "No objections.", the outcome of the open motion. */
  consent: RegExp;
  asCorrect: RegExp;
  thatClause: RegExp;
  outcomeWord: RegExp;
  outcomeSentence: RegExp;
  /** A sentence that opens with the outcome ("Carried.", "The motion was lost"), or names the motion or the vote. */
  outcomeLead: RegExp;
  /** "The election was unanimous.": the vote's unanimity closing the sentence. */
  unanimousEnd: RegExp;
  name: string;
}

/** A word whose first letter may be a capital: "Proposed", "proposed". */
const capitalisable = (src: string) => src.replace(/(^|\||\(\?:)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);

const MOTION_PATTERNS = new WeakMap<Patterns, MotionPatterns>();
function motionPatterns(w: Patterns): MotionPatterns {
  let mp = MOTION_PATTERNS.get(w);
  if (mp) return mp;
  const name = nameSource(w);
  const who = `(${name}|${PRONOUN})`;
  const list = (v: readonly string[]) => `(?:${[...v].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})`;
  const moved = list(w.vocabulary.motion_moved);
  const seconded = list(w.vocabulary.motion_seconded);
  const outcome = w.outcome;
  const nouns = list(w.vocabulary.motion_nouns);
  const unanimous = list(w.vocabulary.vote_unanimous);
  mp = {
    name,
    movedBy: new RegExp(`\\b(?:${capitalisable(moved)})\\s+by\\s+${who}`, 'u'),
    secondedBy: new RegExp(`\\b(?:${capitalisable(seconded)})\\s+by\\s+${who}`, 'u'),
    xMoved: new RegExp(`^(${name})\\s+(?:formally\\s+)?(?:${moved})\\s+(?:that|to|the)\\b`, 'u'),
    xSeconded: new RegExp(`^(${name})\\s+(?:${seconded})\\b`, 'u'),
    pair: new RegExp(`\\b(?:${capitalisable(moved)})\\s+(?:by\\s+)?(${name})[\\s,;:–—-]*(?:and\\s+)?(?:${capitalisable(seconded)})\\s+(?:by\\s+)?(${name})`, 'gu'),
    // After a label of the item ("Minutes: Miss Vane proposed and …").
    xPair: new RegExp(`(?:^|:\\s+)(${name})\\s+(?:formally\\s+)?(?:${moved})\\s+and\\s+(${name})\\s+(?:${seconded})\\b`, 'u'),
    speakerProposal: new RegExp(`^(${name}):\\s+(?:\\p{L}+\\s+)?(?:${capitalisable(nouns)})\\s*[-–—:]\\s*(\\S.*)$`, 'su'),
    consent: new RegExp(`^[\\s\\p{P}\\p{S}]*(?:with\\s+)?(${alternatives(w.vocabulary.consent)})(?![\\p{L}])`, 'iu'),
    asCorrect: new RegExp(`\\b(?:${moved}|${list(w.vocabulary.outcome_carried)})\\s+as\\s+(?:a\\s+)?(?:correct|true|accurate)(?:\\s+record)?\\s+by\\s+(${name})\\s+and\\s+(${name})`, 'u'),
    thatClause: new RegExp(`\\b(?:${moved})\\b.*?\\bthat\\s+(.+)$`, 'isu'),
    outcomeWord: new RegExp(`\\b(${outcome})\\b`, 'i'),
    // A sentence that records an outcome: it starts with the outcome, or speaks of the motion or the vote.
    unanimousEnd: new RegExp(`\\bwas\\s+(${unanimous})\\s*[.!]?\\s*$`, 'iu'),
    outcomeLead: new RegExp(`^(?:(?:the\\s+)?${nouns}\\s+(?:(?:was|is|has\\s+been)\\s+)?)?(?:${unanimous}\\s+)?${outcome}\\b|\\b(?:${nouns}|vote)\\b`, 'iu'),
    // "The proposal is accepted", "motion passes": the present tense too.
    outcomeSentence: new RegExp(`^(?:(?:the\\s+)?${nouns}\\s+(?:(?:was|is|has\\s+been)\\s+)?)?(?:${unanimous}\\s+)?${outcome}\\b|\\b(?:${nouns}|vote)\\b|\\b(?:and|was|were|is)\\s+(?:${unanimous}\\s+)?${outcome}\\b|\\b${outcome}\\s+(?:${unanimous}|${list(w.vocabulary.vote_nem_con)})|[-–—,;]\\s*${outcome}\\s*[.!]?\\s*$|\\ball\\s+${outcome}\\b`, 'iu'),
  };
  MOTION_PATTERNS.set(w, mp);
  return mp;
}
/** "Mara: …", "Eric Holk: …": a line the notes give to one speaker. */
const SPEAKER = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}):\s/u;
/** A line of consent longer than this is discussion, not the meeting's answer. */
const CONSENT_WORDS = 12;

/** More words than this, and a sentence after the motion that neither opens with its outcome nor names it is a decision of its own. */
const OUTCOME_WORDS = 10;

/**
 * Whether a sentence after the motion records its outcome: "Carried.", "The motion was lost",
 * "After a short debate this was agreed"; not "It was agreed that a meeting with the contractor
 * be arranged …", a new decision with words of its own.
 */
function recordsOutcome(text: string, mp: MotionPatterns): boolean {
  return mp.outcomeLead.test(text) || text.split(/\s+/).length <= OUTCOME_WORDS;
}

/** Words between the pairs of a run, without the separators around them. */
const clean = (s: string) => s.replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '').replace(/\s+/g, ' ');

/** Mover and seconder of a pair match, each as its own match (group 1), for `moved` and `seconded`. */
function halves(pair: RegExpExecArray, name: (written: string) => string): [RegExpExecArray, RegExpExecArray] {
  const half = (g: number, index: number, whole: string): RegExpExecArray => Object.assign([whole, name(pair[g]!)], { index, input: pair.input }) as unknown as RegExpExecArray;
  // The mover's half ends with the mover's name; the seconder's is the whole pair ("… and Y seconded"),
  // so that what follows it is read once, as the seconder's tail.
  return [half(1, pair.index, pair[0].slice(0, pair[0].indexOf(pair[1]!) + pair[1]!.length)), half(2, pair.index, pair[0])];
}

/** What `asCorrect` cannot match without. */
const CORRECT_WORD = /correct|true|accurate/;
const VOTE_BLOCK = /\b(?:a\s+vote\s+was\s+taken|votes?\s+(?:was|were)\s+(?:taken|cast)|resulted\s+as\s+follows)\b/i;
const MOTION_INTRO = /\bmotion\b[^:]*:\s*(.+)$/isu;

const NUMBER_WORDS: Record<string, number> = { no: 0, none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
// At most three digits: "10th December 2004 for work to be carried out" is a year, not a count.
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const num = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

export interface MotionContext {
  units: readonly ProseUnit[];
  index: PersonIndex;
  loc: Locator;
  source: string;
  /** The vocabulary's patterns; the built-in vocabulary's when absent. */
  words?: Patterns;
}

interface Draft {
  motion: Motion;
  firstUnit: number;
  lastUnit: number;
  /** The motion has a mover or seconder and then an outcome or closing vote. */
  closed: boolean;
  /** A speaker's proposal: a motion only once an outcome follows. */
  proposal?: boolean;
  /** Where the last sentence the motion took ends: its unit and the offset in the unit's text. */
  readUnit?: number;
  readEnd?: number;
}

/**
 * The motions of one meeting, read unit by unit: at most one motion open at a time. A class
 * because every step may close the open motion (`finish`), which the next step must see.
 */
class MotionReader {
  readonly out: Motion[] = [];
  private open: Draft | undefined;
  /** Motions of the current item still waiting for an outcome: candidates for a named vote. */
  private pending: Draft[] = [];
  private readonly words: Patterns;
  private readonly mp: MotionPatterns;

  constructor(private readonly ctx: MotionContext) {
    this.words = ctx.words ?? patternsOf();
    this.mp = motionPatterns(this.words);
  }

  private finish(): void {
    const open = this.open;
    if (!open) return;
    const { units, loc } = this.ctx;
    const m = open.motion;
    m.span = loc.span(units[open.firstUnit]!.start, units[open.lastUnit]!.end);
    // A proposal nobody seconded and with no outcome is a suggestion, not a motion.
    if (open.proposal ? m.outcome !== undefined : m.seconder || m.outcome || m.counts.length > 0) {
      this.out.push(m);
      if (!m.outcome) this.pending.push(open);
    }
    this.open = undefined;
  }

  read(): Motion[] {
    const { units } = this.ctx;
    for (let i = 0; i < units.length; i++) i = this.unit(i);
    this.finish();
    this.settle();
    return this.out;
  }

  /**
   * At the end of an item, the motions still without an outcome. "It was proposed by X and
   * seconded by Y that the minutes be signed as a correct record." closing its paragraph, with
   * nothing said of it after and no vote in the item: the form implies it was agreed (a decision),
   * though no outcome is written (`unwritten`: motion-outcome still says so). Discussion after it
   * in its paragraph ("The view was expressed that this should go to the party leaders") leaves it
   * open.
   */
  private settle(): void {
    const { units } = this.ctx;
    for (const d of this.pending) {
      const m = d.motion;
      if (m.outcome || !m.mover || !m.seconder || m.source !== 'prose' || d.readUnit === undefined) continue;
      if (units[d.readUnit]!.text.slice(d.readEnd).trim() !== '') continue;
      m.outcome = 'implied';
      m.unwritten = true;
    }
    this.pending = [];
  }

  /** Reads the unit at `i`; returns the index of the last unit read (a named vote reads several). */
  private unit(i: number): number {
    const ctx = this.ctx;
    const u = ctx.units[i]!;
    if (u.kind === 'heading' || u.section) {
      this.finish();
      this.settle();
      if (u.kind === 'heading') return i;
    }
    if (u.kind === 'row') {
      this.finish();
      const m = tableMotion(u, ctx, this.words);
      if (m) this.out.push(m);
      return i;
    }
    if (this.open && i - this.open.firstUnit > 5) this.finish();
    if (VOTE_BLOCK.test(u.text) && this.pending.length + (this.open && !this.open.motion.outcome ? 1 : 0) > 0) {
      this.finish();
      const last = readVote(i, this.pending, ctx);
      this.pending = [];
      return last;
    }
    for (const s of sentences(u.text)) this.sentence(s, u, i);
    return i;
  }

  private sentence(s: { text: string; from: number }, u: ProseUnit, i: number): void {
    const { mp } = this;
    // Tried only on sentences with the words it needs: it names two people (large Unicode classes),
    // and V8 compiles a pattern when it is first tried, a few milliseconds of a one-file check.
    const asCorrect = CORRECT_WORD.test(s.text) && s.text.includes('by') ? mp.asCorrect.exec(s.text) : null;
    if (asCorrect) return this.approvedAsCorrect(asCorrect, s, u, i);
    let mover = mp.movedBy.exec(s.text) ?? mp.xMoved.exec(s.text);
    let seconder = mp.secondedBy.exec(s.text) ?? mp.xSeconded.exec(s.text);
    // "Proposed X, seconded Y - pass for payment", "X proposed and Y seconded that …": both in one
    // phrase, "by" left out; read as the two halves it stands for.
    // Several payments in one sentence are several motions: "£30 proposed X seconded Y, £20 proposed Z seconded W".
    // "Proposed Mrs Berry, seconded Mrs.Fisher": a title alone is no name; that pair is not read.
    const all = mover && seconder ? [] : [...s.text.matchAll(mp.pair)];
    const pairs = all.filter((p) => !this.bareTitle(p[1]!) && !this.bareTitle(p[2]!));
    if (pairs.length === 0 && !(mover && seconder)) {
      const x = mp.xPair.exec(s.text);
      if (x) pairs.push(x);
    }
    if (pairs.length > 0) return this.run(pairs, all, s, u, i);
    if (mover) this.moved(mover, s, u, i);
    if (seconder) this.seconded(seconder, s, u, i);
    if (!mover && !seconder && !this.open && s.from === 0) this.proposal(u, i);
    const open = this.open;
    if (mover || seconder || !open) return;
    if (s.from === 0 && this.consented(u.text)) {
      open.lastUnit = i;
      open.motion.outcomeText = mp.consent.exec(u.text)![1]!;
      open.motion.outcome = 'carried';
      return this.finish();
    }
    // After the mover: the motion's words, its counts and its outcome. The motion spans the units
    // it reads, and no more: a sentence it does not read stays free for the decisions.
    if (!open.motion.text && /^["“]?\s*That\b/.test(s.text)) {
      open.lastUnit = i;
      read(open, s, i);
      open.motion.text = s.text.replace(/^["“]\s*|["”.]+$/g, '').trim();
      return;
    }
    const counts = readCounts(s.text, u, s.from, this.ctx.loc, this.words);
    if (counts) {
      open.lastUnit = i;
      read(open, s, i);
      open.motion.counts.push(counts);
    }
    const records = recordsOutcome(s.text, mp);
    const o = records && mp.outcomeSentence.test(s.text) ? mp.outcomeWord.exec(s.text) : null;
    // "The election was unanimous.", "The vote was unanimous.": carried, with no outcome word.
    const word = o?.[1] ?? (records ? mp.unanimousEnd.exec(s.text)?.[1] : undefined);
    if (word === undefined) return;
    open.lastUnit = i;
    open.motion.outcomeText = word;
    open.motion.outcome = outcomeOf(word, this.words);
    // "the motion and amendment were unanimously passed": the outcome of the motions still waiting for one, too.
    if (/\bwere\b/i.test(s.text)) {
      for (const d of this.pending) {
        if (d.motion.outcome !== undefined || i - d.lastUnit > 5) continue;
        d.motion.outcome = open.motion.outcome;
        d.motion.outcomeText = word;
      }
    }
    this.finish();
  }

  /** Where a captured group starts in the unit's text. */
  private static at(s: { from: number }, m: RegExpExecArray, g = 1): number {
    return s.from + m.index + m[0].indexOf(m[g]!);
  }

  /** "… be approved as a correct record, proposed X, seconded Y": a whole motion in one sentence. */
  private approvedAsCorrect(asCorrect: RegExpExecArray, s: { text: string; from: number }, u: ProseUnit, i: number): void {
    const { ctx } = this;
    this.finish();
    const open = (this.open = draft(u, i));
    open.motion.mover = named(asCorrect[1]!, u, MotionReader.at(s, asCorrect, 1), ctx.index, ctx.loc);
    open.motion.seconder = named(asCorrect[2]!, u, s.from + asCorrect.index + asCorrect[0].lastIndexOf(asCorrect[2]!), ctx.index, ctx.loc);
    open.motion.outcome = 'implied';
    open.motion.text = s.text.slice(s.text.lastIndexOf('\n') + 1).trim();
    this.finish();
  }

  /** A mover opens a new motion; its words follow "that", or stand in the paragraph before. */
  private moved(mover: RegExpExecArray, s: { text: string; from: number }, u: ProseUnit, i: number): void {
    const { ctx, mp } = this;
    this.finish();
    const open = (this.open = draft(u, i));
    open.motion.mover = moverOf(mover[1]!, u, MotionReader.at(s, mover), s.text, ctx, mp.name);
    read(open, s, i);
    // "It was agreed to go ahead with the project as proposed by X and seconded by Y": the outcome
    // stands before the mover, in the same sentence.
    const head = s.text.slice(0, mover.index);
    // "It was agreed that the clerk write to the county - proposed by X and seconded by Y": likewise after a dash.
    const before = /(?:\bas|\s[-–—])\s*$/i.test(head) && mp.outcomeSentence.test(head) ? mp.outcomeWord.exec(head) : null;
    if (before) {
      open.motion.outcomeText = before[1]!;
      open.motion.outcome = outcomeOf(before[1]!, this.words);
    }
    const that = mp.thatClause.exec(s.text);
    if (that) open.motion.text = withList(`That ${that[1]!.trim()}`, u, ctx.source);
    else {
      const prev = ctx.units[i - 1];
      const intro = prev && prev.kind === 'para' ? MOTION_INTRO.exec(prev.text) : null;
      if (intro) {
        open.motion.text = intro[1]!.replace(/\s+/g, ' ').trim();
        open.firstUnit = i - 1;
      }
    }
  }

  /** A seconder joins the open motion, or opens one; the outcome may follow in the same sentence. */
  /**
   * Pairs in one sentence: each a motion. In a run of payments ("£30 proposed X seconded Y, £20
   * proposed Z seconded W all agreed pass for payment") each pair's words are the item before it,
   * and an outcome that closes the run closes each of its motions.
   */
  private run(pairs: RegExpExecArray[] | RegExpMatchArray[], all: RegExpMatchArray[], s: { text: string; from: number }, u: ProseUnit, i: number): void {
    const motions: Motion[] = [];
    pairs.forEach((pair, k) => {
      const [m, sec] = halves(pair as RegExpExecArray, (n) => this.leadTrimmed(n));
      this.moved(m, s, u, i);
      motions.push(this.open!.motion);
      const prev = pairs[k - 1];
      const head = pairs.length > 1 ? clean(s.text.slice(prev ? prev.index! + prev[0].length : 0, pair.index).split(':').pop()!) : undefined;
      // The words end where the next pair begins, read or not ("seconded Mrs.Fisher" names nobody).
      const next = all.find((x) => x.index! > pair.index!)?.index;
      this.seconded(sec, s, u, i, next ?? s.text.length, head);
    });
    const last = motions.at(-1)!;
    if (last.outcome === undefined) return;
    for (const m of motions) {
      if (m.outcome !== undefined) continue;
      m.outcome = last.outcome;
      if (last.outcomeText !== undefined) m.outcomeText = last.outcomeText;
    }
  }

  /** `until`: where the words of a pair's motion end (the next pair), given only for pairs. */
  private seconded(seconder: RegExpExecArray, s: { text: string; from: number }, u: ProseUnit, i: number, until?: number, head?: string): void {
    const { ctx, mp, words } = this;
    if (!this.open || this.open.motion.seconder) {
      this.finish();
      this.open = draft(u, i);
      // "Mara: can we move to a private doc?" then "Seconded by Mark, agreed": the speaker before moved it.
      if (s.from === 0 && seconder.index === 0) this.spokenBefore(this.open, i);
    }
    const open = this.open;
    open.motion.seconder = moverOf(seconder[1]!, u, MotionReader.at(s, seconder), s.text, ctx, mp.name);
    open.lastUnit = i;
    read(open, s, i);
    // "Seconded by Y and unanimously agreed", "Proposed by X, seconded by Y, carried nem con": the outcome in the same sentence.
    const rawTail = s.text.slice(seconder.index + seconder[0].length, until);
    const tail = rawTail.replace(/^[\s,;:–—-]+/, '');
    const o = mp.outcomeSentence.test(tail) ? mp.outcomeWord.exec(tail) : null;
    const counts = o ? readCounts(tail, u, s.from + s.text.length - tail.length, ctx.loc, words) : undefined;
    if (counts) open.motion.counts.push(counts);
    if (o) {
      open.motion.outcomeText = o[1]!;
      open.motion.outcome = outcomeOf(o[1]!, words);
      this.finish();
      return;
    }
    // "Proposed X, seconded Y application be recommended for approval": what was moved follows the pair.
    const what = head !== undefined && head.split(/\s+/).length >= 2 ? head : clean(tail);
    if (until !== undefined && !open.motion.text && what.split(/\s+/).length >= 2) open.motion.text = what;
  }

  /** The speaker of the unit before, when that unit puts something to the meeting ("Mara: … can we …?"). */
  private spokenBefore(open: Draft, i: number): void {
    const prev = this.ctx.units[i - 1];
    if (!prev || prev.kind !== 'para') return;
    const m = SPEAKER.exec(prev.text);
    if (!m || !this.resolvable(m[1]!)) return;
    open.motion.mover = named(m[1]!, prev, 0, this.ctx.index, this.ctx.loc);
    open.motion.text = prev.text.slice(m[0].length).replace(/\s+/g, ' ').trim();
    open.firstUnit = i - 1;
  }

  /**
   * "Mark: Proposal - let's create a new marker team": a draft moved by the speaker; it becomes a
   * motion only when an outcome or a line of consent follows (finish drops it otherwise).
   */
  private proposal(u: ProseUnit, i: number): void {
    if (u.kind !== 'para') return;
    const m = this.mp.speakerProposal.exec(u.text);
    if (!m || !this.resolvable(m[1]!)) return;
    const open = (this.open = draft(u, i));
    open.motion.mover = named(m[1]!, u, 0, this.ctx.index, this.ctx.loc);
    open.motion.text = m[2]!.split('\n')[0]!.trim();
    open.proposal = true;
  }

  /**
   * A speaker label names the mover only when it resolves to someone of the meeting, or the
   * meeting lists nobody (nothing to check it against, so no rule reports it).
   */
  private resolvable(written: string): boolean {
    const r = this.ctx.index.resolve(cleanMention(written));
    return r.kind === 'one' || (r.kind === 'none' && this.ctx.index.people.length === 0);
  }

  /**
   * "Again Bethany moved and …": a capital word before a name is not part of it when the whole
   * resolves to nobody and the name alone resolves, or moved or seconded a motion before.
   */
  private leadTrimmed(written: string): string {
    const rest = written.replace(/^\S+\s+/, '');
    if (rest === written) return written;
    const { index } = this.ctx;
    if (index.resolve(cleanMention(written)).kind !== 'none') return written;
    if (index.resolve(cleanMention(rest)).kind !== 'none') return rest;
    const before = [...this.out, ...(this.open ? [this.open.motion] : [])].flatMap((m) => [m.mover?.written, m.seconder?.written]);
    return before.some((w) => w !== undefined && w.toLowerCase() === rest.toLowerCase()) ? rest : written;
  }

  private bareTitle(written: string): boolean {
    return this.words.titleKeys.has(written.trim().replace(/\.$/, '').toLowerCase());
  }

  /** A short unit that opens with consent and no speaker: the meeting's answer to the open motion. */
  private consented(text: string): boolean {
    const open = this.open;
    if (!open?.motion.mover || SPEAKER.test(text)) return false;
    return this.mp.consent.test(text) && text.trim().split(/\s+/).length <= CONSENT_WORDS;
  }
}

export function readMotions(ctx: MotionContext): Motion[] {
  return new MotionReader(ctx).read();
}

/** The motion took this sentence: what stands after it in the unit is said of something else, or of it. */
function read(open: Draft, s: { text: string; from: number }, i: number): void {
  open.readUnit = i;
  open.readEnd = s.from + s.text.length;
}

function draft(u: ProseUnit, i: number): Draft {
  const motion: Motion = { certain: true, counts: [], span: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } }, source: 'prose' };
  if (u.item !== undefined) motion.item = u.item;
  return { motion, firstUnit: i, lastUnit: i, closed: false };
}

/** "Moved by him": the person the sentence before began with. */
function moverOf(written: string, u: ProseUnit, from: number, sentence: string, ctx: MotionContext, name: string): NamedPerson {
  if (new RegExp(`^${PRONOUN}$`, 'i').test(written)) {
    const before = u.text.slice(0, Math.max(0, u.text.indexOf(sentence)));
    const lead = new RegExp(`^(${name})`, 'u').exec(sentences(before).pop()?.text ?? '');
    if (lead) {
      // The summary names the person the minutes named, where "him" stands.
      const n = named(lead[1]!, u, u.text.indexOf(lead[1]!), ctx.index, ctx.loc);
      return { ...n, span: named(written, u, from, ctx.index, ctx.loc).span };
    }
  }
  return named(written, u, from, ctx.index, ctx.loc);
}

function withList(text: string, u: ProseUnit, source: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (!/:\s*$/.test(t) || !u.introduces) return t;
  return `${t} ${joinItems(listItemsText(u.introduces as List, source))}`;
}

export function outcomeOf(word: string, words: Patterns = patternsOf()): MotionOutcome {
  const w = word.trim();
  if (words.outcomeLost.test(w)) return 'lost';
  if (words.outcomeWithdrawn.test(w)) return 'withdrawn';
  if (words.outcomeDeferred.test(w)) return 'deferred';
  return 'carried';
}

export function readCounts(text: string, u: ProseUnit, from: number, loc: Locator, words: Patterns = patternsOf()): MotionCounts | undefined {
  const c: Partial<MotionCounts> = {};
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`\\bby\\s+${NUM}\\s+votes?\\s+to\\s+${NUM}\\b`, 'i').exec(text))) {
    c.for = num(m[1]!);
    c.against = num(m[2]!);
  } else if ((m = scoreOf(words).exec(text))) {
    c.for = num(m[1]!);
    c.against = num(m[2]!);
  } else {
    // "5 in favour, 1 against", "five in favour, one opposed, no abstentions".
    const side = sidesOf(words);
    if ((m = side.for.exec(text))) c.for = num(m[1]!);
    if ((m = side.against.exec(text))) c.against = num(m[1]!);
  }
  if ((m = sidesOf(words).abstain.exec(text))) c.abstain = num(m[1]!);
  if (words.unanimous.test(text)) c.unanimous = true;
  if (words.nemCon.test(text)) c.nemCon = true;
  if (Object.keys(c).length === 0) return undefined;
  const start = u.block.offset(from, 1) ?? u.start;
  return { ...c, span: loc.span(start, start + text.length) };
}

/** A number before a side of the vote: "5 in favour", "one opposed", "no abstentions". */
const SIDES = new WeakMap<Patterns, { for: RegExp; against: RegExp; abstain: RegExp }>();
function sidesOf(words: Patterns): { for: RegExp; against: RegExp; abstain: RegExp } {
  let s = SIDES.get(words);
  if (!s) {
    const v = words.vocabulary;
    const side = (f: readonly string[]) => new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?${alternatives(f)}\\b`, 'i');
    s = { for: side(v.vote_for), against: side(v.vote_against), abstain: side(v.vote_abstain) };
    SIDES.set(words, s);
  }
  return s;
}

/** "carried 4–1", "lost by 2-5": an outcome word and a score. */
const SCORE = new WeakMap<Patterns, RegExp>();
function scoreOf(words: Patterns): RegExp {
  let re = SCORE.get(words);
  if (!re) {
    re = new RegExp(`\\b${words.outcome}\\s+(?:by\\s+)?(\\d+)\\s*[-–—:]\\s*(\\d+)\\b`, 'i');
    SCORE.set(words, re);
  }
  return re;
}

/** One row of a motions table: Moved / Seconded / Status, or an online vote with its outcome. */
function tableMotion(u: ProseUnit, ctx: MotionContext, words: Patterns): Motion | undefined {
  const h = u.header ?? [];
  const col = (re: RegExp) => h.findIndex((x) => re.test(x));
  const moved = col(/\b(?:moved|proposed|mover|proposer)\b/);
  const seconded = col(/\bseconde[dr]\b/);
  const outcome = col(/\b(?:status|result|outcome|decision|carried)\b/);
  const text = col(/\b(?:motion|resolution|text|description)\b/);
  if (outcome < 0 || text < 0 || (moved < 0 && !h.some((x) => /\bmotion\b/.test(x)))) return undefined;
  const cells = u.cells ?? [];
  const m: Motion = { certain: true, counts: [], span: ctx.loc.span(u.start, u.end), source: 'table', text: cells[text] ?? '' };
  if (u.item !== undefined) m.item = u.item;
  const cellPerson = (i: number): NamedPerson | undefined => {
    const w = cells[i]?.trim();
    if (!w) return undefined;
    const b = u.cellBlocks![i]!;
    const lead = b.text.indexOf(w);
    const start = b.offset(lead, w.length) ?? u.start;
    const n = named(w, { ...u, block: b }, lead, ctx.index, ctx.loc);
    return { ...n, span: ctx.loc.span(start, start + w.length) };
  };
  if (moved >= 0) {
    const p = cellPerson(moved);
    if (p) m.mover = p;
  } else m.offline = true;
  if (seconded >= 0) {
    const p = cellPerson(seconded);
    if (p) m.seconder = p;
  }
  const o = cells[outcome] ?? '';
  const word = motionPatterns(words).outcomeWord.exec(o);
  if (word) {
    m.outcomeText = word[1]!;
    m.outcome = outcomeOf(word[1]!, words);
  }
  const b = u.cellBlocks![outcome]!;
  const counts = readCounts(o, { ...u, block: b }, b.text.indexOf(o), ctx.loc, words);
  if (counts) m.counts.push(counts);
  return m;
}

/**
 * "A vote was taken which resulted as follows: For Councillor Sheahan … (11) For Councillor
 * Quinlivan … (7)": each competing motion gets the count of the candidate its words name; the
 * largest carried, the others lost. A declaration that follows ("declared … elected") closes it.
 */
function readVote(i: number, pending: Draft[], ctx: MotionContext): number {
  const { units } = ctx;
  const tally: Array<{ candidate: string; count: number; unit: number }> = [];
  let candidate: string | undefined;
  let j = i + 1;
  for (; j < units.length; j++) {
    const u = units[j]!;
    if (u.kind !== 'para') break;
    const forWho = /^For\s+(.+?)\s*:?$/.exec(u.text.trim());
    const count = /\((\d+)\)\s*\.?$/.exec(u.text.trim());
    if (forWho) candidate = forWho[1]!;
    else if (count && candidate) tally.push({ candidate, count: Number(count[1]), unit: j });
    else break;
  }
  let end = j - 1;
  if (units[j] && /\bdeclared\b.*\belected\b/i.test(units[j]!.text)) end = j;
  if (tally.length === 0) return i;
  const surname = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();
  const best = Math.max(...tally.map((t) => t.count));
  for (const d of pending) {
    const t = tally.find((x) => (d.motion.text ?? '').toLowerCase().includes(surname(x.candidate)));
    if (!t) continue;
    const u = units[t.unit]!;
    d.motion.counts.push({ for: t.count, span: ctx.loc.span(u.start, u.end) });
    d.motion.outcome = t.count === best ? 'carried' : 'lost';
    d.motion.outcomeText = t.count === best ? 'elected' : 'not elected';
    if (t.count === best) d.motion.span = ctx.loc.span(d.motion.span.start.offset, units[end]!.end);
  }
  return end;
}

/** "5 for, 1 against, 2 abstaining", "unanimous": a count as summaries and messages show it. */
export function describeCounts(c: MotionCounts): string {
  const parts: string[] = [];
  if (c.for !== undefined) parts.push(`${c.for} for`);
  if (c.against !== undefined) parts.push(`${c.against} against`);
  if (c.abstain !== undefined) parts.push(`${c.abstain} abstaining`);
  if (c.unanimous) parts.push('unanimous');
  if (c.nemCon) parts.push('nem con');
  return parts.join(', ');
}

/** Mover, seconder and result of a motion for summaries, names as the minutes wrote them. */
export function motionFacts(m: Motion): { mover?: string; seconder?: string; result?: string } {
  const out: { mover?: string; seconder?: string; result?: string } = {};
  if (m.mover) out.mover = m.mover.written;
  if (m.seconder) out.seconder = m.seconder.written;
  const outcome = m.outcome === 'implied' ? undefined : (m.outcomeText ?? m.outcome)?.toLowerCase();
  const result = [outcome, ...m.counts.map(describeCounts)].filter(Boolean).join(', ');
  if (result) out.result = result;
  return out;
}
