import type { HelperOptions } from 'handlebars';
import type { PhrasingContent, RootContent } from 'mdast';
import type { ViewDate } from './view-model-types.js';

type Hb = typeof import('handlebars');

/**
 * How one output format writes Markdown (mdast) as its own markup. The helpers `markdown` and
 * `inline` are the same in every format; only this part differs (HTML elements, WordprocessingML
 * paragraphs and runs). Both escape every character of text.
 */
export interface Markup {
  /** Block content; `hash` holds the helper's named arguments (`paragraph`, `cell`). */
  blocks(nodes: RootContent[], hash: Record<string, unknown>): string;
  /** Inline content; `hash` holds the helper's named arguments (`verb`). */
  inline(nodes: PhrasingContent[], hash: Record<string, unknown>): string;
}

/**
 * Every helper a template may call, the same for HTML and DOCX, registered on one isolated
 * Handlebars instance. Helpers only format values they are given: they never read files or the
 * environment. Only `markdown` and `inline` return markup, built by the format's Markup, which
 * escapes all text.
 */
export function registerHelpers(hb: Hb, markup: Markup): void {
  const safe = (s: string) => new hb.SafeString(s);
  // Handlebars passes its options object last; these strip it from variadic arguments.
  const args = (a: unknown[]) => a.slice(0, -1);

  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('not', (a: unknown) => !a);
  // As in JavaScript: the deciding value itself, so `(or a "default")` can supply a fallback.
  hb.registerHelper('and', (...a: unknown[]) => args(a).reduce((x, y) => x && y, true));
  hb.registerHelper('or', (...a: unknown[]) => args(a).reduce((x, y) => x || y, false));
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  // Whether a people list has categories: a flat list (one group without a name) prints no empty Category column.
  hb.registerHelper('grouped', (groups: unknown) => Array.isArray(groups) && groups.some((g: { name?: unknown }) => typeof g?.name === 'string' && g.name !== ''));

  /** `{{markdown nodes}}`: Markdown block content (mdast) as the format's markup. */
  hb.registerHelper('markdown', (nodes: unknown, options: HelperOptions) =>
    safe(Array.isArray(nodes) ? markup.blocks(nodes as RootContent[], options?.hash ?? {}) : ''),
  );
  /** `{{inline content}}`: inline Markdown (mdast) as the format's markup. */
  hb.registerHelper('inline', (nodes: unknown, options: HelperOptions) =>
    safe(Array.isArray(nodes) ? markup.inline(nodes as PhrasingContent[], options?.hash ?? {}) : ''),
  );

  /**
   * `{{date d "long"}}` / `{{date d "short"}}`: a view-model date in prose or table form. An ISO
   * string is formatted with the document's locale (the view model's `locale`).
   */
  hb.registerHelper('date', function (this: unknown, value: unknown, ...rest: unknown[]) {
    const options = rest[rest.length - 1] as HelperOptions;
    const form = rest.length > 1 && rest[0] === 'short' ? 'short' : 'long';
    if (value && typeof value === 'object' && 'iso' in value) return (value as ViewDate)[form];
    if (typeof value !== 'string') return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return value;
    const locale = (options.data?.root as { locale?: string } | undefined)?.locale ?? 'en-GB';
    const opts: Intl.DateTimeFormatOptions =
      form === 'short' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, opts).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    } catch {
      return value;
    }
  });

  /** `{{plural n "action"}}` → "1 action", "3 actions"; `{{plural n "person" "people"}}`. */
  hb.registerHelper('plural', (n: unknown, ...rest: unknown[]) => {
    const [one, many] = args(rest) as [string?, string?];
    const count = Number(n) || 0;
    const word = count === 1 ? (one ?? '') : (many ?? `${one ?? ''}s`);
    return `${count} ${word}`;
  });

  /** `{{join list ", "}}`, `{{join people ", " key="name"}}`; the last separator with `last=" and "`. */
  hb.registerHelper('join', (list: unknown, ...rest: unknown[]) => {
    const options = rest[rest.length - 1] as HelperOptions;
    const sep = typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : ', ';
    const key = options.hash?.key as string | undefined;
    const last = options.hash?.last as string | undefined;
    if (!Array.isArray(list)) return '';
    const items = list.map((x) => String(key && x && typeof x === 'object' ? ((x as Record<string, unknown>)[key] ?? '') : x));
    if (last === undefined || items.length < 2) return items.join(sep);
    return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
  });

  /** `{{concat a b …}}`: strings joined with nothing between them (escaped like any value). */
  hb.registerHelper('concat', (...a: unknown[]) => args(a).map((x) => String(x ?? '')).join('').trim());

  /** `{{cssName "amber+strict"}}` → `amber-strict`: a value made safe as part of a class or style name. */
  hb.registerHelper('cssName', (v: unknown) => String(v ?? '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-'));

  /** `{{hexColour "#ffc000"}}` → `FFC000`: a view-model colour as WordprocessingML writes it. */
  hb.registerHelper('hexColour', (v: unknown) => String(v ?? '').replace(/^#/, '').toUpperCase());

  /** `{{minus 64 @page.idColumn}}` → 64 minus the other: what a column leaves to its neighbour. */
  hb.registerHelper('minus', (a: unknown, b: unknown) => Number(a) - Number(b) || 0);
  /** `{{choose cols.id @page.idColumn 0}}` → the first value when the condition holds, else the second: a column's width when it is shown. */
  hb.registerHelper('choose', (c: unknown, a: unknown, b: unknown) => (c ? a : b));
  /** `{{percent 35 total}}` → 35 % of total, rounded down: a column width from the page width. */
  hb.registerHelper('percent', (p: unknown, total: unknown) => Math.floor((Number(p) * Number(total)) / 100) || 0);
}
