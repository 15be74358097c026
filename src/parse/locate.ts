import type { Point, Span } from './position.js';

/** Offset ↔ line:column for one decoded source. */
export interface Locator {
  point(offset: number): Point;
  span(start: number, end: number): Span;
}

/**
 * Line breaks are LF, CRLF and a lone CR, as CommonMark (and so the Markdown tree's positions)
 * counts them: every finding, whichever part found it, then names the same line.
 */
export function createLocator(text: string): Locator {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }) };
}
