/**
 * Motions as minutes record them (NATURAL §3): "Proposed by X; Seconded by Y", "X moved that …;
 * Y seconded", "These were moved as correct by X and Y", tables with Moved / Seconded / Status
 * columns, and online votes listed with their outcome. Each gets its mover, seconder, outcome
 * and counts; a run of competing motions followed by a named vote gets the vote's counts.
 */
import type { List } from 'mdast';
import type { Locator } from '../../parse/locate.js';
import { PRONOUN, named, nameSource } from '../named.js';
import { patternsOf, phraseSource, type Patterns } from '../../vocabulary/patterns.js';
import type { PersonIndex } from '../person-match.js';
import { joinItems, listItemsText, sentences, type ProseUnit } from '../prose-units.js';
import type { Motion, MotionCounts, MotionOutcome, NamedPerson } from '../types.js';

/** The motion patterns of a vocabulary, built once for each. */
interface MotionPatterns {
  movedBy: RegExp;
  secondedBy: RegExp;
  xMoved: RegExp;
  xSeconded: RegExp;
  asCorrect: RegExp;
  thatClause: RegExp;
  outcomeWord: RegExp;
  outcomeSentence: RegExp;
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
  mp = {
    name,
    movedBy: new RegExp(`\\b(?:${capitalisable(moved)})\\s+by\\s+${who}`, 'u'),
    secondedBy: new RegExp(`\\b(?:${capitalisable(seconded)})\\s+by\\s+${who}`, 'u'),
    xMoved: new RegExp(`^(${name})\\s+(?:formally\\s+)?(?:${moved})\\s+(?:that|to|the)\\b`, 'u'),
    xSeconded: new RegExp(`^(${name})\\s+(?:${seconded})\\b`, 'u'),
    asCorrect: new RegExp(`\\b(?:${moved}|${list(w.vocabulary.outcome_carried)})\\s+as\\s+(?:a\\s+)?(?:correct|true|accurate)(?:\\s+record)?\\s+by\\s+(${name})\\s+and\\s+(${name})`, 'u'),
    thatClause: new RegExp(`\\b(?:${moved})\\b.*?\\bthat\\s+(.+)$`, 'isu'),
    outcomeWord: new RegExp(`\\b(${outcome})\\b`, 'i'),
    // A sentence that records an outcome: it starts with the outcome, or speaks of the motion or the vote.
    outcomeSentence: new RegExp(`^(?:(?:the\\s+)?(?:motion|resolution|proposal)\\s+(?:was\\s+)?)?(?:${list(w.vocabulary.vote_unanimous)}\\s+)?${outcome}\\b|\\b(?:motion|resolution|vote)\\b|\\b(?:and|was|were)\\s+(?:${list(w.vocabulary.vote_unanimous)}\\s+)?${outcome}\\b|\\b${outcome}\\s+(?:${list(w.vocabulary.vote_unanimous)}|${list(w.vocabulary.vote_nem_con)})`, 'iu'),
  };
  MOTION_PATTERNS.set(w, mp);
  return mp;
}
/** What `asCorrect` cannot match without. */
const CORRECT_WORD = /correct|true|accurate/;
const VOTE_BLOCK = /\b(?:a\s+vote\s+was\s+taken|votes?\s+(?:was|were)\s+(?:taken|cast)|resulted\s+as\s+follows)\b/i;
const MOTION_INTRO = /\bmotion\b[^:]*:\s*(.+)$/isu;

const NUMBER_WORDS: Record<string, number> = { no: 0, none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
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
    if (m.seconder || m.outcome || m.counts.length > 0) {
      this.out.push(m);
      if (!m.outcome) this.pending.push(open);
    }
    this.open = undefined;
  }

  read(): Motion[] {
    const { units } = this.ctx;
    for (let i = 0; i < units.length; i++) i = this.unit(i);
    this.finish();
    return this.out;
  }

  /** Reads the unit at `i`; returns the index of the last unit read (a named vote reads several). */
  private unit(i: number): number {
    const ctx = this.ctx;
    const u = ctx.units[i]!;
    if (u.kind === 'heading' || u.section) {
      this.finish();
      this.pending = [];
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
    const mover = mp.movedBy.exec(s.text) ?? mp.xMoved.exec(s.text);
    const seconder = mp.secondedBy.exec(s.text) ?? mp.xSeconded.exec(s.text);
    if (mover) this.moved(mover, s, u, i);
    if (seconder) this.seconded(seconder, s, u, i);
    const open = this.open;
    if (mover || seconder || !open) return;
    // After the mover: the motion's words, its counts and its outcome.
    open.lastUnit = i;
    if (!open.motion.text && /^["“]?\s*That\b/.test(s.text)) {
      open.motion.text = s.text.replace(/^["“]\s*|["”.]+$/g, '').trim();
      return;
    }
    const counts = readCounts(s.text, u, s.from, this.ctx.loc, this.words);
    if (counts) open.motion.counts.push(counts);
    const o = mp.outcomeSentence.test(s.text) ? mp.outcomeWord.exec(s.text) : null;
    if (o) {
      open.motion.outcomeText = o[1]!;
      open.motion.outcome = outcomeOf(o[1]!, this.words);
      this.finish();
    }
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
    // "It was agreed to go ahead with the project as proposed by X and seconded by Y": the outcome
    // stands before the mover, in the same sentence.
    const head = s.text.slice(0, mover.index);
    const before = /\bas\s*$/i.test(head) && mp.outcomeSentence.test(head) ? mp.outcomeWord.exec(head) : null;
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
  private seconded(seconder: RegExpExecArray, s: { text: string; from: number }, u: ProseUnit, i: number): void {
    const { ctx, mp, words } = this;
    if (!this.open || this.open.motion.seconder) {
      this.finish();
      this.open = draft(u, i);
    }
    const open = this.open;
    open.motion.seconder = moverOf(seconder[1]!, u, MotionReader.at(s, seconder), s.text, ctx, mp.name);
    open.lastUnit = i;
    // "Seconded by Y and unanimously agreed", "Proposed by X, seconded by Y, carried nem con": the outcome in the same sentence.
    const rawTail = s.text.slice(seconder.index + seconder[0].length);
    const tail = rawTail.replace(/^[\s,;:–—-]+/, '');
    const o = mp.outcomeSentence.test(tail) ? mp.outcomeWord.exec(tail) : null;
    const counts = o ? readCounts(tail, u, s.from + s.text.length - tail.length, ctx.loc, words) : undefined;
    if (counts) open.motion.counts.push(counts);
    if (o) {
      open.motion.outcomeText = o[1]!;
      open.motion.outcome = outcomeOf(o[1]!, words);
      this.finish();
    }
  }
}

export function readMotions(ctx: MotionContext): Motion[] {
  return new MotionReader(ctx).read();
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
    if ((m = new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?(?:in\\s+favou?r|for)\\b`, 'i').exec(text))) c.for = num(m[1]!);
    if ((m = new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?against\\b`, 'i').exec(text))) c.against = num(m[1]!);
  }
  if ((m = new RegExp(`\\b${NUM}\\s+(?:abstentions?|abstained|abstaining|abstain)\\b`, 'i').exec(text))) c.abstain = num(m[1]!);
  if (words.unanimous.test(text)) c.unanimous = true;
  if (words.nemCon.test(text)) c.nemCon = true;
  if (Object.keys(c).length === 0) return undefined;
  const start = u.block.offset(from, 1) ?? u.start;
  return { ...c, span: loc.span(start, start + text.length) };
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
