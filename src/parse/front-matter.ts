import { parse, parseDocument, type Document } from 'yaml';
import { fastYaml } from './yaml-fast.js';

/** The front matter block of a minutes file, located in the decoded source. */
export interface FrontMatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** Offset of the YAML text in the source. */
  offset: number;
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
}

export type FrontMatterSplit =
  | { kind: 'ok'; block: FrontMatterBlock }
  | { kind: 'missing' }
  | { kind: 'unclosed'; openEnd: number };

const OPEN = /^---[ \t]*\r?\n/;
// Only `---` closes: remark-frontmatter, which places the body, does not accept YAML's `...`.
const CLOSE = /^---[ \t]*(?:\r?\n|$)/gm;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { kind: 'missing' };
  const offset = open[0].length;
  CLOSE.lastIndex = offset;
  // An empty block (`---` immediately followed by `---`) closes on the very next line.
  const close = CLOSE.exec(text);
  if (!close) return { kind: 'unclosed', openEnd: offset };
  return {
    kind: 'ok',
    block: { yaml: text.slice(offset, close.index), offset, start: 0, end: close.index + close[0].length },
  };
}

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

export function parseYaml(block: FrontMatterBlock): Document.Parsed {
  // Most front matter is plain `key: value` lines and lists, read by yaml-fast.ts into the nodes
  // the parser would build; the rest, and every error, comes from the parser itself.
  // No LineCounter: nothing reads it (positions come from node offsets), and it costs about 13%.
  return fastYaml(block.yaml, YAML_OPTIONS) ?? parseDocument(block.yaml, YAML_OPTIONS);
}

const BOM = /^\uFEFF/;

/** Whether a text (a file's first bytes will do) starts as minutes do: with a front matter fence. */
export function opensFrontMatter(text: string): boolean {
  return OPEN.test(text.replace(BOM, ''));
}

const DATE_KEY = /^date[ \t]*:/m;
const PEOPLE_KEY = /^(?:attendees|present|apologies|absent|participants|in_attendance|observers)[ \t]*:/m;

/**
 * Whether a text's front matter reads as minutes': a `date` (or `datedName`: the file name starts
 * with one) and a people list. Keys are looked for line by line, so that a YAML error in real
 * minutes does not make them pass for another kind of page. `cut`: the text is only the start of
 * a file, so the block may not be closed within it.
 */
export function looksLikeMinutes(text: string, options: { cut?: boolean; datedName?: boolean } = {}): boolean {
  const bare = text.replace(BOM, '');
  const split = splitFrontMatter(bare);
  if (split.kind === 'missing' || (split.kind === 'unclosed' && !options.cut)) return false;
  const yaml = split.kind === 'ok' ? split.block.yaml : bare.slice(split.openEnd);
  return (options.datedName === true || DATE_KEY.test(yaml)) && PEOPLE_KEY.test(yaml);
}

/** What the front matter says about a meeting's place in its series, as written. */
export interface FrontMatterHead {
  code?: string;
  meeting?: string;
  date?: string;
}

const HEAD_KEYS = ['code', 'meeting', 'date'] as const;
const plainKey = (name: string) => new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, 'm');
const PLAIN = { code: plainKey('code'), meeting: plainKey('meeting'), date: plainKey('date') };
/** Values a line-by-line look cannot read: flow collections, anchors, aliases, tags, block scalars. */
const NOT_PLAIN = /^[[{&*!|>]/;
const unquote = (s: string) => s.replace(/^(['"])(.*)\1$/, '$2');

/**
 * Reads `code`, `meeting` and `date` from the front matter. Most files write them as plain
 * `key: value` lines, read here without parsing the YAML (series commands glance at every file
 * of a folder); anything else is read by the YAML parser. `cut`: the text is only the start of
 * a file, so that a key may lie beyond it; then `undefined` means "read the whole file".
 * Without `cut`, `undefined` means the text has no readable front matter.
 */
export function readHead(text: string, options: { cut?: boolean } = {}): FrontMatterHead | undefined {
  const split = splitFrontMatter(text.replace(BOM, ''));
  if (split.kind === 'missing') return undefined;
  const closed = split.kind === 'ok';
  if (!closed && !options.cut) return undefined;
  const yaml = closed ? split.block.yaml : text.replace(BOM, '').slice(split.openEnd);
  const found: FrontMatterHead = {};
  let plain = true;
  for (const k of HEAD_KEYS) {
    const v = PLAIN[k].exec(yaml)?.[1];
    if (v === undefined || v === '') continue;
    if (NOT_PLAIN.test(v)) plain = false;
    else found[k] = unquote(v);
  }
  // The code may come further down a cut text, or be written on a line of its own.
  if (plain && found.meeting !== undefined && found.date !== undefined && (closed || found.code !== undefined)) return found;
  if (!closed) return undefined;
  return headFromYaml(yaml);
}

function headFromYaml(yaml: string): FrontMatterHead | undefined {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return undefined;
  }
  const head: FrontMatterHead = {};
  if (data === null || typeof data !== 'object') return head;
  for (const k of HEAD_KEYS) {
    const v = (data as Record<string, unknown>)[k];
    if (typeof v === 'string' || typeof v === 'number') head[k] = String(v);
  }
  return head;
}

/**
 * The IDs of the actions a meeting reviews (`outstanding[].id`), in any YAML style: block maps and
 * flow maps (`- { id: TC 1/01, status: open }`) alike. Parses the YAML; empty when it cannot.
 */
export function readReviewIds(text: string): string[] {
  const split = splitFrontMatter(text.replace(BOM, ''));
  if (split.kind !== 'ok') return [];
  let data: unknown;
  try {
    data = parse(split.block.yaml);
  } catch {
    return [];
  }
  const outstanding = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).outstanding : undefined;
  if (!Array.isArray(outstanding)) return [];
  return outstanding.flatMap((r: unknown) => {
    const id = r !== null && typeof r === 'object' ? (r as Record<string, unknown>).id : undefined;
    return typeof id === 'string' || typeof id === 'number' ? [String(id)] : [];
  });
}
