/**
 * The words and shapes the readers of natural notations share: review status words, the
 * `Action` label, owners written before the task, a paragraph's text. Moved from
 * natural-actions.ts unchanged when the readers were split into their own files.
 */
import type { ListItem, List, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isEveryone, isPlaceholder, isRole, splitOwners } from '../action-owners.js';
import { sentences } from '../prose-units.js';
import { alternatives, patternsOf, sectionTitle, type Patterns } from '../../vocabulary/patterns.js';
import { CHAIR_AFTER, NOTE_TAKER_AFTER } from '../../vocabulary/kept-words.js';
import type { OwnerIndex } from '../owner-resolve.js';
import type { ReviewStatus } from '../types.js';
import type { NaturalOptions, Place, SectionKind } from './reader.js';

const ELECTION = /\belect(?:ion|ed)?\b|\bnominations?\b|\bappoint\s+new\b/i;

/** What a heading's section holds, by the vocabulary's section titles. */
export function sectionKind(title: string | undefined, words: Patterns): SectionKind {
  if (title === undefined) return 'other';
  const t = sectionTitle(title);
  if (words.section.agenda.test(t)) return 'agenda';
  if (words.sectionStart.action_review.test(t) || words.sectionStart.matters_arising.test(t)) return 'review';
  if (words.section.actions.test(t)) return 'actions';
  if (ELECTION.test(t)) return 'election';
  return 'other';
}

/**
 * Review status of a text, in the one vocabulary of reviews (`status_open` before `status_closed`:
 * "Not yet complete" is open). `words` defaults to the built-in vocabulary.
 */
export function statusOf(text: string, words: Patterns = patternsOf()): { status: ReviewStatus; word: string } | undefined {
  const open = words.statusOpen.exec(text);
  if (open) return { status: 'open', word: open[1]! };
  const closed = words.statusClosed.exec(text);
  if (closed) return { status: 'closed', word: closed[1]! };
  return undefined;
}

/** A status written in italics or bold inside the paragraph (`_Closed._`, `_Ongoing_`), the last one wins. */
export function emphasisedStatus(p: Paragraph, words: Patterns): { status: ReviewStatus; word: string } | undefined {
  let found: { status: ReviewStatus; word: string } | undefined;
  for (const c of p.children) {
    if (c.type !== 'emphasis' && c.type !== 'strong') continue;
    const t = toString(c).trim();
    if (t.length > 40) continue;
    const s = statusOf(t, words);
    if (s && statusOnly(words).test(t)) found = s;
  }
  return found;
}

/** A text that is a status word and nothing else ("_Closed._", "Done. Closed."). */
const STATUS_ONLY = new WeakMap<Patterns, RegExp>();
function statusOnly(words: Patterns): RegExp {
  let re = STATUS_ONLY.get(words);
  if (!re) {
    re = new RegExp(`^[\\s\\p{P}]*${words.statusWords}[\\s\\p{P}]*(?:${words.statusWords}[\\s\\p{P}]*)?$`, 'iu');
    STATUS_ONLY.set(words, re);
  }
  return re;
}

/** `Action`, `ACTION`, `Action point`, `Action item`, with an optional ID, then `:` or a dash. */
export const LABEL = /^\s*(?:action(?:\s+(?:point|item)s?)?|actions)(?:\s+(?<id>\d+(?:\.\d+)*[a-z]?))?\s*(?<sep>:|\s[-–—]\s|[-–—]\s)\s*(?<rest>[\s\S]*)$/i;
/**
 * The owner between the label and its colon: `ACTION ALL: review the PR`, `ACTION BW: send the
 * text`. Read as a label only when the owner resolves (action-label.ts): "Action Plan: …" is not one.
 */
