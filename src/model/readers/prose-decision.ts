/**
 * Decisions written in prose (NATURAL §3). A sentence is a decision when the committee is its
 * subject ("The committee authorises…", "The meeting agreed…", "We … and agreed that…"), when it is
 * impersonal ("It was agreed…", "Agreed to…", "Decided that…", "RESOLVED that…", "Consensus is
 * that…", "This item was deferred…"), or when it records an election ("elected unopposed", "by
 * acclamation", "declared … elected"). Another party's verbs ("The DCC noted that…", "The Panel
 * had decided…") are discussion. "Noted" alone is not a decision in prose: minutes note many
 * things; the bold NOTED of format v1 still is one.
 */
import type { List } from 'mdast';
import type { Locator } from '../../parse/locate.js';
import { joinItems, listItemsText, sentences, sourceRange, type ProseUnit } from '../prose-units.js';
import type { Decision } from '../types.js';
import { patternsOf, type Patterns } from '../../vocabulary/patterns.js';
import { memoiseFor } from '../../util/memo.js';

export interface ProseDecisionOptions {
  committee?: string;
  code?: string;
  /** The vocabulary's patterns: its decision verbs and subjects (the configuration's included). */
  words: Patterns;
}

const ADVERBS = `(?:(?:also|then|further|therefore|hence|thus|generally|${patternsOf().vocabulary.vote_unanimous.join('|')}|formally|subsequently|finally|duly|accordingly|collectively)\\s+)*`;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface DecisionPatterns {
  subjectVerb: RegExp;
  rest: RegExp[];
  /**
   * A word one of the patterns above needs (a decision verb, an outcome, "consensus", "declared"…),
   * in both their case-insensitive modes: most sentences hold none, and are then not tried against
   * each pattern in turn.
   */
  needs: RegExp[];
}

/** The patterns of a vocabulary and committee, made once: every meeting of a series shares them. */
export function decisionPatterns(o: ProseDecisionOptions): DecisionPatterns {
  return MADE(o.words, JSON.stringify([o.committee ?? null, o.code ?? null]));
}

const MADE = memoiseFor((words: Patterns, key: string): DecisionPatterns => {
  const [committee, code] = JSON.parse(key) as [string | null, string | null];
  return makeDecisionPatterns({ words, ...(committee !== null ? { committee } : {}), ...(code !== null ? { code } : {}) });
}, 100);

function makeDecisionPatterns(o: ProseDecisionOptions): DecisionPatterns {
  const subjects = [...o.words.decisionSubjects, ...[o.committee, o.code].filter((s): s is string => !!s && s.trim() !== '').flatMap((s) => [s, `the ${s}`])].map((s) => esc(s.trim()).replace(/\s+/g, '\\s+'));
  const verbs = o.words.decisionVerbs;
  // The committee named as the agent of a passive: "by the exec", "by the committee" (not "by the county council": another body).
  const agent = `(?:the\\s+)?(?:${[...new Set(subjects.map((x) => x.replace(/^the\\s\+/i, '')))].join('|')})\\b`;
  return {
    // The subject opens the sentence, or follows a short lead-in ("Arising from this report, the committee agreed").
    subjectVerb: new RegExp(`^(?:[^,;:]{0,80},\\s*)?(?:${subjects.join('|')})\\s+${ADVERBS}(${verbs})\\b`, 'iu'),
    rest: [
      new RegExp(`\\bit\\s+(?:was|has\\s+been)\\s+${ADVERBS}(${verbs})\\b`, 'i'),
      // "The constitution was generally agreed to be acceptable", "… agreed by the society's exec": a passive whose agent, if named, is the committee.
      new RegExp(`^(?:the|this|these)\\s+[^,;:.]{1,60}?\\s+(?:was|were)\\s+${ADVERBS}(${verbs})\\b(?!\\s+(?:at|in)\\s+(?:the\\s+)?(?:last|previous)\\b)(?!\\s+by\\b(?!\\s+${agent}))`, 'iu'),
      // Anywhere in the sentence when the agent is the committee: "Subject to the above the budget was agreed by the exec".
      new RegExp(`\\b(?:the|this|these)\\s+[^,;:.]{1,60}?\\s+(?:was|were)\\s+${ADVERBS}(${verbs})\\s+by\\s+${agent}`, 'iu'),
      new RegExp(`^(?:Discussed\\b[^.]*?\\band\\s+)?(${verbs})\\b(?!\\s+by\\b)`, 'i'),
      new RegExp(`^(?:there\\s+was\\s+)?(?:(?:general|broad|full|${o.words.vocabulary.vote_unanimous.join('|')})\\s+)?(consensus|agreement)\\s+(?:is|was|that|to|on|for)\\b`, 'i'),
      /\b(elected\s+unopposed|re-?elected\s+unopposed|appointed\s+unopposed|by\s+acclamation)\b/i,
      /\b(declared)\b[^.]{1,100}?\b(?:elected|re-?elected|appointed)\b/i,
      new RegExp(`^(?:this|the)\\s+(?:item|matter|application|proposal|report|motion)\\s+was\\s+(${verbs}|${o.words.outcome})\\b`, 'i'),
      /^(?:there\s+(?:was|were)\s+)?(no\s+objections?)\b/i,
      new RegExp(`\\bwe\\b[^.]*?\\band\\s+(${verbs})\\b`, 'i'),
    ],
    needs: ['i', 'iu'].map((flags) => new RegExp(`(?:${verbs}|${o.words.outcome}|consensus|agreement|unopposed|acclamation|declared|objection)`, flags)),
  };
}

export interface ProseDecisionInput {
  units: readonly ProseUnit[];
  patterns: DecisionPatterns;
  loc: Locator;
  source: string;
  /** Source ranges already taken by marked decisions and motions. */
  taken: ReadonlyArray<[number, number]>;
}

export function readProseDecisions(input: ProseDecisionInput): Decision[] {
  const { units, patterns, loc } = input;
  const out: Decision[] = [];
  const isTaken = (u: ProseUnit) => input.taken.some(([a, b]) => u.start < b && u.end > a);
  for (const u of units) {
    if (u.kind !== 'para' || isTaken(u)) continue;
    for (const s of sentences(u.text)) {
      if (!patterns.needs.some((re) => re.test(s.text))) continue;
      // A label may open the sentence: "_Initial conditions_: Consensus is that…".
      const verb = match(s.text, patterns) ?? match(s.text.replace(/^[^.:;]{1,60}:\s+/, ''), patterns);
      if (verb === undefined) continue;
      let text = s.text.replace(/\s+/g, ' ');
      if (/:$/.test(text) && u.introduces) text = `${text} ${joinItems(listItemsText(u.introduces as List, input.source))}`;
      const [start, end] = sourceRange(u, s.from, s.text.length);
      const d: Decision = {
        verb,
        text,
        kind: 'prose',
        node: u.node as Decision['node'],
        span: loc.span(start, end),
        verbSpan: loc.span(start, start),
      };
      if (u.item !== undefined) d.item = u.item;
      out.push(d);
    }
  }
  return out;
}

function match(sentence: string, p: DecisionPatterns): string | undefined {
  const m = p.subjectVerb.exec(sentence);
  if (m) return m[1]!;
  for (const re of p.rest) {
    const r = re.exec(sentence);
    if (r) return r[1]!;
  }
  return undefined;
}
