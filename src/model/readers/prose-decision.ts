/**
 * Decisions written in prose (NATURAL §3). A sentence is a decision when the committee is its
 * subject ("The committee authorises…", "The meeting agreed…", "We … and agreed that…"), when it is
 * impersonal ("It was agreed…", "Agreed to…", "Decided that…", "RESOLVED that…", "Consensus is
 * that…", "This item was deferred…", "With no objections, motion passes"), when it records an
 * election ("elected unopposed", "by acclamation", "declared … elected"), or when a phrase of the
 * vocabulary records one wherever it stands ("… - pass for payment"). A line may be labelled a
 * decision ("Decision: …", "**Conclusion**: …", the entries under "### Consented Decisions"), and a
 * line of consent ("No objections.") decides the proposal or question it answers.
 *
 * Another party's verbs ("The DCC noted that…", "The Panel had decided…") are discussion, and so is
 * a participant's own stance in notes by speaker ("Jack: No objections to that", "TL: Agreement on
 * the types is the bar"): only the meeting's decision counts, not one voice in it. A decision of an
 * earlier meeting ("Decided last meeting to …") is reported, not taken. "Noted" alone is not a
 * decision in prose: minutes note many things; the bold NOTED of format v1 still is one.
 */
import type { Heading, List, ListItem, Node, Parent, Root } from 'mdast';
import type { Locator } from '../../parse/locate.js';
import { joinItems, listItemsText, sentences, sourceRange, type ProseUnit } from '../prose-units.js';
import type { Decision, Motion } from '../types.js';
import { alternatives, patternsOf, sectionTitle, type Patterns } from '../../vocabulary/patterns.js';
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
  /** Impersonal forms the meeting's record uses; a speaker's line may use them too ("To summarise, it was agreed …"). */
  rest: RegExp[];
  /** Forms that, on a speaker's line, are that speaker's own stance ("No objections to …", "Agreement on …", "Agreed; …"). */
  stance: RegExp[];
  /** "Decision: …", "**Conclusion** - …": the label and what follows it. */
  label: RegExp;
  /** A heading's title that makes the entries under it decisions ("Consented Decisions"). */
  section: RegExp;
  /** A line that opens with consent ("No objections.", "No objections raised, approved."), and what follows the consent. */
  consent: RegExp;
  /** What makes a line a proposal that consent below it decides. */
  proposal: RegExp;
  /** A line giving the result of a vote put in the line above it ("Preference for …"). */
  voteResult: RegExp;
  vote: RegExp;
  /** A bare yes after a question put to the meeting ("Can we close this PR? YES"). */
  yes: RegExp;
  /**
   * A word one of the sentence patterns needs (a decision verb, an outcome, "consensus", "declared",
   * a question mark…), in both their case-insensitive modes: most sentences hold none, and are then
   * not tried against each pattern in turn.
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
  const v = o.words.vocabulary;
  const subjects = [...o.words.decisionSubjects, ...[o.committee, o.code].filter((s): s is string => !!s && s.trim() !== '').flatMap((s) => [s, `the ${s}`])].map((s) => esc(s.trim()).replace(/\s+/g, '\\s+'));
  const verbs = o.words.decisionVerbs;
  // The committee named as the agent of a passive: "by the exec", "by the committee" (not "by the county council": another body).
  const agent = `(?:the\\s+)?(?:${[...new Set(subjects.map((x) => x.replace(/^the\\s\+/i, '')))].join('|')})\\b`;
  // Without its "the", a subject is the meeting's only in the present tense ("To summarize, council approves …");
  // "… board approved the new template" reports another body's decision.
  const bare = subjects.filter((s) => /^the\\s\+/i.test(s)).map((s) => s.replace(/^the\\s\+/i, ''));
  const present = alternatives(v.decision_verbs.filter((w) => /s$/.test(w)));
  const carried = alternatives([...v.outcome_carried, ...v.outcome_carried_present]);
  const p: DecisionPatterns = {
    // The subject opens the sentence, or follows a short lead-in ("Arising from this report, the committee agreed"); "the" may be left out ("To summarize, council approves …").
    subjectVerb: new RegExp(`^(?:[^,;:]{0,80},\\s*)?(?:(?:${subjects.join('|')})\\s+${ADVERBS}(${verbs})|(?:${bare.join('|')})\\s+${ADVERBS}(${present}))\\b`, 'iu'),
    rest: [
      new RegExp(`\\bit\\s+(?:was|has\\s+been)\\s+${ADVERBS}(${verbs})\\b`, 'i'),
      // "The constitution was generally agreed to be acceptable", "… agreed by the society's exec": a passive whose agent, if named, is the committee.
      new RegExp(`^(?:the|this|these)\\s+[^,;:.]{1,60}?\\s+(?:was|were)\\s+${ADVERBS}(${verbs})\\b(?!\\s+(?:at|in)\\s+(?:the\\s+)?(?:last|previous)\\b)(?!\\s+by\\b(?!\\s+${agent}))`, 'iu'),
      // Anywhere in the sentence when the agent is the committee: "Subject to the above the budget was agreed by the exec".
      new RegExp(`\\b(?:the|this|these)\\s+[^,;:.]{1,60}?\\s+(?:was|were)\\s+${ADVERBS}(${verbs})\\s+by\\s+${agent}`, 'iu'),
      /\b(elected\s+unopposed|re-?elected\s+unopposed|appointed\s+unopposed|by\s+acclamation)\b/i,
      /\b(declared)\b[^.]{1,100}?\b(?:elected|re-?elected|appointed)\b/i,
      new RegExp(`^(?:this|the)\\s+(?:item|matter|application|proposal|report|motion)\\s+was\\s+(${verbs}|${o.words.outcome})\\b`, 'i'),
      // "With no objections, motion passes", "The proposal is accepted": an outcome said of the motion, in any tense.
      new RegExp(`^(?:[^,;:]{0,80},\\s*)?(?:the\\s+)?(?:${alternatives(v.decision_proposals)}|${alternatives(v.poll)}|resolution)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?${ADVERBS}(${carried})\\b`, 'iu'),
      // "… - pass for payment", "… but “consensus yes”, ready to move on"; not "no consensus was reached".
      new RegExp(`(?<!\\b(?:no|not|without)\\s+["“”']?)(?<![\\p{L}])(${alternatives(v.decision_phrases)})(?![\\p{L}])`, 'iu'),
    ],
    stance: [
      // "Agreed to …", "Discussed and decided …", "discussed the newsletter, agreed with the approach", "Seconded by Mark, agreed to do this".
      new RegExp(`^(?:(?:discussed|seconded|considered|reviewed|debated)\\b[^.;?]*?(?:\\band|,)\\s+)?(${verbs})\\b(?!\\s+by\\b)`, 'i'),
      new RegExp(`^(?:there\\s+was\\s+)?(?:(?:general|broad|full|${v.vote_unanimous.join('|')})\\s+)?(consensus|agreement)\\s+(?:is|was|that|to|on|for)\\b`, 'i'),
      new RegExp(`\\bwe\\b[^.]*?\\band\\s+(${verbs})\\b`, 'i'),
      // "So given the work it would take, we should not move to the new grids at this stage": the meeting's conclusion.
      /^(?:so|therefore|hence|thus|accordingly)\b[^.?]*?\b(we\s+(?:should|will|shall)\s+(?:not\s+)?)\p{L}/iu,
    ],
    label: new RegExp(`^(${alternatives(v.decision_labels)})\\s*(?:[:–—]|\\s-)\\s*([\\s\\S]*)$`, 'iu'),
    section: new RegExp(`^${alternatives(v.decision_labels)}$`, 'i'),
    consent: new RegExp(`^[\\s\\p{P}]*(?:with\\s+|there\\s+(?:was|were)\\s+)?(${alternatives(v.consent)})(?![\\p{L}])[\\s,.;:!–—-]*([\\s\\S]*)$`, 'iu'),
    proposal: new RegExp(`\\?\\s*$|(?<![\\p{L}])${alternatives(v.decision_proposals)}(?![\\p{L}])`, 'iu'),
    voteResult: new RegExp(`^(${alternatives(v.vote_results)})(?![\\p{L}])`, 'iu'),
    vote: new RegExp(`(?<![\\p{L}])(?:vote|voted|voting|${alternatives(v.poll)})(?![\\p{L}])`, 'iu'),
    yes: new RegExp(`^${alternatives(v.answer_yes)}[.!]*$`, 'i'),
    needs: ['i', 'iu'].map((flags) => new RegExp(`(?:${verbs}|${o.words.outcome}|${carried}|${alternatives(v.decision_phrases)}|${alternatives(v.consent)}|consensus|agreement|unopposed|acclamation|declared|objection|\\bwe\\s+(?:should|will|shall)\\b|\\?)`, flags)),
  };
  return p;
}

/** "Decided last meeting to …", "agreed at the previous meeting": reported, not taken at this one. */
export const EARLIER = /\b(?:decided|agreed)\s+(?:(?:at|in)\s+)?(?:the\s+)?(?:last|previous)\s+meeting\b/i;

