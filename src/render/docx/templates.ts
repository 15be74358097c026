import type { HelperOptions } from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet, TemplateSource } from '../registry.js';
import { createTemplateEngine, type Compiled } from '../template-engine.js';
import type { StyleIds, WmlContext } from './context.js';
import { blocksToWml, inlineToWml } from './markdown-to-wml.js';

/** The built-in reference document and templates: templates/docx/ in the package. */
export function builtInDocxDir(): string {
  // Source (src/render/docx/) and bundle (dist/cli.cjs) stand at different depths.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'docx');
    if (existsSync(join(candidate, 'word', 'styles.xml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the built-in DOCX reference parts (templates/docx/word/styles.xml…) are missing from the installation');
}

/** The parts of the reference document that are plain XML, not templates. */
export const STATIC_PARTS = ['word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/theme/theme1.xml'] as const;
export type StaticPart = (typeof STATIC_PARTS)[number];

let statics: Map<StaticPart, TemplateSource> | undefined;

/** The built-in static parts, read once per process. */
export function builtInStaticParts(): Map<StaticPart, TemplateSource> {
  if (!statics) {
    const dir = builtInDocxDir();
    statics = new Map(STATIC_PARTS.map((p) => [p, { text: readFileSync(join(dir, p), 'utf8'), path: join('templates', 'docx', p) }]));
  }
  return statics;
}

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
  /** Renders with `ctx` as the document the markdown, inline and bookmark helpers write into. */
  within<T>(ctx: WmlContext, render: () => T): T;
}

export const PREFIX = 'docx/';

/**
 * Compiles the DOCX templates of one template set (built-in, with the user's files laid over them
 * by the CLI). Keys are paths under templates/ without `.hbs`: `docx/document.xml`,
 * `docx/partials/people-table.xml`, and the static parts as they are: `docx/word/styles.xml`.
 */
export function compileDocxTemplates(set: TemplateSet): DocxTemplates {
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
  const builtIn = builtInStaticParts();
  return {
    document: t('document.xml'),
    header: t('word/header1.xml'),
    footer: t('word/footer1.xml'),
    numbering: t('word/numbering.xml'),
    core: t('docProps/core.xml'),
    app: t('docProps/app.xml'),
    banner: t('partials/banner.xml'),
    statics: new Map(STATIC_PARTS.map((p) => [p, set[PREFIX + p] ?? builtIn.get(p)!])),
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
