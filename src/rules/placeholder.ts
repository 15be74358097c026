import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { PLACEHOLDER } from '../model/placeholder.js';
import type { FileContext, FileRule } from './types.js';
import { NEXT_MEETING_LINE } from '../vocabulary/kept-words.js';

/**
 * Editor's residue (NATURAL §3). Capitals only: "tbc" or "todo" in prose is ordinary English.
 * A TODO runs to the end of its line (or a quote, in YAML) so that the message quotes the note.
 */
// "Movie night??" and "birthday??!!" end a question or an exclamation: question marks after a word
// are residue only inside brackets ("[taken by R. Herzfeld??]"); standing alone ("for ???") they are a gap.
const MARKERS = new RegExp(`\\b${PLACEHOLDER}\\b[^\\n"]*|\\b(?:TBC|TBD|XXX+)\\b|(?<![\\p{L}\\p{N}?])\\?{2,}|(?<=\\p{L})\\?{2,}(?=[\\])])`, 'gu');
/**
 * The text each of MARKERS' matches holds. MARKERS starts with look-behinds that the engine tries at
 * every character of the file (a fifth of a 1,000-file check's rules); most files hold none of
 * these words, and a plain search for them rules the file out at a fraction of the cost.
 */
const MARKER_TEXT = new RegExp(`${PLACEHOLDER}|TB[CD]|XXX|\\?\\?`);
/** `[KM: check this figure]`, `[check]`, `[insert date]`: a bracketed note to the editor. */
const EDITOR_NOTE = /\[(?:[A-Z]{2,4}(?: ?\/ ?[A-Z]{2,4})?:\s[^\]\n]{1,120}|(?:check|confirm|verify|insert|add|fill in|update|tbc|todo)\b[^\]\n]{0,120})\]/gi;
/** A template instruction in capitals: "DELETE AS APPROPRIATE", "REMOVE NOT PRESENT". */
const INSTRUCTION = /\b(?:DELETE|REMOVE|INSERT|REPLACE)(?: (?:[A-Z]{2,}|IF|AS|NOT|OR|A|AN))+\b/g;

export const placeholder: FileRule = {
  id: 'placeholder',
  scope: 'file',
  severity: 'warn',
  description: "Editor's residue is still in the minutes: TODO, TBC, TBD, XXX, `??`, bracketed notes (`[KM: check]`) and template instructions",
  check(ctx) {
    const skip = skippedRanges(ctx);
    const found: Array<{ start: number; end: number; message: string }> = [];
    const add = (start: number, end: number, message: string) => {
      if (skip.some(([a, b]) => start < b && end > a)) return;
      if (found.some((f) => start < f.end && end > f.start)) return;
      found.push({ start, end, message });
    };
    const source = ctx.source;
    // Anywhere in the file, YAML comments included: `new` marks what to confirm there too.
    for (const m of source.matchAll(EDITOR_NOTE)) add(m.index, m.index + m[0].length, `Editor's note "${quote(m[0])}" is still in the minutes`);
    for (const m of MARKER_TEXT.test(source) ? source.matchAll(MARKERS) : []) {
      const text = m[0].trimEnd();
      if (!m[0].startsWith('?') && inProse(source, m.index, m[0].match(/^\w+/)![0].length)) continue;
      add(m.index, m.index + text.length, `Placeholder "${quote(text)}" is still to be filled in`);
    }
    for (const m of source.matchAll(INSTRUCTION)) add(m.index, m.index + m[0].length, `Template instruction "${quote(m[0])}" is still in the minutes`);
    const lower = source.toLowerCase();
    for (const phrase of ctx.config.placeholders) {
      const p = phrase.trim().toLowerCase();
      if (!p) continue;
      for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length)) {
        add(at, at + p.length, `Template instruction "${quote(source.slice(at, at + p.length))}" is still in the minutes`);
      }
    }
    for (const f of found.sort((a, b) => a.start - b.start)) ctx.report(ctx.loc.span(f.start, f.end), f.message);
  },
};

/**
 * A marker word used as a word of the sentence, not left for the editor: after an article or a
 * hyphen ("a TODO list", "the TBD role", "co-TBD"), or before a lower-case word it qualifies ("TBD
 * role"), or a TODO said of something ("the new one is TODO)"). Residue stands alone: "TODO: …",
 * "?? ", "(TBD)", "is TBC.", "#XXX".
 */
function inProse(source: string, at: number, length: number): boolean {
  const before = source.slice(Math.max(0, at - 12), at);
  const after = source.slice(at + length, at + length + 12);
  if (/(?:^|[\s("'“])(?:a|an|the|this|that|our|my|your|its|each|every)\s+["'“]?$/i.test(before) || /\w-$/.test(before)) return true;
  // "the new one is TODO)": a TODO said of something, as a state, is the sentence's word ("is TBC." stays residue: a date to confirm).
  if (source.startsWith('TODO', at) && /\b(?:is|are|was|were|still|remains?)\s+$/i.test(before) && /^\s*[),;]/.test(after)) return true;
  return /^["'”]?[ -][a-z]{2,}/.test(after) && !/^["'”]?\s+(?:and|or|to|for|by|until|on|at|in)\b/.test(after);
}

function quote(text: string): string {
  const t = text.trim();
  return t.length > 70 ? `${t.slice(0, 69)}…` : t;
}

/**
 * Where residue words are not residue: code (`a ?? b`), link targets, and `next_meetings` dates,
 * where "TBC" is an accepted answer (NATURAL §2).
 */
function skippedRanges(ctx: FileContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const next of ctx.meeting.nextMeetings) {
    const v = next.fields.date?.value;
    if (v) ranges.push([v.start.offset, v.end.offset]);
  }
  // "Next meeting: date TBC" in the body says the same as a `next_meetings` date of TBC.
  for (const m of ctx.source.matchAll(NEXT_MEETING_LINE)) ranges.push([m.index, m.index + m[0].length]);
  if (/`|~~~|\]\(/.test(ctx.source)) {
    visit(ctx.tree as Root, (node) => {
      const p = node.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) return;
      if (node.type === 'code' || node.type === 'inlineCode') ranges.push([p.start.offset, p.end.offset]);
      else if (node.type === 'link' || node.type === 'image') {
        // The target only: text inside the brackets is prose.
        const raw = ctx.source.slice(p.start.offset, p.end.offset);
        const open = raw.lastIndexOf('](');
        if (open >= 0) ranges.push([p.start.offset + open, p.end.offset]);
      }
    });
  }
  return ranges;
}
