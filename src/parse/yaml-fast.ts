import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';

/**
 * A reader for the YAML most front matter is written in: block maps and lists of plain or quoted
 * one-line values, with one-line flow maps and lists (`- { name: Jo Bloggs, role: chair }`),
 * literal blocks (`update: |`) and comment lines between entries. It
 * builds the same nodes, with the same values and ranges, that the `yaml` package's parser builds
 * (which test/yaml-fast.test.ts compares on every front matter of the examples, fixtures and
 * reference minutes), at a fraction of the cost: the parser's lexer, syntax tree and composer
 * were a tenth of a 1,000-file check. Anything outside that subset (other comments, anchors, tags,
 * folded scalars, escapes, multi-line values, tabs, CR, duplicate keys, anything malformed) makes
 * it give up, and the caller parses with the `yaml` package, so errors and their messages always
 * come from there.
 */

/** Thrown to give up; caught in `fastYaml` only. */
const GIVE_UP = Symbol('give up');
type Node = Scalar | YAMLMap | YAMLSeq;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
/** The other plain forms the core schema reads as non-strings (octal, hex, floats, .inf, .nan): left to the parser. */
const OTHER_TYPED = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Characters a plain scalar may not start with (YAML's indicators), and what the fast reader leaves to the parser. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Anywhere in the text: tabs, CR, directives and document markers go to the parser. */
const UNSUPPORTED = /[\t\r]|^(?:---|\.\.\.|%)/m;
const MAX_KEY = 1000;
const BLANK = -1;
const COMMENT = -2;

class Reader {
  private readonly lineStarts: number[] = [];
  private readonly lineEnds: number[] = [];
  private readonly indents: number[] = [];
  private readonly commentColumns = new Map<number, number>();
  private line = 0;

  constructor(
    private readonly s: string,
    private readonly schema: Schema,
  ) {
    for (let pos = 0; pos < s.length; ) {
      const nl = s.indexOf('\n', pos);
      const end = nl === -1 ? s.length : nl;
      let i = pos;
      while (i < end && s.charCodeAt(i) === 32) i++;
      this.lineStarts.push(pos);
      this.lineEnds.push(end);
      // A blank line has no indentation of its own; a comment line is skipped as one (COMMENT).
      if (i < end && s.charCodeAt(i) === 35) this.commentColumns.set(this.indents.length, i - pos);
      this.indents.push(i === end ? BLANK : s.charCodeAt(i) === 35 ? COMMENT : i - pos);
      pos = end + 1;
    }
  }

  /**
   * Past blank lines, and comment lines whose `#` stands at most at column `comments`. The parser
   * gives a comment indented deeper than the collection it follows to the value before it, whose
   * range then runs over it; one at the collection's column or left of it changes no range.
   */
  private skipBlank(comments: number): void {
    for (; this.line < this.indents.length && this.indents[this.line]! < 0; this.line++) {
      if (this.indents[this.line] === COMMENT && this.commentColumns.get(this.line)! > comments) throw GIVE_UP;
    }
  }

  /**
   * Where the next entry of a collection at this indent starts, past blank and comment lines;
   * undefined when the collection ends there (the text ends, or a line is less indented). A deeper
   * line is a value the fast path does not read: the parser takes the whole text.
   */
  private nextEntry(indent: number): number | undefined {
    this.skipBlank(indent);
    if (this.line >= this.indents.length) return undefined;
    const ind = this.indents[this.line]!;
    if (ind < indent) return undefined;
    if (ind > indent) throw GIVE_UP;
    return this.lineStarts[this.line]! + ind;
  }

  /** The offset just past a line's end, newline included. */
  private after(line: number): number {
    return Math.min(this.lineEnds[line]! + 1, this.s.length);
  }

  document(): YAMLMap {
    this.skipBlank(0);
    if (this.line >= this.indents.length || this.indents[this.line] !== 0 || this.isSeqEntry(this.lineStarts[this.line]!)) throw GIVE_UP;
    const map = this.blockMap(0, this.lineStarts[this.line]!);
    this.skipBlank(0);
    if (this.line < this.indents.length) throw GIVE_UP;
    return map;
  }

  private isSeqEntry(at: number): boolean {
    const c = this.s.charCodeAt(at + 1);
    return this.s.charCodeAt(at) === 45 && (c === 32 || c === 10 || Number.isNaN(c));
  }

  /** A block map whose keys start at column `indent`; its first key is at `first` on the current line. */
  private blockMap(indent: number, first: number): YAMLMap {
    const map = new YAMLMap(this.schema);
    const keys = new Set<unknown>();
    let at = first;
    let end = first;
    for (;;) {
      const pair = this.entry(indent, at);
      const key = (pair.key as Scalar).value;
      if (keys.has(key)) throw GIVE_UP;
      keys.add(key);
      map.items.push(pair);
      end = (pair.value as Node).range![2];
      const next = this.nextEntry(indent);
      if (next === undefined || this.isSeqEntry(next)) break;
      at = next;
    }
    map.range = [first, end, end];
    return map;
  }

  /** `key: value` at `at` on the current line, and whatever block value follows it. */
  private entry(indent: number, at: number): Pair {
    const s = this.s;
    const lineEnd = this.lineEnds[this.line]!;
    let colon = s.indexOf(':', at);
    while (colon !== -1 && colon < lineEnd && !(colon + 1 === lineEnd || s.charCodeAt(colon + 1) === 32)) colon = s.indexOf(':', colon + 1);
    if (colon === -1 || colon >= lineEnd) throw GIVE_UP;
    let keyEnd = colon;
    while (keyEnd > at && s.charCodeAt(keyEnd - 1) === 32) keyEnd--;
    if (keyEnd - at > MAX_KEY || keyEnd !== colon) throw GIVE_UP;
    const key = this.plain(at, keyEnd, keyEnd);
    let v = colon + 1;
    while (v < lineEnd && s.charCodeAt(v) === 32) v++;
    if (v < lineEnd) {
      return new Pair(key, this.inlineValue(v, lineEnd, indent));
    }
    // Nothing after the colon: a block value on the lines below, or null.
    this.line++;
    // Where a comment here goes (the key, the null, the block below) is left to the parser.
    this.skipBlank(-1);
    if (this.line < this.indents.length) {
      const ind = this.indents[this.line]!;
      const start = this.lineStarts[this.line]! + ind;
      if (ind > indent) return new Pair(key, this.isSeqEntry(start) ? this.blockSeq(ind, start) : this.blockMap(ind, start));
      if (ind === indent && this.isSeqEntry(start)) return new Pair(key, this.blockSeq(ind, start));
    }
    return new Pair(key, this.scalarNode(null, '', colon + 1, colon + 1, colon + 1, 'PLAIN'));
  }

  /** A block list whose `-` marks stand at column `indent`, the first at `first`. */
  private blockSeq(indent: number, first: number): YAMLSeq {
    const seq = new YAMLSeq(this.schema);
    const s = this.s;
    let at = first;
    let end = first;
    for (;;) {
      const lineEnd = this.lineEnds[this.line]!;
      let v = at + 1;
      while (v < lineEnd && s.charCodeAt(v) === 32) v++;
      if (v === lineEnd || v === at + 1) throw GIVE_UP;
      let item: Node;
      if (this.looksLikeKey(v, lineEnd)) item = this.blockMap(v - this.lineStarts[this.line]!, v);
      else {
        item = this.inlineValue(v, lineEnd, indent);
      }
      seq.items.push(item);
      end = item.range![2];
      const next = this.nextEntry(indent);
      if (next === undefined || !this.isSeqEntry(next)) break;
      at = next;
    }
    seq.range = [first, end, end];
    return seq;
  }

  /** Whether a list item's text is a `key: value` entry (a map in the list). */
  private looksLikeKey(v: number, lineEnd: number): boolean {
    const c = this.s[v]!;
    if (c === '{' || c === '[' || c === '"' || c === "'") return false;
    const colon = this.s.indexOf(': ', v);
    return (colon !== -1 && colon < lineEnd) || this.s.charCodeAt(lineEnd - 1) === 58;
  }

  /**
   * A value that starts on its line at `v` (not a space) and fills the rest of it, or a literal
   * block (`|`) whose lines follow, indented more than `parentIndent`; moves past its lines.
   */
  private inlineValue(v: number, lineEnd: number, parentIndent: number): Node {
    const s = this.s;
    const c = s[v]!;
    let node: Node;
    let end: number;
    if (c === '|') return this.literal(v, lineEnd, parentIndent);
    if (c === '{' || c === '[') {
      const r = this.flow(v, lineEnd);
      node = r.node;
      end = r.end;
    } else if (c === '"' || c === "'") {
      const r = this.quoted(v, lineEnd);
      node = r.node;
      end = r.end;
    } else {
      let e = lineEnd;
      while (s.charCodeAt(e - 1) === 32) e--;
      const text = s.slice(v, e);
      if (text.includes(': ') || text.endsWith(':')) throw GIVE_UP;
      node = this.plain(v, e, e);
      end = e;
    }
    for (let i = end; i < lineEnd; i++) if (s.charCodeAt(i) !== 32) throw GIVE_UP;
    node.range![2] = this.after(this.line);
    this.line++;
    return node;
  }

  /** A literal block scalar, `|` (a final line break kept) or `|-` (none), its indentation found from its first line. */
  private literal(v: number, lineEnd: number, parentIndent: number): Scalar {
    const s = this.s;
    const header = s.slice(v, lineEnd).trimEnd();
    if (header !== '|' && header !== '|-') throw GIVE_UP;
    const first = this.line + 1;
    const m = this.indents[first];
    if (m === undefined || m <= parentIndent) throw GIVE_UP;
    const lines: string[] = [];
    let last = first;
    let l = first;
    for (; l < this.indents.length; l++) {
      const ind = this.indents[l]!;
      if (ind === COMMENT) throw GIVE_UP;
      if (ind !== BLANK && ind < m) break;
      const from = this.lineStarts[l]! + m;
      lines.push(from < this.lineEnds[l]! ? s.slice(from, this.lineEnds[l]!) : '');
      if (ind !== BLANK) last = l;
    }
    if (this.lineEnds[last]! >= s.length) throw GIVE_UP;
    lines.length = last - first + 1;
    const value = lines.join('\n') + (header === '|' ? '\n' : '');
    const end = this.after(last);
    this.line = last + 1;
    return this.scalarNode(value, value, v, end, end, 'BLOCK_LITERAL');
  }

  /** A quoted scalar on one line: `"…"` without escapes, or `'…'` with `''` for a quote. */
  private quoted(v: number, lineEnd: number): { node: Scalar; end: number } {
    const s = this.s;
    const q = s[v]!;
    let i = v + 1;
    let value = '';
    for (;;) {
      const close = s.indexOf(q, i);
      if (close === -1 || close >= lineEnd) throw GIVE_UP;
      value += s.slice(i, close);
      if (q === "'" && s[close + 1] === "'") {
        value += "'";
        i = close + 2;
        continue;
      }
      i = close + 1;
      break;
    }
    // A quoted value with a run of spaces inside would be folded the same way on one line; leave anything odd to the parser.
    if (value.includes('  ') || (q === '"' && value.includes('\\'))) throw GIVE_UP;
    const node = this.scalarNode(value, value, v, i, i, q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
    return { node, end: i };
  }

  /** A flow map or list closed on the same line, starting at `v` (`{` or `[`). */
  private flow(v: number, lineEnd: number): { node: YAMLMap | YAMLSeq; end: number } {
    const s = this.s;
    const isMap = s[v] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    node.flow = true;
    const keys = new Set<unknown>();
    let i = v + 1;
    const skip = () => {
      while (i < lineEnd && s.charCodeAt(i) === 32) i++;
    };
    skip();
    if (s[i] === close) throw GIVE_UP;
    for (;;) {
      skip();
      if (isMap) {
        let colon = i;
        while (colon < lineEnd && !(s[colon] === ':' && s.charCodeAt(colon + 1) === 32) && !',[]{}'.includes(s[colon]!)) colon++;
        if (s[colon] !== ':' || colon === i || s.charCodeAt(colon - 1) === 32) throw GIVE_UP;
        const key = this.plain(i, colon, colon);
        if (keys.has(key.value)) throw GIVE_UP;
        keys.add(key.value);
        i = colon + 1;
        skip();
        const value = this.flowItem(i, lineEnd);
        i = value.range![2];
        (node as YAMLMap).items.push(new Pair(key, value));
      } else {
        const item = this.flowItem(i, lineEnd);
        i = item.range![2];
        (node as YAMLSeq).items.push(item);
      }
      if (s[i] === ',') {
        i++;
        skip();
        if (s[i] === close) throw GIVE_UP;
        continue;
      }
      if (s[i] !== close) throw GIVE_UP;
      i++;
      break;
    }
    node.range = [v, i, i];
    return { node, end: i };
  }

  /** A scalar or nested flow collection inside a flow collection; its range's end runs over the spaces after it. */
  private flowItem(i: number, lineEnd: number): Node {
    const s = this.s;
    const c = s[i];
    let node: Node;
    if (c === '{' || c === '[') node = this.flow(i, lineEnd).node;
    else if (c === '"' || c === "'") node = this.quoted(i, lineEnd).node;
    else {
      let e = i;
      while (e < lineEnd && !',[]{}'.includes(s[e]!)) {
        if (s[e] === ':' && (s.charCodeAt(e + 1) === 32 || ',[]{}'.includes(s[e + 1] ?? ''))) throw GIVE_UP;
        e++;
      }
      let ve = e;
      while (ve > i && s.charCodeAt(ve - 1) === 32) ve--;
      if (ve === i) throw GIVE_UP;
      node = this.plain(i, ve, ve);
    }
    let e = node.range![1];
    while (e < lineEnd && s.charCodeAt(e) === 32) e++;
    node.range![2] = e;
    return node;
  }

  /** A plain scalar from `start` to `end`, typed as the core schema types it. */
  private plain(start: number, end: number, nodeEnd: number): Scalar {
    const text = this.s.slice(start, end);
    if (text === '' || INDICATOR.test(text) || text.includes(' #') || text.includes('  ')) throw GIVE_UP;
    let value: unknown = text;
    if (NULL.test(text)) value = null;
    else if (BOOL.test(text)) value = text[0] === 't' || text[0] === 'T';
    else if (INT.test(text)) value = parseInt(text, 10);
    else if (OTHER_TYPED.test(text)) throw GIVE_UP;
    return this.scalarNode(value, text, start, end, nodeEnd, 'PLAIN');
  }

  private scalarNode(value: unknown, source: string, start: number, end: number, nodeEnd: number, type: Scalar.Type): Scalar {
    const node = new Scalar(value);
    node.range = [start, end, nodeEnd];
    node.source = source;
    node.type = type;
    return node;
  }
}

/**
 * The document the `yaml` package would parse from `text` with the options front-matter.ts
 * gives it, when `text` is in the subset read here; otherwise `undefined`.
 */
export function fastYaml(text: string, options: { prettyErrors: false; uniqueKeys: true; strict: true }): Document.Parsed | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  const doc = new Document(undefined, options);
  let contents: YAMLMap;
  try {
    contents = new Reader(text, doc.schema).document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
  doc.contents = contents;
  (doc as { range?: [number, number, number] }).range = [0, text.length, text.length];
  return doc as Document.Parsed;
}
