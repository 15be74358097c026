/**
 * Polls: a question put to the meeting without a mover, answered by a tally on a scale or by
 * consent. "POLL for phase 3:" then "SF: 9", "F: 18", "N: 2", "A: 0", "SA: 0" (in its own lines
 * or a list below it); "Consensus poll: any objections to phase 1?" then "No objections, poll
 * passes."; "POLL again:" then "No objections." (the last poll left without an answer is put again);
 * a question followed by its own line of consent that says so ("<no objections raised, consensus
 * is unanimous>"). A poll announced and never answered (an agenda's "Poll: …") is no motion, nor
 * is a consent one speaker gives ("AR: no objections, but …"). The words are the vocabulary's
 * (`poll`, `poll_for`, `poll_neutral`, `poll_against`, `consent`).
 */
import type { Locator } from '../../parse/locate.js';
import { alternatives, type Patterns } from '../../vocabulary/patterns.js';
import type { ProseUnit } from '../prose-units.js';
import type { PersonIndex } from '../person-match.js';
import { named } from '../named.js';
import type { Motion, MotionCounts } from '../types.js';
import { memoiseOn } from '../../util/memo.js';

export interface PollContext {
  units: readonly ProseUnit[];
  loc: Locator;
  words: Patterns;
  /** Source ranges already read as motions. */
  taken: ReadonlyArray<[number, number]>;
  /** The meeting's people: the member who puts a question to the meeting moved it. */
  index?: PersonIndex;
}

interface PollPatterns {
  /** A unit that puts a poll: the word, then what is polled. */
  opens: RegExp;
  /** A tally line: a word of the scale, then its count. */
  tally: RegExp;
  forWord: RegExp;
  neutralWord: RegExp;
  againstWord: RegExp;
  /** A unit that opens with consent. */
  consent: RegExp;
  /** Words that make a line of consent an answer on its own (a poll, unanimity). */
  answer: RegExp;
}

const pollPatterns = memoiseOn((w: Patterns): PollPatterns => {
  const v = w.vocabulary;
  const scale = alternatives([...v.poll_for, ...v.poll_neutral, ...v.poll_against]);
  return {
    opens: new RegExp(`(?<![\\p{L}])${alternatives(v.poll)}(?![\\p{L}])`, 'iu'),
    tally: new RegExp(`^[\\s*+-]*(${scale})\\s*[:=]\\s*(\\d+)\\s*$`, 'iu'),
    forWord: new RegExp(`^${alternatives(v.poll_for)}$`, 'i'),
    neutralWord: new RegExp(`^${alternatives(v.poll_neutral)}$`, 'i'),
    againstWord: new RegExp(`^${alternatives(v.poll_against)}$`, 'i'),
    consent: new RegExp(`^[\\s\\p{P}\\p{S}]*${alternatives(v.consent)}(?![\\p{L}])`, 'iu'),
    answer: new RegExp(`(?<![\\p{L}])(?:${alternatives(v.poll)}|${alternatives(v.vote_unanimous)})(?![\\p{L}])`, 'iu'),
  };
});

/** "AR: …", "SC + DS: …": a line the notes give to one speaker or two. */
const SPEAKER = /^\s*\p{Lu}[\p{L}.'’-]{0,20}(?:\s*[+&/,]\s*\p{Lu}[\p{L}.'’-]{0,20})*:\s/u;
/** The speaker label opening a line, unless the label is the poll itself ("POLL: …"). */
function speaker(line: string, p: PollPatterns): string | undefined {
  const m = SPEAKER.exec(line);
  return m && !p.opens.test(m[0]) ? m[0] : undefined;
}
/** More units than this between a poll and its answer, and the poll was left unanswered. */
const REACH = 3;
/** A line of consent longer than this is discussion, not the meeting's answer. */
const CONSENT_WORDS = 12;

export function readPolls(ctx: PollContext): Motion[] {
  const p = pollPatterns(ctx.words);
  const { units } = ctx;
  const out: Motion[] = [];
  const taken = (u: ProseUnit) => ctx.taken.some(([a, b]) => u.start < b && u.end > a);
  /** The last poll put without an answer: "POLL again" puts it again. */
  let unanswered: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'para' || taken(u)) continue;
    const opens = p.opens.test(u.text);
    const counts = opens ? tallyFrom(units, i, p, ctx.loc) : undefined;
    if (counts) {
      out.push(poll(u, units[counts.last]!, whatIsPolled(u.text, p, unanswered), ctx, { counts: counts.counts, outcome: 'implied' }));
      unanswered = undefined;
      i = counts.last;
      continue;
    }
    const answer = consentAfter(units, i, p, opens);
    if (answer !== undefined) {
      const m = poll(u, units[answer]!, whatIsPolled(u.text, p, unanswered), ctx, { counts: [], outcome: 'carried', outcomeText: consentText(units[answer]!.text, p) });
      // "AR: … can we just merge it?" answered "<no objections raised, consensus is unanimous>": a
      // member's question, not a poll the chair calls, so AR moved it (when AR is someone of the meeting).
      const asker = opens ? undefined : askedBy(u, p, ctx);
      if (asker) m.mover = asker;
      out.push(m);
      unanswered = undefined;
      i = answer;
      continue;
    }
    if (opens && speaker(u.text, p) === undefined) unanswered = whatIsPolled(u.text, p, undefined);
  }
  return out;
}

