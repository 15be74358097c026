/**
 * Actions and reviews as committees write them (NATURAL §3), beside v1's `ACTION <id>:` lines:
 * - labels: `Action: AA to …`, `Action point: …`, `**Action 2.1**: …`, `ACTION - Priya - contact …`;
 * - `### Action 1: …` headings;
 * - `Action: Clerk` ending a paragraph, `(ACTION)` after a sentence, an owner in italics ending a
 *   paragraph (`… would write to the county. *Clerk*`);
 * - each entry of a list or table under a heading such as "Actions", "Action points", "Action Summary";
 * - owner-first sentences ("Esme will contact …", "Lewis to start this.") where the owner is someone
 *   the minutes list, or an office ("Our chair would draw up …"), in files that write no v1 lines.
 * Under a heading that reviews earlier actions ("Actions from previous meetings", "Review
 * Previous Meeting's Action Items"), and wherever a status word follows the action ("_Closed._",
 * a sub-bullet "Complete."), the same notations are reviews, not new actions.
 * Precision first: a sentence is an action only when its owner is recognised; when in doubt, none.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../parse/locate.js';
import { isPlaceholder, isRole, splitOwners } from './action-owners.js';
import { sentences } from './prose-units.js';
import { patternsOf, sectionTitle, type Patterns } from '../vocabulary/patterns.js';
import type { OwnerIndex } from './owner-resolve.js';
import type { ActionNotation, IdInsert, ReviewStatus, Span } from './types.js';

export interface NaturalAction {
  id: string;
  notation: ActionNotation;
  text: string;
  content: PhrasingContent[];
  /** The owner as written, when the notation names one. */
  ownerText?: string;
  node: Paragraph | ListItem | TableRow | Heading;
  span: Span;
  /** Title of the heading it stands under. */
  section?: string;
  /** Where an ID can be written in, for an action without one (see NewAction.idInsert). */
  idInsert?: IdInsert;
  /** The due column's cell, for an action read from a table. */
  dueText?: string;
}

export interface NaturalReview {
  id: string;
  text: string;
  ownerText?: string;
  status?: ReviewStatus;
  statusWord?: string;
  source: 'list' | 'table' | 'paragraph' | 'matters-arising';
  span: Span;
}

export interface NaturalOptions {
  source: string;
  loc: Locator;
  owners: OwnerIndex;
  /** Paragraphs already read as v1 action lines. */
  taken: ReadonlySet<RootContent>;
  /**
   * Where the file writes no v1 action lines: owner-first sentences and the entries of an
   * "Actions" list or table are read as actions only then (a v1 file marks its actions).
   */
  prose: boolean;
  /** The vocabulary's patterns (the configuration's). */
  words: Patterns;
}

type SectionKind = 'agenda' | 'review' | 'actions' | 'election' | 'other';

const ELECTION = /\belect(?:ion|ed)?\b|\bnominations?\b|\bappoint\s+new\b/i;

