import { isMap, isScalar, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';

/** A YAML syntax error restated for a secretariat: where the parser stopped, and what to do. */
export interface YamlSyntaxFinding {
  /** Offsets into the YAML text. */
  start: number;
  end: number;
  /** The parser's error code, e.g. `DUPLICATE_KEY`. */
  code: string;
  message: string;
}

/** Line and column in the file of an offset in the YAML text, for messages that refer elsewhere. */
export type WhereIs = (yamlOffset: number) => { line: number; column: number };

/**
 * The `yaml` parser's messages are written for programmers and it often reports one slip several
 * times (a mis-indented line yields "nested mappings…" and "implicit keys…"). This keeps one
 * finding per line, moves positions off leading blanks onto the offending text, names that text,
 * and says how to fix the common cases: duplicate keys, tabs, indentation and unclosed quotes.
 */
export function describeYamlErrors(doc: Document.Parsed, yaml: string, where: WhereIs): YamlSyntaxFinding[] {
  const errors = doc.errors;
  const multiline = errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  const out: YamlSyntaxFinding[] = [];
  let duplicates: Map<number, DuplicateKey> | undefined;
  for (const e of errors) {
    // "Nested mappings" is the first half of a mis-indented line that MULTILINE_IMPLICIT_KEY explains better.
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.some((m) => m.pos[0] <= e.pos[0] && e.pos[0] < m.pos[1])) continue;
    out.push({ ...describe(e, doc, yaml, where, () => (duplicates ??= duplicateKeys(doc))), code: e.code });
  }
  out.sort((a, b) => a.start - b.start);
  // One finding per line; a tab on a line explains everything else reported on it.
  const byLine = new Map<number, YamlSyntaxFinding>();
  for (const f of out) {
    const { line } = where(f.start);
    const seen = byLine.get(line);
    if (!seen || (f.code === 'TAB_AS_INDENT' && seen.code !== 'TAB_AS_INDENT')) byLine.set(line, f);
  }
  return [...byLine.values()].sort((a, b) => a.start - b.start);
}

type Described = Omit<YamlSyntaxFinding, 'code'>;

function describe(e: YAMLError, doc: Document.Parsed, yaml: string, where: WhereIs, duplicates: () => Map<number, DuplicateKey>): Described {
  const [p0, p1] = e.pos;
  const raw = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const dup = duplicates().get(p0);
      if (dup) {
        const first = dup.first !== undefined ? `: it is already given on line ${where(dup.first).line}` : '';
        return { start: dup.range[0], end: dup.range[1], message: `Duplicate key "${dup.key}"${first}; give each key once` };
      }
      return at(yaml, p0, p1, `Duplicate key ${quoteLine(yaml, p0)}; give each key once`);
    }
    case 'TAB_AS_INDENT': {
      const text = lineText(yaml, p0).trim();
      return { start: p0, end: Math.max(p1, p0 + 1), message: `Tab used for indentation before "${text}": YAML indentation must be spaces` };
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      // The last line of the span is the one whose indentation made it run on.
      const lastLineStart = yaml.lastIndexOf('\n', Math.max(p0, p1 - 1)) + 1;
      const start = Math.max(p0, lastLineStart);
      return at(yaml, start, p1, `Bad indentation at ${quoteLine(yaml, start)}: the line is read as part of the value above it; line it up with its sibling keys`);
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const rest = yaml.slice(p0, lineEnd(yaml, p0)).trim();
      return at(yaml, p0, p1, `The value "${rest}" contains ": ", which YAML reads as a key: put the value in quotes`);
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(raw)?.[1];
      if (quote) {
        const open = openingQuote(doc, quote, p0);
        if (open !== undefined) {
          const { line, column } = where(open);
          const shown = yaml.slice(open, lineEnd(yaml, open)).trim();
          return { start: p0, end: Math.max(p1, p0), message: `The quoted text ${shown} (line ${line}, column ${column}) is never closed: add the closing ${quote}` };
        }
      }
      if (/without - indicator/.test(raw)) {
        const s = skipIndent(yaml, p0);
        return at(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: it is neither a list item (\`- \`) nor lined up with the keys above it`);
      }
      return at(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
    }
    case 'BAD_INDENT': {
      const s = skipIndent(yaml, p0);
      return at(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: ${raw}`);
    }
    default:
      return at(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
  }
}

/** A finding at `start`, moved off leading blanks onto the line's text. */
function at(yaml: string, start: number, end: number, message: string): Described {
  const s = skipIndent(yaml, start);
  return { start: s, end: Math.max(s + 1, end), message };
}

function skipIndent(yaml: string, offset: number): number {
  const ls = yaml.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ ]*$/.test(yaml.slice(ls, offset))) return offset;
  let i = offset;
  while (yaml[i] === ' ') i++;
  return i < yaml.length && yaml[i] !== '\n' && yaml[i] !== '\r' ? i : offset;
}

interface DuplicateKey {
  key: string;
  range: [number, number];
  /** Offset of the same key's first occurrence in its map. */
  first?: number;
}

/** Every key that repeats an earlier key of its map, by the offset where it starts. */
function duplicateKeys(doc: Document.Parsed): Map<number, DuplicateKey> {
  const found = new Map<number, DuplicateKey>();
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const firstAt = new Map<string, number | undefined>();
      for (const p of map.items as Pair<Node | null, unknown>[]) {
        const k = p.key;
        if (!k?.range) continue;
        const name = isScalar(k) ? String(k.value) : String(k);
        if (firstAt.has(name)) {
          const d: DuplicateKey = { key: name, range: [k.range[0], k.range[1]] };
          const first = firstAt.get(name);
          if (first !== undefined) d.first = first;
          found.set(k.range[0], d);
        } else firstAt.set(name, k.range[0]);
      }
    },
  });
  return found;
}

/** Start of the quoted scalar that the parser ran to `stop` looking for its closing quote. */
function openingQuote(doc: Document.Parsed, quote: string, stop: number): number | undefined {
  const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  let best: number | undefined;
  visit(doc, {
    Scalar(_, s) {
      const r = s.range;
      if (s.type === type && r && r[0] <= stop && r[1] >= stop - 1 && (best === undefined || r[0] > best)) best = r[0];
    },
  });
  return best;
}

function lineEnd(yaml: string, offset: number): number {
  const n = yaml.indexOf('\n', offset);
  const e = n < 0 ? yaml.length : n;
  return yaml[e - 1] === '\r' ? e - 1 : e;
}

function lineText(yaml: string, offset: number): string {
  return yaml.slice(yaml.lastIndexOf('\n', offset - 1) + 1, lineEnd(yaml, offset));
}

function quoteLine(yaml: string, offset: number): string {
  const t = lineText(yaml, offset).trim();
  return t ? `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"` : 'the end of the front matter';
}
