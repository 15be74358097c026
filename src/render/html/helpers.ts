import type { HelperOptions } from 'handlebars';
import type { PhrasingContent, RootContent } from 'mdast';
import type { ViewDate } from '../view-model-types.js';
import { blocksHtml, inlineHtml } from './mdast-html.js';

type Hb = typeof import('handlebars');

/**
 * Every helper the HTML templates may call, registered on one isolated Handlebars instance.
 * Helpers only format values they are given: they never read files or the environment.
 * Helpers that return markup return SafeString built by mdast-html.ts, which escapes all text.
 */
export function registerHelpers(hb: Hb): void {
  const safe = (s: string) => new hb.SafeString(s);
  // Handlebars passes its options object last; these strip it from variadic arguments.
  const args = (a: unknown[]) => a.slice(0, -1);

  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('not', (a: unknown) => !a);
  // As in JavaScript: the deciding value itself, so `(or a "default")` can supply a fallback.
  hb.registerHelper('and', (...a: unknown[]) => args(a).reduce((x, y) => x && y, true));
  hb.registerHelper('or', (...a: unknown[]) => args(a).reduce((x, y) => x || y, false));
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));

  /** `{{markdown nodes}}`: Markdown block content (mdast) as safe HTML; `paragraph="cls"` classes its paragraphs. */
  hb.registerHelper('markdown', (nodes: unknown, options: HelperOptions) => {
    const paragraphClass = options?.hash?.paragraph;
    return safe(Array.isArray(nodes) ? blocksHtml(nodes as RootContent[], typeof paragraphClass === 'string' ? { paragraphClass } : {}) : '');
  });
  /** `{{inline content}}`: inline Markdown (mdast) as safe HTML. */
  hb.registerHelper('inline', (nodes: unknown) => safe(Array.isArray(nodes) ? inlineHtml(nodes as PhrasingContent[]) : ''));

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

  /** `{{cssName "amber+strict"}}` → `amber-strict`: a value made safe as part of a class name. */
  hb.registerHelper('cssName', (v: unknown) => String(v ?? '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-'));
}