/** What a heading's section holds, by the vocabulary's section titles. */
function sectionKind(title: string | undefined, words: Patterns): SectionKind {
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
function emphasisedStatus(p: Paragraph, words: Patterns): { status: ReviewStatus; word: string } | undefined {
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
const LABEL = /^\s*(?:action(?:\s+(?:point|item)s?)?|actions)(?:\s+(?<id>\d+(?:\.\d+)*[a-z]?))?\s*(?<sep>:|\s[-–—]\s|[-–—]\s)\s*(?<rest>[\s\S]*)$/i;
/** `**Action 2.1**` standing alone: a cross-reference to the numbered list, not an action. */
const REFERENCE = /^action\s+\d+(?:\.\d+)*$/i;
/** `ACTION - Fletcher - design a banner`: after the label, owner and task joined by a dash. */
const DASH_OWNER = /^(?<owner>[^-–—:\n]{1,60}?)\s+[-–—]\s+(?<task>[\s\S]+)$/;
/** Owner before the verb: "Kate to …", "Karen, Ethan & Mateusz responsible for …", "AA will …". */
const OWNER_VERB = /^(?<owner>(?:[^.;:!?\n]|\.(?=\s*\p{Lu})){1,80}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?<verb>to|will|would|shall|is\s+to|are\s+to|responsible\s+for|offered\s+to|offers\s+to|agreed\s+to|undertook\s+to)\s+(?<next>\p{Ll}[\p{L}'-]*)/u;
/** Initials leading an entry: "AA/CG/DS We should …", "AA/CG: Create …". */
const INITIALS_RUN = /^(?<owner>\p{Lu}{2,4}(?:\s*[/&,+]\s*\p{Lu}{2,4})*)\s*(?::|[-–—])?\s+(?=\S)/u;
/** A leading ID in a list of actions: `2.1`, `2.4:`, `A3)`. */
const LEAD_ID = /^(?<id>[A-Z]{0,3}\d+(?:[./]\d+)*)\s*[.:)]?\s+/;
/** An owner before a colon: "Andrew and Richard: to …". */
const COLON_OWNER = /^(?<owner>[^:.;!?\n]{1,40}?)\s*:\s+(?=\p{L})/u;
/** After "will"/"would": words that make the sentence a report, not a task. */
const NOT_A_TASK = new Set(['be', 'been', 'have', 'had', 'not', 'like', 'love', 'prefer', 'seem', 'appear', 'need', 'probably', 'likely', 'by']);
const PRONOUN = /^(he|she|they)$/i;

/** The owner named at the start of an action's text, and whether every part of it looks like a name. */
export function leadingOwner(text: string, words: Patterns = patternsOf()): string | undefined {
  const t = text.trim();
  const unknown = /^(\?{1,3})\s/.exec(t);
  if (unknown) return unknown[1];
  const dash = DASH_OWNER.exec(t);
  if (dash && looksLikeOwner(dash.groups!.owner!, words)) return dash.groups!.owner!.trim();
  const ov = OWNER_VERB.exec(t);
  if (ov && looksLikeOwner(ov.groups!.owner!, words)) return ov.groups!.owner!.trim();
  const run = INITIALS_RUN.exec(t);
  if (run) return run.groups!.owner!;
  // "Andrew and Richard: to book …", "Ryan: Figure out …": first names or offices, then a colon.
  const colon = COLON_OWNER.exec(t);
  if (colon && splitOwners(colon.groups!.owner!, words).every((p) => isRole(p, words) || /^\p{Lu}[\p{Ll}\p{N}_'’-]+$|^\p{Lu}{2,4}$/u.test(p))) return colon.groups!.owner!.trim();
  return undefined;
}

/** Names, initials, offices or "All members", joined by `/`, `&`, `,`, "and": not a clause. */
function looksLikeOwner(s: string, words: Patterns): boolean {
  const t = s.trim();
  if (t === '' || isPlaceholder(t, words)) return isPlaceholder(t, words);
  // Nicknames are names too: "Fluff_eei", "Piggeh2".
  const parts = splitOwners(t, words);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => isRole(p, words) || /^(?:all\s+)?(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.|de|van|von|la|le|of))*(?:\s+members?)?$/u.test(p) || /^all(?:\s+\p{Ll}+)?\s+members$/iu.test(p));
}

/**
 * Reads the actions and reviews a file writes the way committees write them. A class because
 * every block is read in the section the headings above it open (`titles`), and a list's
 * sub-bullets are read knowing whether its entry was a review.
 */
class NaturalReader {
  readonly reviewedLines = new Set<Paragraph>();
  readonly actions: NaturalAction[] = [];
  readonly reviews: NaturalReview[] = [];
  /** The titles of the headings above the block being read, by depth. */
  private readonly titles: string[] = [];

  constructor(private readonly o: NaturalOptions) {}

  private span(n: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
    return this.o.loc.span(n.position!.start.offset!, n.position!.end.offset!);
  }

  private nearest(): string | undefined {
    return this.titles.filter(Boolean).at(-1);
  }

  /** The kind of section the next block stands in. */
  kind(): SectionKind {
    // The nearest heading decides, except that an "Agenda" or review heading also covers what is below it.
    return this.titles.reduce<SectionKind>((k, t) => {
      if (!t) return k;
      const s = sectionKind(t, this.o.words);
      return s === 'other' && (k === 'review' || k === 'election') ? k : s;
    }, 'other');
  }

  private pushAction(a: Omit<NaturalAction, 'section'>): void {
    const section = this.nearest();
    this.actions.push(section === undefined ? a : { ...a, section });
  }

  /** A paragraph, with the list item it opens (for status sub-bullets), in a section of the given kind. */
  private paragraph(p: Paragraph, item: ListItem | undefined, k: SectionKind): void {
    const o = this.o;
    if (!p.position) return;
    // A v1 line is an action unless it stands where earlier actions are reviewed (see below).
    if (o.taken.has(p) && k !== 'review' && !emphasisedStatus(p, o.words)) return;
    const text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const node = item ?? p;
    const label = LABEL.exec(text) ?? boldLabel(p, text);
    const lead = leadSegmentIsLabel(p);
    if (label && lead) return this.labelled(p, item, k, label);
    if (k === 'review' && o.words.section.matters_arising.test(sectionTitle(this.nearest() ?? ''))) {
      // Prose under "Matters arising" may be about an earlier action; the register decides by owner and subject.
      this.reviews.push({ id: '', text, source: 'matters-arising', span: this.span(node) });
      return;
    }
    if (k === 'review' || k === 'agenda') return;
    const tail = trailingMarker(p, text, o);
    if (tail) {
      const a: Omit<NaturalAction, 'section'> = { id: '', notation: tail.notation, text: tail.text, content: p.children, node, span: this.span(node) };
      if (tail.owner) a.ownerText = tail.owner;
      this.pushAction(a);
      return;
    }
    if (o.prose && k !== 'election') for (const s of proseActions(text, o.owners, o.words)) this.pushAction({ id: '', notation: 'prose', text: s.text, ownerText: s.owner, content: p.children, node, span: this.span(node) });
  }

  /** A labelled line ("Action 3: …", "ACTION - Priya - …"): a review where earlier actions are reviewed or a status is written, else an action. */
  private labelled(p: Paragraph, item: ListItem | undefined, k: SectionKind, label: RegExpExecArray): void {
    const o = this.o;
    const node = item ?? p;
    const id = label.groups!.id ?? '';
    let rest = label.groups!.rest!.trim();
    const dashed = /[-–—]/.test(label.groups!.sep!);
    const notation: ActionNotation = dashed ? 'dash' : 'label';
    const sub = item ? subStatus(item, o.words) : undefined;
    const status = emphasisedStatus(p, o.words) ?? sub ?? trailingStatus(rest, o.words);
    if (k === 'review' || status) {
      const r: NaturalReview = { id, text: rest, source: item ? 'list' : 'paragraph', span: this.span(node) };
      const owner = leadingOwner(rest);
      if (owner) r.ownerText = owner;
      if (status) { r.status = status.status; r.statusWord = status.word; }
      else r.status = 'open';
      this.reviews.push(r);
      if (o.taken.has(p)) this.reviewedLines.add(p);
      return;
    }
    if (o.taken.has(p)) return;
    rest = rest.replace(/\s*[-–—]?\s*$/, '');
    // `ACTION - Priya - contact …`: the text is the task, the owner stands apart.
    const task = dashed ? DASH_OWNER.exec(rest) : null;
    const a: Omit<NaturalAction, 'section'> = { id, notation, text: task && looksLikeOwner(task.groups!.owner!, o.words) ? task.groups!.task!.trim() : rest, content: p.children, node, span: this.span(node) };
    const owner = leadingOwner(rest, o.words) ?? (label.groups!.sep === ':' && isPlaceholder(rest.split(/\s+/)[0] ?? '', o.words) ? rest.split(/\s+/)[0] : undefined);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at = afterLabel(o.source, p.position!.start.offset!);
      if (at !== undefined) a.idInsert = { at, form: 'after-label' };
    }
    this.pushAction(a);
  }

  private listEntry(item: ListItem, entryKind: 'list'): void {
    const o = this.o;
    const p = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (!p || o.taken.has(p) || !item.position) return;
    let text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const label = LABEL.exec(text);
    let notation: ActionNotation = entryKind;
    let id = '';
    if (label && leadSegmentIsLabel(p)) {
      id = label.groups!.id ?? '';
      text = label.groups!.rest!.trim();
      if (/[-–—]/.test(label.groups!.sep!)) notation = 'dash';
    }
    const lead = LEAD_ID.exec(text);
    if (!id && lead && /\d/.test(lead.groups!.id!)) {
      id = lead.groups!.id!;
      text = text.slice(lead[0].length);
    }
    const a: Omit<NaturalAction, 'section'> = { id, notation, text, content: p.children, node: item, span: this.span(item) };
    const owner = leadingOwner(text, o.words);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at = notation === 'dash' ? afterLabel(o.source, p.position!.start.offset!) : p.position!.start.offset!;
      if (at !== undefined) a.idInsert = { at, form: notation === 'dash' ? 'after-label' : 'before-text' };
    }
    this.pushAction(a);
  }

  private table(t: Table, k: SectionKind): void {
    const o = this.o;
    const [head, ...rows] = t.children;
    if (!head) return;
    const headers = head.children.map((c) => toString(c).trim().toLowerCase());
    const col = (re: RegExp) => headers.findIndex((h) => re.test(h));
    const cellOf = (row: TableRow, i: number) => (i === -1 ? '' : toString(row.children[i] ?? { type: 'text', value: '' }).replace(/\s+/g, ' ').trim());
    // Content before headers: the owner column is the one whose cells name people, offices or
    // bodies of the meeting; its header's word (vocabulary `column_owner`) only breaks a tie.
    const byContent = ownerColumnByContent(rows, headers.length, cellOf, o);
    const idCol = col(o.words.column.number);
    let textCol = col(o.words.column.action);
    const ownerCol = byContent.length > 0 ? (byContent.find((i) => o.words.column.owner.test(headers[i]!)) ?? byContent[0]!) : col(o.words.column.owner);
    const statusCol = col(o.words.column.status);
    const dueCol = col(o.words.column.due);
    // Without an "Action" header, an actions table's words are its longest cells.
    if (textCol === -1 && k === 'actions' && ownerCol !== -1) textCol = longestColumn(rows, headers.length, cellOf, [ownerCol, idCol, statusCol, dueCol]);
    if (textCol === -1 && idCol === -1) return;
    const columnWord = (c: string) => Object.values(o.words.column).some((re) => re.test(c.toLowerCase()));
    for (const row of rows) {
      if (!row.position) continue;
      const cell = (i: number) => cellOf(row, i);
      // A header written as the first row of a table with an empty header ("| **Person** | **Item** |").
      if (row.children.every((_, i) => cell(i) === '' || columnWord(cell(i)))) continue;
      const text = cell(textCol);
      const id = cell(idCol);
      if (text === '' && id === '') continue;
      if (k === 'review' || (statusCol !== -1 && k !== 'actions')) {
        const s = statusOf(cell(statusCol), o.words);
        const r: NaturalReview = { id, text, source: 'table', span: this.span(row) };
        if (ownerCol !== -1 && cell(ownerCol)) r.ownerText = cell(ownerCol);
        if (s) { r.status = s.status; r.statusWord = s.word; }
        this.reviews.push(r);
        continue;
      }
      if (k !== 'actions' || !o.prose) continue;
      const a: Omit<NaturalAction, 'section'> = { id, notation: 'table', text, content: [{ type: 'text', value: text }], node: row, span: this.span(row) };
      const owner = ownerCol !== -1 ? cell(ownerCol) : leadingOwner(text, o.words);
      if (owner !== undefined) a.ownerText = owner;
      if (dueCol !== -1 && cell(dueCol) !== '') a.dueText = cell(dueCol);
      this.pushAction(a);
    }
  }

  block(n: RootContent, item: ListItem | undefined, k: SectionKind): void {
    if (n.type === 'paragraph') return this.paragraph(n, item, k);
    if (n.type === 'table') return this.table(n, k);
    if (n.type === 'list') return this.list(n, k);
    if (n.type === 'blockquote') for (const c of n.children) this.block(c, undefined, k);
  }

  private list(l: List, k: SectionKind): void {
    for (const item of l.children) {
      if (k === 'actions' && this.o.prose) {
        this.listEntry(item, 'list');
        continue;
      }
      const [first, ...more] = item.children;
      if (first) this.block(first, item, k);
      // Sub-bullets of an action that is a review carry its status, not actions of their own.
      const isReview = first?.type === 'paragraph' && this.reviews.length > 0 && this.reviews.at(-1)!.span.start.offset === item.position?.start.offset;
      if (!isReview) for (const c of more) this.block(c, undefined, k);
    }
  }

  /** A heading opens a section, and may itself be an action ("## Action 3: …"). */
  heading(n: Heading): void {
    const title = toString(n).trim();
    const h = HEADING_ACTION.exec(title);
    if (h && n.position) {
      const a: Omit<NaturalAction, 'section'> = { id: h.groups!.id ?? '', notation: 'heading', text: h.groups!.rest!.trim(), content: n.children, node: n, span: this.span(n) };
      const owner = leadingOwner(a.text, this.o.words);
      if (owner) a.ownerText = owner;
      if (this.kind() === 'review') this.reviews.push({ id: a.id, text: a.text, source: 'paragraph', span: a.span, status: 'open' });
      else this.pushAction(a);
    }
    this.titles.length = n.depth - 1;
    this.titles[n.depth - 1] = title;
  }
}

export function readNaturalActions(root: Root, o: NaturalOptions): { actions: NaturalAction[]; reviews: NaturalReview[]; reviewedLines: Set<Paragraph> } {
  const reader = new NaturalReader(o);
  for (const n of root.children) {
    if (n.type === 'yaml') continue;
    if (n.type === 'heading') {
      reader.heading(n);
      continue;
    }
    reader.block(n, undefined, reader.kind());
  }
  return { actions: reader.actions, reviews: reader.reviews, reviewedLines: reader.reviewedLines };
}

/** The columns whose filled cells mostly (at least two thirds, two at least) name someone or something of the meeting. */
function ownerColumnByContent(rows: TableRow[], width: number, cellOf: (r: TableRow, i: number) => string, o: NaturalOptions): number[] {
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const cells = rows.map((r) => cellOf(r, i)).filter((c) => c !== '');
    if (cells.length < 2 && rows.length >= 2) continue;
    if (cells.length === 0) continue;
    const named = cells.filter((c) => c.length <= 60 && splitOwners(c, o.words).every((p) => o.owners.resolve(p) !== undefined)).length;
    if (named * 3 >= cells.length * 2) out.push(i);
  }
  return out;
}

/** The column with the longest cells, leaving out those already taken. */
function longestColumn(rows: TableRow[], width: number, cellOf: (r: TableRow, i: number) => string, taken: number[]): number {
  let best = -1;
  let length = 0;
  for (let i = 0; i < width; i++) {
    if (taken.includes(i)) continue;
    const total = rows.reduce((n, r) => n + cellOf(r, i).length, 0);
    if (total > length) [best, length] = [i, total];
  }
  return best;
}

/**
 * The text of a paragraph with its hard line breaks kept as blanks: "… trip.  ⏎Candle to cancel …"
 * is two sentences, where the plain text would join them ("trip.Candle").
 */
function lineText(node: Paragraph | PhrasingContent): string {
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

const HEADING_ACTION = /^action\s+(?<id>\d+(?:\.\d+)*)?\s*[:\-–—]\s*(?<rest>.+)$/i;

/** Whether the paragraph's opening text (plain, bold or italic) is where the label stands. */
function leadSegmentIsLabel(p: Paragraph): boolean {
  const first = p.children[0];
  if (!first) return false;
  if (first.type === 'text') return /^\s*action/i.test(first.value);
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
function boldLabel(p: Paragraph, text: string): RegExpExecArray | null {
  const first = p.children[0];
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || p.children.length < 2) return null;
  const word = toString(first).trim();
  if (!/^actions?(?:\s+(?:point|item)s?)?$/i.test(word)) return null;
  return LABEL.exec(`${word}: ${text.slice(text.indexOf(word) + word.length).trim()}`);
}

/** The status a sub-bullet gives ("Complete. Truss removed yesterday.", "Design progressing, Not yet complete."). */
function subStatus(item: ListItem, words: Patterns): { status: ReviewStatus; word: string } | undefined {
  const sub = item.children.find((c): c is List => c.type === 'list');
  const first = sub?.children[0];
  if (!first) return undefined;
  const text = toString(first).replace(/\s+/g, ' ').trim();
  const head = text.split(/(?<=[.!?])\s/)[0] ?? text;
  return head.length <= 60 ? statusOf(head, words) : undefined;
}

/** "… - done. Closed." at the end of a label's text. */
function trailingStatus(text: string, words: Patterns): { status: ReviewStatus; word: string } | undefined {
  let re = TRAILING.get(words);
  if (!re) {
    re = new RegExp(`(?:^|[-–—.]\\s*)(${words.statusWords}[.\\s]*(?:${words.statusWords})?\\.?)\\s*$`, 'i');
    TRAILING.set(words, re);
  }
  const m = re.exec(text);
  return m ? statusOf(m[1]!, words) : undefined;
}
const TRAILING = new WeakMap<Patterns, RegExp>();

/** `… Action: Clerk` ending a paragraph, `(ACTION)` after a sentence, or an owner in italics. */
function trailingMarker(p: Paragraph, text: string, o: NaturalOptions): { notation: ActionNotation; text: string; owner?: string } | undefined {
  const end = /^(?<body>[\s\S]+?[.!?])\s*\(?action\)?\s*:\s*(?<owner>[^.:;]{1,60}?)\.?\)?$/i.exec(text);
  if (end && looksLikeOwner(end.groups!.owner!, o.words)) return { notation: 'marker', text: end.groups!.body!.trim(), owner: end.groups!.owner!.trim() };
  const bracket = /^(?<body>[\s\S]+?)\s*\(ACTION\)\s*\.?$/.exec(text);
  if (bracket) {
    const sentences = splitSentences(bracket.groups!.body!);
    const last = sentences.at(-1) ?? bracket.groups!.body!;
    const owner = leadingOwner(last, o.words);
    return owner ? { notation: 'marker', text: last, owner } : { notation: 'marker', text: last };
  }
  const tail = p.children.at(-1);
  if (tail?.type === 'emphasis' && p.children.length > 1) {
    const owner = toString(tail).trim();
    const before = toString({ type: 'paragraph', children: p.children.slice(0, -1) }).trim();
    if (/[.!?]$/.test(before) && owner.split(/\s+/).length <= 4 && !statusOf(owner, o.words) && looksLikeOwner(owner, o.words) && o.owners.resolve(owner) !== undefined) {
      const sentences = splitSentences(before);
      return { notation: 'italic-owner', text: sentences.at(-1) ?? before, owner };
    }
  }
  return undefined;
}

/** Sentences of a text, split as every reader splits them (prose-units.ts). */
export function splitSentences(text: string): string[] {
  return sentences(text).map((x) => x.text);
}

/** Owner-first sentences whose owner is someone the minutes list or an office. */
function proseActions(text: string, owners: OwnerIndex, words: Patterns): Array<{ text: string; owner: string }> {
  const out: Array<{ text: string; owner: string }> = [];
  let subject: string | undefined;
  for (const raw of splitSentences(text)) {
    const s = raw.replace(/^\[[^\]]{1,30}\]\s*/, '');
    // "Community Space: Hannah will come back to this issue": a topic, then the sentence.
    const m = OWNER_VERB.exec(s) ?? OWNER_VERB.exec(s.replace(/^[^:]{1,60}:\s+(?=\p{Lu})/u, ''));
    const lead = /^(?<owner>[^.;:!?\n]{1,60}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?:had|has|have|was|were|is|are|reported|said|noted|contacted|asked)\b/u.exec(s);
    if (m) {
      let owner = m.groups!.owner!.trim();
      const verb = m.groups!.verb!.toLowerCase();
      const next = m.groups!.next!.toLowerCase();
      if (PRONOUN.test(owner) && subject && (verb === 'will' || verb === 'would')) owner = subject;
      const ok = !NOT_A_TASK.has(next) && looksLikeOwner(owner, words) && resolvesAll(owner, owners, words);
      if (ok) {
        out.push({ text: s.slice(s.indexOf(m.groups!.owner!)), owner });
        subject = owner;
        continue;
      }
    }
    if (lead) {
      const owner = lead.groups!.owner!.trim();
      if (!PRONOUN.test(owner)) subject = looksLikeOwner(owner, words) && resolvesAll(owner, owners, words) ? owner : undefined;
    }
  }
  return out;
}

/** At least one part of the owner is someone or something known, and none is a plain word ("Plan", "Need"). */
function resolvesAll(owner: string, owners: OwnerIndex, words: Patterns): boolean {
  const parts = splitOwners(owner, words);
  return parts.some((p) => owners.resolve(p) !== undefined);
}
