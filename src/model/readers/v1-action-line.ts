import type { Emphasis, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../../parse/locate.js';
import type { IdPattern } from '../action-id.js';
import type { NewAction, Span } from '../types.js';
import { WORDS } from '../../vocabulary/words.js';

/**
 * How action lines are told from prose (FORMAT §3). The canonical form is `ACTION <id>: text`.
 * Near-misses are recognised when they cannot be ordinary prose:
 * - `ACTION` in capitals followed by an ID (`ACTION: LKF 27/05:`, `ACTION LKF 27/05 The Keepers…`),
 *   unless the text goes on in lower case without naming an owner ("ACTION LKF 27/03 was closed");
 * - `Action`/`action` with a separator before or after the ID (`Action LKF 27/05 -`,
 *   `Action: LKF 27/05`);
 * - `Action LKF 27/05 The Keepers to …`: no separator, but the text goes on with a capital and names
 *   an owner, which prose such as "Action LKF 27/03 was closed" does not.
 * "Actions were noted…" or "Action was taken…" never match: the word must be `action` alone and
 * followed by an ID.
 */
const LEAD = /^(action)(?![\p{L}\p{N}_])/iu;
const SEP_BEFORE = /^[ \t]*([:\-–—])?[ \t]*/;
const SEP_AFTER = /^(?:[ \t]*([:\-–—]+|\.(?![\p{L}\p{N}])))?/u;
const BLANK = /^\s*/;
/** `ACTION <something with a digit>:` in capitals: an action line whose ID does not fit the pattern. */
const MALFORMED_ID = /^([^:\s][^:\n]{0,39}?)[ \t]*:/;
/** The trailing `{owner="…" due=…}` block, from its `{`. */
const ATTRS = /^\{([^{}\n]*)\}[ \t]*$/;
/**
 * How much of the paragraph's opening text the prefix is looked for in: a prefix is far shorter, and
 * the bound keeps the blank-tolerant patterns linear on a paragraph of a million spaces.
 */
const LEAD_MAX = 300;
const PAIR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;
/** "The Keepers to …", "Coastal Survey/Keepers to …": the owner is the phrase before the first " to ". */
const OWNER = /^(?:the\s+)?([^;:.()\n]{1,60}?)\s+to\s+\S/i;
/** An owner phrase is a name or a short list of names, not a clause ("It was agreed that the Keepers would need to"). */
const OWNER_MAX_WORDS = 8;

export type ActionLine = Omit<NewAction, 'item' | 'due' | 'dueSource' | 'idWellFormed' | 'idParts' | 'identity' | 'notation' | 'owners' | 'ownerPlaceholder' | 'certain' | 'doubt'> & { node: Paragraph; attrSpans: Record<string, Span> };

/** One text node at the start of the paragraph, possibly inside a strong or emphasis node. */
interface Segment {
  node: Text;
  /** Index of the paragraph child it belongs to. */
  top: number;
  /** Offset of the segment's first character in the flattened lead. */
  at: number;
  /** Source offset of its first character. */
  source?: number;
  /**
   * How many of its first characters the source holds verbatim: an escape (`\*`) or an entity
   * (`&amp;`) further on makes the value and the source differ from there.
   */
  verbatim: number;
}

interface Prefix {
  id: string;
  /** Length of `ACTION … <id><separator>` in the flattened lead. */
  core: number;
  /** Length with the blanks after it: what the action text starts after. */
  whole: number;
  /** Where the ID starts in the flattened lead. */
  idAt: number;
  /** Whether what was written has the canonical shape (the ID itself is another rule's business). */
  canonical: boolean;
}

/**
 * Recognises a paragraph as an action line, canonical or near-miss. Returns undefined for ordinary
 * prose such as "Actions were noted…" or "Action was taken…".
 */
export function readActionLine(p: Paragraph, source: string, pattern: IdPattern, loc: Locator): ActionLine | undefined {
  if (!p.position) return undefined;
  const segments = leadSegments(p, source);
  if (segments.length === 0) return undefined;
  const lead = segments.map((s) => s.node.value).join('').slice(0, LEAD_MAX);
  // Whether inline content (a link, code…) follows the text nodes the prefix is read from.
  const more = p.children.length > segments[segments.length - 1]!.top + 1;
  const prefix = matchPrefix(lead, pattern, more);
  if (!prefix) return undefined;

  const paraStart = p.position.start.offset!;
  const at = (i: number): number | undefined => sourceOffset(segments, i);
  const idStart = at(prefix.idAt) ?? paraStart;
  const line: ActionLine = {
    id: prefix.id,
    text: '',
    content: [],
    attributes: {},
    attrSpans: {},
    node: p,
    span: loc.span(paraStart, p.position.end.offset!),
    idSpan: loc.span(idStart, idStart + (prefix.id.length || 'ACTION'.length)),
  };
  if (!prefix.canonical) {
    const written = lead.slice(0, prefix.core);
    const start = at(0) ?? paraStart;
    const end = at(prefix.core - 1);
    line.nearMiss = {
      written,
      span: loc.span(start, end === undefined ? start : end + 1),
    };
    const fix = prefixFix(p, segments, prefix, source, more);
    if (fix) line.nearMiss.fix = fix;
  }

  const content = dropLead(p.children, segments, prefix.whole);
  readAttributes(content, line, source, loc);
  line.content = content.filter((c) => !(c.type === 'text' && c.value === ''));
  // `ACTION LKF 27/01:` alone on a line ended by a hard break: the text starts after the break.
  while (line.content[0]?.type === 'break') line.content.shift();
  line.text = toString({ type: 'paragraph', children: line.content }).trim();

  const ownerAttr = line.attributes.owner;
  if (ownerAttr !== undefined && ownerAttr.trim() !== '') {
    line.owner = ownerAttr.trim();
    line.ownerSource = 'attribute';
    if (line.attrSpans.owner) line.ownerSpan = line.attrSpans.owner;
  } else {
    const owner = ownerPhrase(line.text);
    if (owner !== undefined) {
      line.owner = owner;
      line.ownerSource = 'text';
      // The owner opens the text, so its first occurrence after the prefix is the one written.
      const from = at(prefix.whole - 1) ?? at(prefix.core - 1) ?? paraStart;
      const ownerAt = source.indexOf(owner, from);
      if (ownerAt !== -1 && ownerAt < p.position.end.offset!) line.ownerSpan = loc.span(ownerAt, ownerAt + owner.length);
    }
  }
  return line;
}

/**
 * The `{owner="…" due=…}` block that ends an action line: read into the line's attributes (with
 * their places in the source, when the block is written there verbatim) and cut from its content.
 */
function readAttributes(content: PhrasingContent[], line: ActionLine, source: string, loc: Locator): void {
  const lastIndex = content.length - 1;
  const last = content[lastIndex];
  if (last && last.type === 'text') {
    const open = last.value.lastIndexOf('{');
    const m = open === -1 ? null : ATTRS.exec(last.value.slice(open));
    if (m) {
      // The text before the block loses its trailing blanks with it.
      let cut = open;
      while (cut > 0 && (last.value[cut - 1] === ' ' || last.value[cut - 1] === '\t')) cut--;
      content[lastIndex] = { ...last, value: last.value.slice(0, cut) };
      // Where `{` stands in the source, if the block is written there verbatim (an escape earlier
      // in the text shifts nothing, since the block is at the end).
      const textEnd = last.position?.end.offset;
      const tail = last.value.slice(open);
      const openAt = textEnd !== undefined && source.slice(textEnd - tail.length, textEnd) === tail ? textEnd - tail.length : undefined;
      for (const pair of m[1]!.matchAll(PAIR)) {
        const key = pair[1]!;
        line.attributes[key] = pair[2] ?? pair[3] ?? pair[4] ?? '';
        if (openAt !== undefined) {
          const pairAt = openAt + 1 + pair.index!;
          line.attrSpans[key] = loc.span(pairAt, pairAt + pair[0].length);
        }
      }
    }
  }
}

/** The owner named before " to " at the start of an action's text, if any. */
export function ownerPhrase(text: string): string | undefined {
  const m = OWNER.exec(text);
  if (!m) return undefined;
  let owner = m[1]!.trim();
  // "Following discussion, the Keepers to …": a leading clause in ordinary lower-case words is not part
  // of the owner; names, parties and categories are written with capitals.
  const segments = owner.split(/\s*,\s*/);
  while (segments.length > 1 && isClause(segments[0]!)) segments.shift();
  owner = segments.join(', ').replace(/^the\s+/i, '');
  if (owner === '' || owner.split(/\s+/).length > OWNER_MAX_WORDS) return undefined;
  return owner;
}

// Lower-case words an owner may hold ("all members", "the Keepers representatives"): the
// vocabulary's owner articles and members words, and a few joining words.
const OWNER_WORDS = new Set([...WORDS.owner_articles, ...WORDS.owner_members, 'and', 'of', 'for', 'all', 'everyone']);

function isClause(segment: string): boolean {
  return segment.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !OWNER_WORDS.has(w));
}

