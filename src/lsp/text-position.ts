/**
 * Positions between minutebook's model and the editor. The model counts from the text with any
 * byte-order mark removed; an editor buffer may still hold the mark, and then every offset moves
 * by one. Lines and columns of LSP are 0-based and count UTF-16 units, as JavaScript strings do.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Point, Span } from '../model/types.js';

const bomOf = (doc: TextDocument) => (doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\uFEFF' ? 1 : 0);

/** Offset in the model's text of an editor position. */
export function modelOffset(doc: TextDocument, position: Position): number {
  return Math.max(0, doc.offsetAt(position) - bomOf(doc));
}

/** Editor position of an offset in the model's text. */
export function editorPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset + bomOf(doc));
}

export function editorRange(doc: TextDocument, start: number, end: number): Range {
  return { start: editorPosition(doc, start), end: editorPosition(doc, end) };
}

/** A model span in a file that is not open: line and column are enough, and need no text. */
export function spanRange(span: Span): Range {
  return { start: pointPosition(span.start), end: pointPosition(span.end) };
}

function pointPosition(p: Point): Position {
  return { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
}

/** Whether an offset falls inside a span, both ends included (a cursor just after a word is on it). */
export const within = (span: Span | undefined, offset: number) => span !== undefined && span.start.offset <= offset && offset <= span.end.offset;