export const OWNER_LABEL = /^\s*(?:ACTION|Action|action)(?:\s+items?)?\s+(?<owner>\p{Lu}[\p{L}.'’/&+, -]{0,40}?)\s*(?<sep>:)\s*(?<rest>[\s\S]*)$/u;
/**
 * "AI" (action item) in capitals as a label: `AI - Create a HackMD …`, `AI to Jory - ask the groups …`
 * (the owner after "to"). Case-sensitive: "ai" in a sentence is no label.
 */
export const AI_LABEL = /^\s*AI(?:\s+to\s+(?<owner>[^-–—:\n]{1,40}?))?\s*(?<sep>:|\s[-–—]\s|[-–—]\s)\s*(?<rest>[\s\S]*)$/u;
/** `**Action 2.1**` standing alone: a cross-reference to the numbered list, not an action. */
const REFERENCE = /^action\s+\d+(?:\.\d+)*$/i;
/** `ACTION - Fletcher - design a banner`: after the label, owner and task joined by a dash. */
export const DASH_OWNER = /^(?<owner>[^-–—:\n]{1,60}?)\s+[-–—]\s+(?<task>[\s\S]+)$/;
/** Owner before the verb: "Kate to …", "Karen, Ethan & Mateusz responsible for …", "AA will …". */
export const OWNER_VERB = /^(?<owner>(?:[^.;:!?\n]|\.(?=\s*\p{Lu})){1,80}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?<verb>to|will|would|shall|is\s+to|are\s+to|responsible\s+for|offered\s+to|offers\s+to|is\s+going\s+to|are\s+going\s+to|(?:has\s+|have\s+)?agreed\s+to|volunteer(?:s|ed)?\s+to|undertook\s+to|needs?\s+to|(?:was|were|is|are)\s+tasked\s+with)\s+(?<next>\p{Ll}[\p{L}'-]*)/u;
/** A speaker label, then a commitment in the first person: "Mark: Will create …", "Eric Huss: I'll own …". */
export const SPEAKER_COMMITS = /^(?<speaker>\p{Lu}[\p{L}'’. -]{0,38}):\s+(?<rest>(?:I['’]ll|I\s+will|Will)\s+(?<next>\p{Ll}[\p{L}'-]*)[\s\S]*)$/u;
/** Verbs of speaking: "BT: I'll mention …" says something in the meeting, it takes on no task. */
export const SPOKEN = new Set(['mention', 'say', 'note', 'add', 'point', 'echo', 'repeat', 'answer', 'reply', 'comment', 'clarify', 'explain', 'argue', 'admit', 'agree', 'disagree', 'summarise', 'summarize']);
/** "Mark to scribe", "Ryan will facilitate": who takes a role at this meeting, not an action. */
export const TAKES_A_ROLE = new RegExp(`^(?:${alternatives([...CHAIR_AFTER, ...NOTE_TAKER_AFTER])})(?![\\p{L}])`, 'iu');
/** Initials leading an entry: "AA/CG/DS We should …", "AA/CG: Create …". */
const INITIALS_RUN = /^(?<owner>\p{Lu}{2,4}(?:\s*[/&,+]\s*\p{Lu}{2,4})*)\s*(?::|[-–—])?\s+(?=\S)/u;
/** A leading ID in a list of actions: `2.1`, `2.4:`, `A3)`. */
export const LEAD_ID = /^(?<id>[A-Z]{0,3}\d+(?:[./]\d+)*)\s*[.:)]?\s+/;
/** "Kit (to ask the bakery) and write …": an owner, then a bracket that opens with the task. */
const OWNER_PAREN = /^(?<owner>[^()\n]{1,40}?)\s*\(\s*(?:to|will)\s+\p{Ll}/u;
/** The verb after "to" that makes the owner-first shape a passive ("Signup to be included"). */
const PASSIVE = /^(?:be|been)$/i;
/** A distributive owner opening the text ("Each person …", "Every member …"), if the vocabulary has it. */
const EACH = /^(?:each|every)\s+\p{L}+/iu;
/** An owner before a colon: "Andrew and Richard: to …". */
const COLON_OWNER = /^(?<owner>[^:.;!?\n]{1,40}?)\s*:\s+(?=\p{L})/u;
/** After "will"/"would": words that make the sentence a report, not a task. */
export const NOT_A_TASK = new Set(['be', 'been', 'have', 'had', 'not', 'like', 'love', 'prefer', 'seem', 'appear', 'need', 'probably', 'likely', 'by']);
export const PRONOUN = /^(he|she|they)$/i;

/** The owner named at the start of an action's text, and whether every part of it looks like a name. */
export function leadingOwner(text: string, words: Patterns = patternsOf()): string | undefined {
  const t = text.trim();
  const unknown = /^(\?{1,3})\s/.exec(t);
  if (unknown) return unknown[1];
  const dash = DASH_OWNER.exec(t);
  if (dash && looksLikeOwner(dash.groups!.owner!, words)) return dash.groups!.owner!.trim();
  const ov = OWNER_VERB.exec(t);
  // "Signup to be included in the newsletter": a passive names what is acted on, not who acts.
  if (ov && looksLikeOwner(ov.groups!.owner!, words) && !PASSIVE.test(ov.groups!.next!)) return ov.groups!.owner!.trim();
  // "Andy (to talk to Kit) and send the email": the task opens inside the brackets.
  const paren = OWNER_PAREN.exec(t);
  if (paren && looksLikeOwner(paren.groups!.owner!, words)) return paren.groups!.owner!.trim();
  const run = INITIALS_RUN.exec(t);
  if (run) return run.groups!.owner!;
  // "Andrew and Richard: to book …", "Ryan: Figure out …": first names or offices, then a colon.
  const colon = COLON_OWNER.exec(t);
  if (colon && splitOwners(colon.groups!.owner!, words).every((p) => isRole(p, words) || /^\p{Lu}[\p{Ll}\p{N}_'’-]+$|^\p{Lu}{2,4}$/u.test(p))) return colon.groups!.owner!.trim();
  // "Each person setting up a service must document it": everyone, one by one.
  const each = EACH.exec(t);
  if (each && isEveryone(each[0], words)) return each[0];
  return undefined;
}

/** Names, initials, offices or "All members", joined by `/`, `&`, `,`, "and": not a clause. */
export function looksLikeOwner(s: string, words: Patterns): boolean {
  const t = s.trim();
  if (t === '' || isPlaceholder(t, words)) return isPlaceholder(t, words);
  // Nicknames are names too: "Fluff_eei", "Piggeh2".
  const parts = splitOwners(t, words);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => isRole(p, words) || /^(?:all\s+)?(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.|de|van|von|la|le|of))*(?:\s+members?)?$/u.test(p) || /^all(?:\s+\p{Ll}+)?\s+members$/iu.test(p));
}


/**
 * The text of a paragraph with its hard line breaks kept as blanks: "… trip.  ⏎Candle to cancel …"
 * is two sentences, where the plain text would join them ("trip.Candle").
 */
export function lineText(node: Paragraph | PhrasingContent): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(lineText).join('');
  return toString(node);
}

/** Source offset just after the `Action`/`Action point` label that opens a paragraph at `start`. */
export function afterLabel(source: string, start: number): number | undefined {
  const m = /^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:action(?:[ \t]+(?:point|item)s?)?|actions)(?![\p{L}\p{N}])/iu.exec(source.slice(start, start + 40));
  return m ? start + m[0].length : undefined;
}



/** Whether the paragraph's opening text (plain, bold or italic) is where the label stands. */
export function leadSegmentIsLabel(p: Paragraph): boolean {
  const first = p.children[0];
  if (!first) return false;
  if (first.type === 'text') return /^\s*action/i.test(first.value) || /^\s*AI(?![\p{L}])/u.test(first.value);
  if (first.type === 'strong' || first.type === 'emphasis') {
    const t = toString(first).trim();
    // `**Action 2.1**` alone is a cross-reference; `**Action 1.1: DS to …**` and `**Action point**:` are labels.
    return /^action/i.test(t) && !(REFERENCE.test(t) && p.children.length === 1);
  }
  return false;
}

/**
 * `**Action** Fluffeei to send …`: a bold or italic "Action" is a label without a colon or a dash.
 * Read as if it had the colon.
 */
export function boldLabel(p: Paragraph, text: string): RegExpExecArray | null {
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || p.children.length < 2) return null;
  const word = toString(first).trim();
  if (!/^actions?(?:\s+(?:point|item)s?)?$/i.test(word)) return null;
  return LABEL.exec(`${word}: ${text.slice(text.indexOf(word) + word.length).trim()}`);
}

/** The status a sub-bullet gives ("Complete. Truss removed yesterday.", "Design progressing, Not yet complete."). */
export function subStatus(item: ListItem, words: Patterns): { status: ReviewStatus; word: string } | undefined {
  const sub = item.children.find((c): c is List => c.type === 'list');
  const first = sub?.children[0];
  if (!first) return undefined;
  const text = toString(first).replace(/\s+/g, ' ').trim();
  const head = text.split(/(?<=[.!?])\s/)[0] ?? text;
  return head.length <= 60 ? statusOf(head, words) : undefined;
}

/** "… - done. Closed." at the end of a label's text. */
export function trailingStatus(text: string, words: Patterns): { status: ReviewStatus; word: string } | undefined {
  let re = TRAILING.get(words);
  if (!re) {
    re = new RegExp(`(?:^|[-–—.]\\s*)(${words.statusWords}[.\\s]*(?:${words.statusWords})?\\.?)\\s*$`, 'i');
    TRAILING.set(words, re);
  }
  const m = re.exec(text);
  return m ? statusOf(m[1]!, words) : undefined;
}
const TRAILING = new WeakMap<Patterns, RegExp>();


/** Sentences of a text, split as every reader splits them (prose-units.ts). */
export function splitSentences(text: string): string[] {
  return sentences(text).map((x) => x.text);
}

/** At least one part of the owner is someone or something known, and none is a plain word ("Plan", "Need"). */
export function resolvesAll(owner: string, owners: OwnerIndex, words: Patterns): boolean {
  const parts = splitOwners(owner, words);
  return parts.some((p) => owners.resolve(p) !== undefined);
}

/** The `Action` label opening a paragraph (`Action 3: …`, `**Action** …`, `ACTION - …`), if it has one. */
export function labelOf(p: Paragraph, text: string): RegExpExecArray | undefined {
  const label = LABEL.exec(text) ?? boldLabel(p, text) ?? OWNER_LABEL.exec(text) ?? AI_LABEL.exec(text);
  return label && leadSegmentIsLabel(p) ? label : undefined;
}

/** Sections where a paragraph is not read for new actions (earlier actions are reviewed, or the agenda is listed). */
export function noNewActions(kind: SectionKind): boolean {
  return kind === 'review' || kind === 'agenda';
}

/**
 * Whether a paragraph is read for actions written in prose (a speaker's commitment, an owner-first
 * sentence): only in files without v1 lines, and not where actions are reviewed, the agenda is
 * listed or an election is minuted (candidates' statements there are no tasks).
 */
export function readsProseActions(place: Place, o: NaturalOptions): boolean {
  return o.prose && !noNewActions(place.kind) && place.kind !== 'election';
}