/** The text nodes that open the paragraph, directly or inside leading strong/emphasis nodes. */
function leadSegments(p: Paragraph, source: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const push = (node: Text, top: number) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const seg: Segment = { node, top, at, verbatim: 0 };
    if (start !== undefined && end !== undefined) {
      seg.source = start;
      const v = node.value;
      let k = 0;
      while (k < v.length && start + k < end && source[start + k] === v[k]) k++;
      seg.verbatim = k;
    }
    out.push(seg);
    at += node.value.length;
  };
  for (let i = 0; i < p.children.length && at < LEAD_MAX; i++) {
    const c = p.children[i]!;
    if (c.type === 'text') push(c, i);
    else if ((c.type === 'strong' || c.type === 'emphasis') && c.children.every((k) => k.type === 'text')) {
      for (const k of c.children) push(k as Text, i);
    } else break;
  }
  return out;
}

function sourceOffset(segments: Segment[], i: number): number | undefined {
  for (const s of segments) {
    if (i >= s.at && i < s.at + s.node.value.length) return s.source === undefined || i - s.at >= s.verbatim ? undefined : s.source + (i - s.at);
  }
  return undefined;
}

function matchPrefix(lead: string, pattern: IdPattern, more: boolean): Prefix | undefined {
  const word = LEAD.exec(lead);
  if (!word) return undefined;
  const capitals = word[1] === 'ACTION';
  let i = word[0].length;
  const before = SEP_BEFORE.exec(lead.slice(i))!;
  if (before[0] === '' && lead.length > i) return undefined; // "Actionable", "Action-item" are caught by LEAD; this is "Action(" etc.
  i += before[0].length;
  const idAt = i;
  const idMatch = pattern.prefix.exec(lead.slice(i));
  if (idMatch) {
    let end = i + idMatch[0].length;
    // Blanks the tolerant pattern took after a trailing literal belong to the separator.
    while (end > i && /[ \t]/.test(lead[end - 1]!)) end--;
    const after = SEP_AFTER.exec(lead.slice(end))!;
    const coreEnd = end + after[0].length;
    const blank = BLANK.exec(lead.slice(coreEnd))![0];
    const rest = lead.slice(coreEnd + blank.length);
    // The ID must end there: "LKF 27/05b" or "LKF 27/05/2" is not this ID.
    if (after[1] === undefined && blank === '' && rest !== '') return malformed(lead, capitals, before[1], idAt, more);
    const separated = before[1] !== undefined || (after[1] !== undefined && after[1] !== '.');
    if (!separated) {
      // "ACTION LKF 26/02 was closed" is a sentence about an action, not a new one.
      const readsAsAction = capitals ? !/^\p{Ll}/u.test(rest) || ownerPhrase(rest) !== undefined : /^\p{Lu}/u.test(rest) && ownerPhrase(rest) !== undefined;
      if (!readsAsAction) return undefined;
    }
    const id = pattern.normalise(idMatch);
    const core = coreEnd;
    const canonical = lead.slice(0, core) === `ACTION ${id}:` && (blank !== '' || (rest === '' && !more));
    return { id, core, whole: coreEnd + blank.length, idAt, canonical };
  }
  return malformed(lead, capitals, before[1], idAt, more);
}