/** "After consultation with the county's engineers it has been agreed that …": agreed with others, outside the meeting, and reported. */
const WITH_OTHERS = /\b(?:after|following|in)\s+(?:consultation|discussions?|talks|negotiations?|correspondence)\s+with\b/i;

/** "Ana: …", "KM: …": the label of a line the notes give to a speaker. */
const SPEAKER = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s/u;

export interface ProseDecisionInput {
  units: readonly ProseUnit[];
  patterns: DecisionPatterns;
  loc: Locator;
  source: string;
  /** Source ranges already taken by marked decisions and motions. */
  taken: ReadonlyArray<[number, number]>;
  /** The document, to know which line a list entry answers (its parent entry, the entry before it). */
  tree?: Root;
  /** Whether a line's label ("Jack" in "Jack: …") is a speaker: someone of the meeting, or initials. */
  isSpeaker?: (label: string) => boolean;
}

/** Where a unit stands among list entries: the line it hangs under, the entry before it. */
interface Around {
  parent?: number;
  previous?: number;
}

interface Reading {
  input: ProseDecisionInput;
  around: Map<number, Around>;
  /** Units that record a decision (read here, or taken by a motion or a marked decision). */
  decided: Set<number>;
  /** Units that are a bare "Decisions:" label over a list: its entries are decisions. */
  labelsOverList: Set<number>;
  /** The depth of the heading of a section of decisions the walk is in. */
  section?: number;
}

