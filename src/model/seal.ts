/**
 * The seal of approved minutes: a digest of the text the committee approved, written into the
 * file by `minutebook approve` and compared by the `approved-changed` rule.
 *
 * What the digest covers: the whole file, front matter and body, except the `approved` block
 * itself (it holds the digest) and the `status` line (approving changes it). White space at line
 * ends, the line-ending style (LF, CRLF, CR), a byte order mark and blank lines at the end of the
 * file do not count: editors change them without anyone meaning to change the minutes.
 *
 * Amendments with `was` and `now` are undone before the digest is taken: the text may carry
 * exactly those corrections (recorded by the approving meeting or a later one), applied or not,
 * and nothing else.
 */
import { createHash } from 'node:crypto';
import { splitFrontMatter } from '../parse/front-matter.js';
import type { Amendment } from './types.js';

/** One line of the sealed text and the source line (1-based) it comes from. */
export interface SealedLine {
  text: string;
  line: number;
}

/** The lines the digest covers, each with its source line. */
export function sealedLines(source: string): SealedLine[] {
  // One line-ending style, so that the front matter is found whichever the file uses.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const split = splitFrontMatter(text);
  // The index of the closing fence's line: the YAML lines are those between it and line 0.
  const close = split.kind === 'ok' ? text.slice(0, split.block.offset + split.block.yaml.length).split('\n').length - 1 : -1;
  const out: SealedLine[] = [];
  let skipping = false;
  lines.forEach((raw, i) => {
    const inFront = i > 0 && i < close;
    if (inFront) {
      const top = /^[A-Za-z_][\w-]*\s*:/.test(raw);
      if (top) skipping = /^approved\s*:/.test(raw);
      if (skipping || /^status\s*:/.test(raw)) return;
      // A line that continues the `approved` block (indented, a list entry, blank) is part of it.
    }
    out.push({ text: raw.replace(/[ \t]+$/, ''), line: i + 1 });
  });
  while (out.length > 0 && out.at(-1)!.text === '') out.pop();
  return out;
}

/** The sealed text with the amendments undone: `now` back to `was`, last amendment first. */
export function unamended(text: string, amendments: readonly Amendment[]): string {
  let t = text;
  for (const a of [...amendments].reverse()) {
    if (a.was === undefined || a.now === undefined || a.now === '') continue;
    const at = t.indexOf(a.now);
    if (at >= 0) t = t.slice(0, at) + a.was + t.slice(at + a.now.length);
  }
  return t;
}

export function digestOf(source: string, amendments: readonly Amendment[] = []): string {
  const text = unamended(sealedLines(source).map((l) => l.text).join('\n'), amendments);
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * Where two versions of a file first differ, in the sealed lines (the approved version's
 * amendments undone in both): the current file's source line and both texts, or undefined when
 * they do not differ.
 */
export function firstDifference(approved: string, current: string, amendments: readonly Amendment[] = []): { line: number; was: string; now: string } | undefined {
  const a = unamended(sealedLines(approved).map((l) => l.text).join('\n'), amendments).split('\n');
  const cur = sealedLines(current);
  const b = unamended(cur.map((l) => l.text).join('\n'), amendments).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const line = cur[Math.min(i, cur.length - 1)]?.line ?? 1;
      return { line, was: a[i] ?? '', now: b[i] ?? '' };
    }
  }
  return undefined;
}