/** The speaker of the line that asks, as a person of the meeting. */
function askedBy(u: ProseUnit, p: PollPatterns, ctx: PollContext): Motion['mover'] {
  if (!ctx.index) return undefined;
  let at = 0;
  let who: { label: string; at: number } | undefined;
  for (const line of u.text.split('\n')) {
    const label = speaker(line, p);
    if (line.includes('?') && label !== undefined) who = { label: label.replace(/:\s*$/, '').trim(), at };
    at += line.length + 1;
  }
  if (!who || ctx.index.resolve(who.label).kind !== 'one') return undefined;
  return named(who.label, u, who.at + u.text.slice(who.at).indexOf(who.label), ctx.index, ctx.loc);
}

function poll(first: ProseUnit, last: ProseUnit, text: string, ctx: PollContext, result: Pick<Motion, 'counts' | 'outcome' | 'outcomeText'>): Motion {
  const m: Motion = { certain: true, source: 'poll', span: ctx.loc.span(first.start, last.end), ...result };
  if (result.outcomeText === undefined) delete m.outcomeText;
  if (text !== '') m.text = text;
  if (first.item !== undefined) m.item = first.item;
  return m;
}

/**
 * What a poll puts, as written: the line that names the poll (or, for a question, its last line
 * that asks), without its speaker and closing colon; "POLL again" names the last poll put.
 */
function whatIsPolled(text: string, p: PollPatterns, unanswered: string | undefined): string {
  const lines = text.split('\n').map((l) => l.slice(speaker(l, p)?.length ?? 0).replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const line = lines.find((l) => p.opens.test(l)) ?? lines.filter((l) => l.includes('?')).at(-1) ?? lines[0] ?? '';
  const bare = line.replace(p.opens, '').replace(/^[\s:*–—-]+/, '');
  if (/^again\b/i.test(bare) && unanswered !== undefined) return unanswered;
  return line.replace(/[\s:]+$/, '');
}

/**
 * The tally of a poll: lines of its own unit after the first ("POLL for phase 3:⏎SF: 9⏎F: 18 …"),
 * else a table under it (|SF|F|N|A|SA| over a row of counts), else the units that follow it
 * ("SF: 21" as list entries). A tally has at least three words of
 * the scale, one for and one against.
 */
function tallyFrom(units: readonly ProseUnit[], i: number, p: PollPatterns, loc: Locator): { counts: MotionCounts[]; last: number } | undefined {
  const own = units[i]!.text.split('\n').slice(1);
  let lines = own.filter((l) => l.trim() !== '');
  let last = i;
  const row = units[i + 1];
  if (lines.length === 0 && row?.kind === 'row' && row.header && row.cells) {
    // |SF|F|N|A|SA| over one row of counts.
    const cells = row.cells;
    lines = row.header.map((h, k) => `${h}: ${cells[k] ?? ''}`);
    if (lines.every((l) => p.tally.test(l))) last = i + 1;
    else lines = [];
  } else if (lines.length === 0) {
    for (let j = i + 1; j < units.length && units[j]!.kind === 'para' && p.tally.test(units[j]!.text.trim()); j++) {
      lines.push(units[j]!.text.trim());
      last = j;
    }
  } else if (!lines.every((l) => p.tally.test(l.trim()))) lines = [];
  const found = lines.map((l) => p.tally.exec(l.trim())!).map((m) => ({ word: m[1]!, n: Number(m[2]) }));
  const kinds = new Set(found.map((f) => f.word.toUpperCase()));
  if (kinds.size < 3 || !found.some((f) => p.forWord.test(f.word)) || !found.some((f) => p.againstWord.test(f.word))) return undefined;
  const sum = (re: RegExp) => found.filter((f) => re.test(f.word)).reduce((n, f) => n + f.n, 0);
  const counts: MotionCounts = { for: sum(p.forWord), against: sum(p.againstWord), abstain: sum(p.neutralWord), span: loc.span(units[i]!.start, units[last]!.end) };
  return { counts: [counts], last };
}

/**
 * The unit that answers the poll or question at `i` with consent, if one of the next few does: a
 * short line of consent no speaker gives. After a question that names no poll, the line must say
 * it is the meeting's answer ("consensus is unanimous", "poll passes").
 */
function consentAfter(units: readonly ProseUnit[], i: number, p: PollPatterns, opens: boolean): number | undefined {
  const u = units[i]!;
  if (!opens && !/\?/.test(u.text)) return undefined;
  const reach = opens ? REACH : 1;
  for (let j = i + 1; j <= i + reach && j < units.length; j++) {
    const c = units[j]!;
    if (c.kind !== 'para') return undefined;
    const text = c.text.trim();
    if (p.consent.test(text) && speaker(text, p) === undefined && text.split(/\s+/).length <= CONSENT_WORDS && (opens || p.answer.test(text))) return j;
    if (p.opens.test(c.text)) return undefined;
  }
  return undefined;
}

function consentText(text: string, p: PollPatterns): string {
  return (p.consent.exec(text.trim())?.[0] ?? text).replace(/^[\s\p{P}\p{S}]+/u, '').trim();
}