/**
 * The source ranges motions take from the prose reader. A motion still waiting for its outcome
 * spans the paragraphs after it; only its own (up to its seconder's, or mover's) are taken.
 */
export function motionSpans(motions: readonly Motion[], units: readonly ProseUnit[]): Array<[number, number]> {
  return motions.map((x) => {
    const at = x.outcome === undefined ? (x.seconder ?? x.mover)?.span.start.offset : undefined;
    const end = at === undefined ? undefined : units.find((u) => u.start <= at && u.end > at)?.end;
    return [x.span.start.offset, end ?? x.span.end.offset];
  });
}

export function readProseDecisions(input: ProseDecisionInput): Decision[] {
  const { units } = input;
  const out: Decision[] = [];
  const r: Reading = { input, around: aroundOf(units, input.tree), decided: new Set(), labelsOverList: new Set() };
  const isTaken = (u: ProseUnit) => input.taken.some(([a, b]) => u.start < b && u.end > a);
  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      const depth = (u.node as Heading).depth;
      if (r.section !== undefined && depth <= r.section) delete r.section;
      if (input.patterns.section.test(sectionTitle(u.text))) r.section = depth;
      return;
    }
    if (u.kind !== 'para') return;
    if (isTaken(u)) {
      r.decided.add(i);
      return;
    }
    const found = readUnit(r, u, i);
    if (found.length > 0) r.decided.add(i);
    out.push(...found);
  });
  return out;
}

