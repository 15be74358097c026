import type { HelperOptions } from 'handlebars';
import type { TemplateSet, TemplateSource } from '../renderer.js';
import { createTemplateEngine, type Compiled } from '../template-engine.js';
import type { StyleIds, WmlContext } from './context.js';
import { blocksToWml, inlineToWml } from './markdown-to-wml.js';

/** The parts of the reference document that are plain XML, not templates. */
export const STATIC_PARTS = ['word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/theme/theme1.xml'] as const;
export type StaticPart = (typeof STATIC_PARTS)[number];

/** What DOCX templates get besides the view model, as data variables: `{{@styles.Title}}`, `{{{@page.sectPr}}}`. */
export interface DocxData {
  /** Style ids by our style names, following a reference document's or a styles part's own ids. */
  styles: StyleIds;
  page: {
    /** Width between the margins in twentieths of a point, for table widths (`{{percent 35 @page.textWidth}}`). */
    textWidth: number;
    /** Tab stops of the header and footer lines (XML, empty on the built-in A4 page). */
    tabs: string;
    /** The section properties ending the body: header, footer, page size and margins (XML). */
    sectPr: string;
    /**
     * Percent of the text width the action-ID columns need to hold this document's longest ID on
     * one line (9 pt bold), never less than `idColumnMin` of the tables: `{{@page.idColumn}}`.
     */
    idColumn: number;
  };
}

export interface DocxTemplates {
  document: Compiled;
  header: Compiled;
  footer: Compiled;
  numbering: Compiled;
  core: Compiled;
  app: Compiled;
  banner: Compiled;
  /** The static parts of this template set: the user's where the templates folder has them. */
  statics: Map<StaticPart, TemplateSource>;
  /** The built-in static parts, which a user's styles are matched with and filled from. */
  builtInStatics: Map<StaticPart, TemplateSource>;
  /** Renders with `ctx` as the document the markdown, inline and bookmark helpers write into. */
  within<T>(ctx: WmlContext, render: () => T): T;
}

export const PREFIX = 'docx/';

/** The static parts of a template set; a part it lacks is an installation with files missing. */
function staticParts(set: TemplateSet, fallback?: TemplateSet): Map<StaticPart, TemplateSource> {
  return new Map(
    STATIC_PARTS.map((p) => {
      const part = set[PREFIX + p] ?? fallback?.[PREFIX + p];
      if (!part) throw new Error(`the DOCX reference part templates/docx/${p} is missing from the installation`);
      return [p, part];
    }),
  );
}

/**
 * Compiles the DOCX templates of one template set (built-in, with the user's files laid over them
 * by the CLI). Keys are paths under templates/ without `.hbs`: `docx/document.xml`,
 * `docx/partials/people-table.xml`, and the static parts as they are: `docx/word/styles.xml`.
 * `builtIn` is the built-in set, read by the CLI like the rest (default: `set` is the built-in one).
 */
export function compileDocxTemplates(set: TemplateSet, builtIn: TemplateSet = set): DocxTemplates {
  // Helpers run synchronously inside one render: the document being written is held here.
  let doc: (WmlContext & { bookmarks: Set<string> }) | undefined;
  const current = () => {
    if (!doc) throw new Error('a DOCX helper ran outside a render');
    return doc;
  };
  const style = (key: unknown, fallback: string): string =>
    typeof key === 'string' && Object.hasOwn(current().styles, key) ? current().styles[key as keyof WmlContext['styles']] : fallback;
  const engine = createTemplateEngine(
    set,
    'docx',
    {
      // `paragraph="TableText"` names the style of plain paragraphs, `cell=true` writes for a table cell.
      blocks: (nodes, hash) => {
        const ctx = current();
        const paragraphStyle = style(hash.paragraph, hash.cell ? ctx.styles.TableText : ctx.styles.BodyText);
        return blocksToWml(nodes, ctx, { paragraphStyle, inTable: hash.cell === true });
      },
      // `verb=decision.verb` gives the decision's verb the Decision Verb character style.
      inline: (nodes, hash) => inlineToWml(nodes, current(), typeof hash.verb === 'string' ? { decisionVerb: hash.verb } : {}),
    },
    {
      /** `{{#bookmark (concat "item_" (or number title))}}…{{/bookmark}}`: a bookmark around the content, its name made unique. */
      bookmark(this: unknown, name: unknown, options: HelperOptions) {
        const d = current();
        const base = String(name ?? 'bookmark').replace(/[^A-Za-z0-9_]+/g, '_').slice(0, 36);
        let unique = base;
        for (let n = 2; d.bookmarks.has(unique); n++) unique = `${base.slice(0, 33)}_${n}`;
        d.bookmarks.add(unique);
        const id = d.nextBookmarkId++;
        return `<w:bookmarkStart w:id="${id}" w:name="${unique}"/>${options.fn(this)}<w:bookmarkEnd w:id="${id}"/>`;
      },
    },
  );
  const t = (name: string) => engine.template(PREFIX + name);
  const builtInStatics = staticParts(builtIn);
  return {
    document: t('document.xml'),
    header: t('word/header1.xml'),
    footer: t('word/footer1.xml'),
    numbering: t('word/numbering.xml'),
    core: t('docProps/core.xml'),
    app: t('docProps/app.xml'),
    banner: t('partials/banner.xml'),
    statics: staticParts(set, builtIn),
    builtInStatics,
    within(ctx, render) {
      doc = { ...ctx, bookmarks: new Set() };
      try {
        return render();
      } finally {
        // The next free id goes back to the caller: revisions are numbered after the bookmarks.
        ctx.nextBookmarkId = doc.nextBookmarkId;
        doc = undefined;
      }
    },
  };
}
