import { location } from 'vfile-location';
import type { Point, Span } from '../model/position.js';

/** Offset ↔ line:column for one decoded source (CRLF counts as one line break). */
export interface Locator {
  point(offset: number): Point;
  span(start: number, end: number): Span;
}

export function createLocator(text: string): Locator {
  const loc = location(text);
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, text.length));
    const p = loc.toPoint(o);
    if (p) return { line: p.line, column: p.column, offset: o };
    // vfile-location answers undefined for the end of the text; compute it.
    const before = text.lastIndexOf('\n', o - 1);
    const line = text.slice(0, o).split('\n').length;
    return { line, column: o - before, offset: o };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }) };
}