/** The decisions of one paragraph or list entry. */
function readUnit(r: Reading, u: ProseUnit, i: number): Decision[] {
  const p = r.input.patterns;
  const label = SPEAKER.exec(u.text)?.[1];
  const spoken = label !== undefined && (r.input.isSpeaker?.(label) ?? /^[A-Z]{2,3}$/.test(label));
  const body = spoken ? u.text.slice(SPEAKER.exec(u.text)![0].length) : u.text;
  // A paragraph outside lists answers the paragraph before it.
  const around = r.around.get(i) ?? (r.input.units[i - 1]?.kind === 'para' ? { previous: i - 1 } : {});
  const labelled = p.label.exec(body.trim());
  if (labelled) {
    const rest = labelled[2]!.trim();
    if (rest === '' && u.introduces) r.labelsOverList.add(i);
    // "Decision: are we ok with this?" puts a question; "Decision: none", "Decision: TBD" records none.
    if (rest === '' || /\?\s*$/.test(rest) || /^(?:none|n\/?a|tbd|tbc|pending|-+)\b/i.test(rest)) return [];
    return [decision(r, u, 0, u.text.length, labelled[1]!, withList(u.text, u, r.input.source))];
  }
  if (!spoken && ((r.section !== undefined && !u.section) || (around.parent !== undefined && r.labelsOverList.has(around.parent)))) {
    return [decision(r, u, 0, u.text.length, 'decision', withList(u.text, u, r.input.source))];
  }
  const answered = !spoken ? answers(r, u, i, around) : undefined;
  if (answered !== undefined) return answered;
  return readSentences(r, u, spoken);
}

/**
 * A line of consent, or a vote's result, under (or after) the line it answers: "No objections."
 * below "Decision proposal - create a subcommittee …", "Preference for the inclusion of …" below
 * "Informal vote on two versions". `undefined` when the line is neither; none when it answers a line
 * that is already a decision (it is that decision's consent), or nothing that was put to the meeting
 * ("Consent to agenda" then "No objections" decides no question of substance).
 */
function answers(r: Reading, u: ProseUnit, i: number, around: Around): Decision[] | undefined {
  const p = r.input.patterns;
  const units = r.input.units;
  const consent = p.consent.exec(u.text);
  const result = consent ? undefined : p.voteResult.exec(u.text);
  if (!consent && !result) return undefined;
  const candidates = [around.parent, around.previous].filter((x): x is number => x !== undefined);
  if (candidates.some((x) => r.decided.has(x))) return [];
  if (result) {
    const vote = candidates.find((x) => p.vote.test(units[x]!.text));
    return vote === undefined ? [] : [decision(r, u, 0, u.text.length, result[1]!, `${u.text.trim()} (${units[vote]!.text.trim()})`)];
  }
  // "No objections to formalizing a committee, Eric to own that.": consent with its own words.
  const own = consent![2]!.replace(/^(?:to|on|for|with)\s+(?:this|that|it|the\s+proposal|the\s+motion)\b[.!]?/i, '').trim();
  if (own.split(/\s+/).length >= 3 && /^(?:to|on|for|with)\s/i.test(consent![2]!)) return [decision(r, u, 0, u.text.length, consent![1]!, u.text)];
  const put = candidates.find((x) => p.proposal.test(units[x]!.text));
  return put === undefined ? [] : [decision(r, u, 0, u.text.length, consent![1]!, `${units[put]!.text.trim()} ${u.text.trim()}`)];
}