/**
 * `ACTION <something>:` in capitals whose ID does not fit the pattern: still an action, so that the
 * ID is reported (action-id-format) rather than the line silently rendered as prose.
 * `ACTION: text` with no ID at all is an action with an empty ID.
 */
function malformed(lead: string, capitals: boolean, sepBefore: string | undefined, idAt: number, more: boolean): Prefix | undefined {
  if (!capitals) return undefined;
  const m = MALFORMED_ID.exec(lead.slice(idAt));
  if (m && looksLikeId(m[1]!)) {
    const id = m[1]!.trim().replace(/\s+/g, ' ');
    const core = idAt + m[0].length;
    const blank = BLANK.exec(lead.slice(core))![0];
    const canonical = lead.slice(0, core) === `ACTION ${id}:` && (blank !== '' || (core + blank.length === lead.length && !more));
    return { id, core, whole: core + blank.length, idAt, canonical };
  }
  if (sepBefore === ':') {
    const core = /^ACTION[ \t]*:/.exec(lead)![0].length;
    const blank = BLANK.exec(lead.slice(core))![0];
    // Nothing to rewrite without an ID: action-id-format reports the missing ID instead.
    return { id: '', core, whole: core + blank.length, idAt: 0, canonical: true };
  }
  return undefined;
}

