import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { createLocator } from './locate.js';

// Built on first use rather than at import, so that commands that never parse Markdown
// (`--version`, a file that fails to decode) do not pay for it. One per set of constructs left out.
const processors = new Map<string, Processor<Root>>();
function parserFor(autolinkLiterals: boolean, tables: boolean): Processor<Root> {
  const key = `${autolinkLiterals}/${tables}`;
  let p = processors.get(key);
  if (!p) {
    const left = new Set([...(autolinkLiterals ? [] : AUTOLINK_CONSTRUCTS), ...(tables ? [] : ['table'])]);
    const base = unified().use(remarkParse).use(remarkGfm);
    p = (left.size > 0 ? base.use(withoutConstructs, left) : base).use(remarkFrontmatter, ['yaml']) as unknown as Processor<Root>;
    processors.set(key, p);
  }
  return p;
}

/**
 * Whether a text may hold a GFM table: its delimiter row has a `|` or, for one column written
 * without pipes (`:--`), a colon against a dash. The table construct is tried at the start of
 * every block and reads the line to its end, about a tenth of the parse; minutes rarely have tables.
 */
const MAY_HOLD_TABLE = /\||:-|-:/;

export interface MarkdownOptions {
  /**
   * Turn bare URLs and e-mail addresses into links (GFM autolink literals; default true). The
   * outputs need them; the rules do not, and they cost about a third of the parse: the tokenizer
   * tries them at every letter and digit, and a transform searches every text node again.
   */
  autolinkLiterals?: boolean;
  /**
   * Where the body starts after a YAML front matter block (`---` … `---`, as front-matter.ts
   * splits it). The block is then not parsed as Markdown: its `yaml` node was read by nothing
   * (every reader skips it, the YAML is parsed on its own), and in minutes that list their people
   * and reviews it is often a third of the text. The body's nodes keep their positions in the file.
   */
  bodyStart?: number;
}

const AUTOLINK_CONSTRUCTS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];

type ConstructMap = Record<string, unknown>;
interface ParserData {
  micromarkExtensions?: Array<{ text?: ConstructMap; flow?: ConstructMap }>;
  fromMarkdownExtensions?: Array<unknown>;
}

/** A construct map without the constructs of some names. */
function without(map: ConstructMap, names: ReadonlySet<string>): ConstructMap {
  const out: ConstructMap = {};
  for (const [code, c] of Object.entries(map)) {
    const kept = (Array.isArray(c) ? c : [c]).filter((x) => !names.has((x as { name?: string }).name ?? ''));
    if (kept.length > 0) out[code] = kept;
  }
  return out;
}

/**
 * Takes constructs that remark-gfm registered back out of the tokenizer's text and flow maps: GFM's
 * autolink literals (and then the tree extension that enters `literalAutolink`, whose transform
 * searches every text node again), or tables (whose tree extension is then never called). Footnotes,
 * strikethrough and task lists stay as they are.
 */
function withoutConstructs(this: { data(): ParserData }, names: ReadonlySet<string>): void {
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((ext) => ({
    ...ext,
    ...(ext.text ? { text: without(ext.text, names) } : {}),
    ...(ext.flow ? { flow: without(ext.flow, names) } : {}),
  }));
  if (!names.has('wwwAutolink')) return;
  const isAutolink = (e: unknown) => typeof e === 'object' && e !== null && 'enter' in e && 'literalAutolink' in ((e as { enter: object }).enter ?? {});
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((e) => (Array.isArray(e) ? e.filter((x) => !isAutolink(x)) : e)).filter((e) => !isAutolink(e));
}

/**
 * Above this many characters the body is parsed section by section. The Markdown parser keeps
 * every token of the text in memory at once (about a kilobyte per source character at worst),
 * so a multi-megabyte paste would otherwise take gigabytes; sections keep the peak small.
 */
export const CHUNK_THRESHOLD = 256 * 1024;

/** CommonMark + GFM with the front matter as a `yaml` node, so that positions are file positions. */
export function parseMarkdown(text: string, options: MarkdownOptions = {}): Root {
  const from = options.bodyStart ?? 0;
  // The body starts a line (the closing fence ends with its line break), so columns stay as they are.
  if (from <= 0 || from > text.length || text.charCodeAt(from - 1) !== 10) return markDelimiters(parseWhole(text, options), text);
  const root = parseWhole(text.slice(from), options);
  const lines = lineBreaks(text, from);
  for (const c of root.children) shift(c, from, lines);
  const end = root.position?.end;
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: end && root.children.length > 0 ? { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + from } : { line: lines + 1, column: 1, offset: from },
  };
  return markDelimiters(root, text);
}