/** The sentences of a paragraph that record a decision. */
function readSentences(r: Reading, u: ProseUnit, spoken: boolean): Decision[] {
  const { patterns } = r.input;
  const out: Decision[] = [];
  const all = sentences(u.text);
  all.forEach((s, k) => {
    if (!patterns.needs.some((re) => re.test(s.text)) || EARLIER.test(s.text) || WITH_OTHERS.test(s.text)) return;
    // A label may open the sentence: "_Initial conditions_: Consensus is that…".
    const verb = match(s.text, patterns, spoken) ?? match(s.text.replace(/^[^.:;]{1,60}:\s+/, ''), patterns, spoken);
    if (verb !== undefined) {
      out.push(decision(r, u, s.from, s.text.length, verb, withList(s.text, u, r.input.source)));
      return;
    }
    const yes = askedAndAnswered(s.text, all[k + 1]?.text, patterns);
    if (yes !== undefined) {
      out.push(decision(r, u, s.from, s.text.length, yes, `${s.text} ${all[k + 1]!.text}`));
      return;
    }
    // "The chair proposed a second press. There were no objections.": the consent decides the sentence before it.
    const consent = !spoken && k > 0 ? patterns.consent.exec(s.text) : null;
    if (consent) out.push(decision(r, u, s.from, s.text.length, consent[1]!, `${all[k - 1]!.text} ${s.text}`));
  });
  return out;
}

/** "Can we close this PR? YES": a question put to the meeting, answered yes by the meeting. */
function askedAndAnswered(sentence: string, next: string | undefined, p: DecisionPatterns): string | undefined {
  if (next === undefined || !p.yes.test(next.trim())) return undefined;
  return /^(?:can|shall|should|do|are|may|could)\s+we\b.*\?$/is.test(sentence.trim()) ? next.trim() : undefined;
}

function decision(r: Reading, u: ProseUnit, from: number, length: number, verb: string, text: string): Decision {
  const [start, end] = sourceRange(u, from, length);
  const d: Decision = { verb, text: text.replace(/\s+/g, ' ').trim(), kind: 'prose', node: u.node as Decision['node'], span: r.input.loc.span(start, end), verbSpan: r.input.loc.span(start, start) };
  if (u.item !== undefined) d.item = u.item;
  return d;
}

/** A sentence ending in a colon, followed by the list it introduces ("The committee agreed that the:" and what). */
function withList(text: string, u: ProseUnit, source: string): string {
  const t = text.replace(/\s+/g, ' ');
  return /:$/.test(t) && u.introduces ? `${t} ${joinItems(listItemsText(u.introduces as List, source))}` : t;
}

function match(sentence: string, p: DecisionPatterns, spoken: boolean): string | undefined {
  const m = p.subjectVerb.exec(sentence);
  if (m) return (m[1] ?? m[2])!;
  for (const re of spoken ? p.rest : [...p.rest, ...p.stance]) {
    const r = re.exec(sentence);
    if (r) return r[1]!.trim();
  }
  return undefined;
}

/** For each unit that opens a list entry: the unit of the line its list hangs under, and of the entry before it. */
function aroundOf(units: readonly ProseUnit[], tree: Root | undefined): Map<number, Around> {
  const out = new Map<number, Around>();
  if (!tree) return out;
  const index = new Map<Node, number>();
  units.forEach((u, i) => index.set(u.node, i));
  const first = (li: ListItem) => (li.children[0]?.type === 'paragraph' ? index.get(li.children[0]) : undefined);
  const visit = (node: Node, owner: number | undefined) => {
    if (node.type === 'list') {
      let previous: number | undefined;
      for (const li of (node as List).children) {
        const at = first(li);
        if (at !== undefined) out.set(at, { ...(owner !== undefined ? { parent: owner } : {}), ...(previous !== undefined ? { previous } : {}) });
        li.children.forEach((c) => visit(c, at));
        previous = at;
      }
      return;
    }
    if ('children' in node) (node as Parent).children.forEach((c) => visit(c, undefined));
  };
  visit(tree, undefined);
  return out;
}