/** `LKF 27-02`, `LKF27/2`: a few tokens with a digit, no ordinary lower-case word ("ACTION POINTS from 2024:"). */
function looksLikeId(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  return /\d/.test(s) && tokens.length <= 4 && !tokens.some((t) => /^\p{Ll}{2,}$/u.test(t));
}

/**
 * The rewrite of a near-miss prefix to `ACTION <id>:`, leaving every other byte as it was: the
 * blank or line break after the prefix is kept (a space is added only when there was none), and
 * when the prefix is bold, so is its rewrite.
 */
function prefixFix(p: Paragraph, segments: Segment[], prefix: Prefix, source: string, more: boolean): { start: number; end: number; text: string } | undefined {
  const canonical = `ACTION ${prefix.id}:`;
  const first = segments[0]!;
  const lastSeg = segments.find((s) => prefix.core - 1 >= s.at && prefix.core - 1 < s.at + s.node.value.length);
  if (!lastSeg || first.source === undefined || lastSeg.source === undefined) return undefined;
  // Every character rewritten must stand verbatim in the source.
  if (segments.some((s) => s.at < prefix.core && Math.min(prefix.core, s.at + s.node.value.length) - s.at > s.verbatim)) return undefined;
  const coreEnd = lastSeg.source + (prefix.core - lastSeg.at);
  const endsSegment = prefix.core === lastSeg.at + lastSeg.node.value.length;
  const needsBlank = prefix.whole === prefix.core && (more || prefix.core < segments.reduce((n, s) => n + s.node.value.length, 0));

  if (lastSeg === first) {
    // Within one text node (plain, or inside a bold run): rewrite the characters only.
    const wrapper = p.children[first.top];
    const inRun = wrapper !== first.node;
    if (!needsBlank || !endsSegment || !inRun) return { start: first.source, end: coreEnd, text: canonical + (needsBlank ? ' ' : '') };
    // The prefix fills a bold run with text straight after it: a blank cannot go before the
    // closing `**`, so it goes after it.
    const end = wrapper?.position?.end.offset;
    if (end === undefined) return undefined;
    return { start: first.source, end, text: canonical + source.slice(coreEnd, end) + ' ' };
  }
  // The prefix runs out of a leading bold/emphasis run into the text after it (`**ACTION** LKF 27/05 -`):
  // the whole of it becomes one run again.
  const wrapper = p.children[first.top];
  if (first.top !== 0 || !wrapper || (wrapper.type !== 'strong' && wrapper.type !== 'emphasis')) return undefined;
  const inner = (wrapper as Strong | Emphasis).children;
  if (inner.length !== 1 || lastSeg.top === first.top) return undefined;
  const wStart = wrapper.position?.start.offset;
  const wEnd = wrapper.position?.end.offset;
  const innerEnd = first.node.position?.end.offset;
  if (wStart === undefined || wEnd === undefined || innerEnd === undefined) return undefined;
  const open = source.slice(wStart, first.source);
  const close = source.slice(innerEnd, wEnd);
  return { start: wStart, end: coreEnd, text: `${open}${canonical}${close}${needsBlank && !endsSegment ? ' ' : ''}` };
}

/** The paragraph's inline content without the first `n` characters of its lead. */
function dropLead(children: PhrasingContent[], segments: Segment[], n: number): PhrasingContent[] {
  const out: PhrasingContent[] = children.map((c) => ({ ...c }) as PhrasingContent);
  const cut = (t: Text, s: Segment): Text => {
    const keep = Math.max(0, Math.min(t.value.length, s.at + t.value.length - n));
    return { ...t, value: t.value.slice(t.value.length - keep) };
  };
  for (const s of segments) {
    if (s.at >= n) break;
    const top = out[s.top]!;
    if (top.type === 'text') out[s.top] = cut(top, s);
    else if (top.type === 'strong' || top.type === 'emphasis') {
      const kids = top.children.map((k) => (k === s.node ? cut(k as Text, s) : k));
      out[s.top] = { ...top, children: kids } as Strong | Emphasis;
    }
  }
  return out.filter((c) => !((c.type === 'strong' || c.type === 'emphasis') && toString(c) === '') && !(c.type === 'text' && c.value === ''));
}