/** Line breaks before an offset, counted as CommonMark counts them (LF, CRLF, a lone CR). */
function lineBreaks(text: string, before: number): number {
  let n = 0;
  for (let i = 0; i < before; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** What an ordered list's numbers end with as written, `.` or `)`: mdast keeps the first number but not this. */
interface ListData {
  delimiter?: ')';
}

/** An ordered list item whose number as written is not the one after the item before it. */
interface ListItemData {
  number?: number;
}

/**
 * Ordered lists keep their numbering as written (NATURAL §1): a list written `1)` is marked, and an
 * item whose written number breaks the run (`1.`, `2.`, `4.`) carries its number, which a plain
 * `<ol>` would otherwise renumber. Lists written `1.`, `2.`, `3.`, the common case, carry nothing.
 */
export function markDelimiters(root: Root, text: string): Root {
  if (!/^[ \t>]*\d{1,9}[.)]/m.test(text)) return root;
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'list' && n.ordered) {
        const first = n.children[0]?.position?.start.offset;
        if (first !== undefined && /^\d{1,9}\)/.test(text.slice(first, first + 10))) n.data = { ...n.data, delimiter: ')' } as ListData;
        const numbers = n.children.map((item) => {
          const at = item.position?.start.offset;
          const written = at === undefined ? undefined : /^\d{1,9}/.exec(text.slice(at, at + 10))?.[0];
          return written === undefined ? undefined : Number(written);
        });
        // `1.` on every item is Markdown's way of letting the list count for itself.
        const lazy = numbers.every((x) => x === undefined || x === (n.start ?? 1));
        let expected = n.start ?? 1;
        n.children.forEach((item, i) => {
          const written = numbers[i];
          if (!lazy && written !== undefined && written !== expected) item.data = { ...item.data, number: written } as ListItemData;
          expected = (lazy || written === undefined ? expected : written) + 1;
        });
      }
      if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(root.children);
  return root;
}

function parseWhole(text: string, options: MarkdownOptions): Root {
  const tables = MAY_HOLD_TABLE.test(text);
  const parser = () => parserFor(options.autolinkLiterals !== false, tables);
  if (text.length <= CHUNK_THRESHOLD) return parser().parse(text);
  const starts = sectionStarts(text);
  if (starts.length === 1) return parser().parse(text);
  const root: Root = { type: 'root', children: [] };
  const loc = createLocator(text);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? text.length;
    const part = parser().parse(text.slice(from, to));
    if (from > 0) for (const c of part.children) shift(c, from, loc.point(from).line - 1);
    root.children.push(...part.children);
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: loc.point(text.length) };
  return root;
}

/**
 * Offsets where the text can be cut without changing how it parses: a `#` heading at the start of
 * a line after a blank line ends every open block except a fenced code block, an HTML block of the
 * kinds that run to an end marker, and (since sections are parsed apart) nothing else, so a cut is
 * made there unless one of those is open. Link reference definitions are resolved per parse, so a
 * text that has any is not cut.
 */
function sectionStarts(text: string): number[] {
  if (/^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:/m.test(text)) return [0];
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let lastCut = 0;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(pos, end);
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(lineText);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(lineText)) htmlEnd = undefined;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})([^`]*)$/.exec(lineText);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length };
      else {
        htmlEnd = htmlBlockEnd(lineText);
        if (htmlEnd?.test(lineText.slice(4))) htmlEnd = undefined;
        if (!htmlEnd && previousBlank && /^#{1,6}(?:[ \t]|\r?$)/.test(lineText) && pos - lastCut >= 16 * 1024) {
          starts.push(pos);
          lastCut = pos;
        }
      }
    }
    previousBlank = /^[ \t]*\r?$/.test(lineText);
    pos = end + 1;
  }
  return fence || htmlEnd ? [0] : starts;
}

/** For an HTML block that runs until an end marker (CommonMark kinds 1 to 5), that marker. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const m = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:pre|script|style|textarea)(?=[\s>]|$))/i.exec(line);
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  if (kind === '!--') return /-->/;
  if (kind === '?') return /\?>/;
  if (kind === '![cdata[') return /\]\]>/;
  if (kind.startsWith('!')) return />/;
  return /<\/(?:pre|script|style|textarea)>/i;
}

type Positioned = { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }; children?: Positioned[] };

/** Moves a node parsed on its own to where it stands in the whole text (sections start a line). */
function shift(node: RootContent, offset: number, lines: number): void {
  const stack: Positioned[] = [node as Positioned];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.position) {
      n.position.start.line += lines;
      n.position.end.line += lines;
      if (n.position.start.offset !== undefined) n.position.start.offset += offset;
      if (n.position.end.offset !== undefined) n.position.end.offset += offset;
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
}
