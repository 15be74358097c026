/** unist-style positions: 1-based line and column, 0-based offset into the decoded source. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** Where each key of a YAML map was written: the key and its value. */
export interface FieldSpans {
  [key: string]: { key?: Span; value: Span } | undefined;
}
