/**
 * The metadata a static site generator puts before the Markdown, other than YAML (which
 * front-matter.ts reads): TOML between `+++` lines (Hugo, Zola) and the `Key: value` lines that
 * open a Pelican page (`Title:`, `Date:` …) or the `.. title:` lines of a Nikola page inside an HTML
 * comment. Only what says something about a meeting is kept (its title and date, each with its
 * offsets); everything else is the site's business.
 */
import { parse as parseToml, TomlError } from 'smol-toml';

export interface SiteValue {
  value: string;
  start: number;
  end: number;
}

export interface SiteMatter {
  kind: 'toml' | 'pelican' | 'nikola';
  /** Offsets of the whole block, fences included: the body starts at `end`. */
  start: number;
  end: number;
  title?: SiteValue;
  date?: SiteValue;
  /** Why the block cannot be read (TOML syntax), at an offset in the source. */
  error?: { message: string; offset: number };
}

const TOML_OPEN = /^\+\+\+[ \t]*\r?\n/;
const TOML_CLOSE = /^\+\+\+[ \t]*(?:\r?\n|$)/gm;
/** Pelican's metadata keys; a page opens with them, one a line, up to a blank line. */
const PELICAN_KEY = /^(title|date|modified|tags|category|slug|authors?|summary|lang|status|template|save_as|url)[ \t]*:[ \t]*(.*)$/i;
const NIKOLA_OPEN = /^<!--[ \t]*\r?\n/;

export function splitSiteMatter(text: string): SiteMatter | undefined {
  return toml(text) ?? nikola(text) ?? pelican(text);
}

function toml(text: string): SiteMatter | undefined {
  const open = TOML_OPEN.exec(text);
  if (!open) return undefined;
  TOML_CLOSE.lastIndex = open[0].length;
  const close = TOML_CLOSE.exec(text);
  if (!close) return { kind: 'toml', start: 0, end: open[0].length, error: { message: 'The TOML block opened with `+++` on line 1 is never closed: add a line `+++` after it', offset: 0 } };
  const inner = text.slice(open[0].length, close.index);
  const out: SiteMatter = { kind: 'toml', start: 0, end: close.index + close[0].length };
  let data: Record<string, unknown>;
  try {
    data = parseToml(inner) as Record<string, unknown>;
  } catch (e) {
    const message = e instanceof TomlError ? e.message.split('\n')[0]! : String(e);
    const at = e instanceof TomlError ? offsetOf(inner, e.line, e.column) : 0;
    out.error = { message: `TOML syntax error: ${message}`, offset: open[0].length + at };
    return out;
  }
  for (const key of ['title', 'date'] as const) {
    const v = data[key];
    const written = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
    if (written === undefined) continue;
    // Where the value stands, for findings: the `key =` line of the top table.
    const line = new RegExp(`^${key}[ \\t]*=[ \\t]*`, 'm').exec(inner);
    const at = line ? open[0].length + line.index + line[0].length : 0;
    const raw = line ? inner.slice(line.index + line[0].length).split(/\r?\n/)[0]!.trimEnd() : written;
    out[key] = { value: written.trim(), start: at, end: at + raw.length };
  }
  return out;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const n = text.indexOf('\n', offset);
    if (n < 0) break;
    offset = n + 1;
  }
  return offset + Math.max(0, column - 1);
}

function metadataLines(text: string, from: number, key: RegExp, stop: (line: string) => boolean): { values: Map<string, SiteValue>; end: number } | undefined {
  const values = new Map<string, SiteValue>();
  let i = from;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const line = text.slice(i, j).replace(/\r$/, '');
    if (stop(line)) return values.size > 0 ? { values, end: Math.min(text.length, j + 1) } : undefined;
    const m = key.exec(line);
    if (!m) return undefined;
    const at = i + line.length - m[2]!.length;
    values.set(m[1]!.toLowerCase(), { value: m[2]!.trim(), start: at, end: at + m[2]!.trimEnd().length });
    i = j + 1;
  }
  return values.size > 0 ? { values, end: text.length } : undefined;
}

/** The page's metadata lines as site matter, when they give a title or a date (Pelican and Nikola alike). */
function linesMatter(kind: 'pelican' | 'nikola', read: ReturnType<typeof metadataLines>): SiteMatter | undefined {
  if (!read || !read.values.has('title') && !read.values.has('date')) return undefined;
  const out: SiteMatter = { kind, start: 0, end: read.end };
  const title = read.values.get('title');
  const date = read.values.get('date');
  if (title) out.title = title;
  if (date) out.date = date;
  return out;
}

/** A Pelican page: `Title:` or `Date:` on the first line, metadata lines up to the first blank line. */
function pelican(text: string): SiteMatter | undefined {
  if (!/^(?:title|date)[ \t]*:/i.test(text)) return undefined;
  const read = metadataLines(text, 0, PELICAN_KEY, (l) => l.trim() === '');
  return linesMatter('pelican', read);
}

/** A Nikola page written in Markdown: `.. title: …` lines inside an HTML comment at the top. */
function nikola(text: string): SiteMatter | undefined {
  const open = NIKOLA_OPEN.exec(text);
  if (!open) return undefined;
  const read = metadataLines(text, open[0].length, /^\.\.[ \t]+([a-z_]+)[ \t]*:[ \t]*(.*)$/i, (l) => /^[ \t]*-->/.test(l));
  return linesMatter('nikola', read);
}

/** The `YYYY-MM-DD` a site's date starts with (`2006-09-29`, `2006-09-29T10:00:00Z`, `2006-09-29 10:00`). */
export function siteDay(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  return m ? m[1] : undefined;
}

/**
 * Where a site's page title is written: the TOML, Pelican or Nikola `title`, or the `title:` line
 * of a YAML front matter (one line, as sites write it). A title may date the meeting ("… held on
 * Thursday 11th March 2004") where the text below it does not.
 */
export function siteTitleSpan(text: string, yaml: { yaml: string; offset: number } | undefined, site: SiteMatter | undefined): { start: number; end: number } | undefined {
  if (site?.title) return { start: site.title.start, end: site.title.end };
  if (!yaml) return undefined;
  const m = /^title[ \t]*:[ \t]*(\S.*)$/m.exec(yaml.yaml);
  if (!m) return undefined;
  const start = yaml.offset + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.trimEnd().length };
}
