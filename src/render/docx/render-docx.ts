import { TemplateError } from '../template-error.js';
import type { ViewModel } from '../view-model-types.js';
import { builtInStyleIds, Numbering, Relationships, type StyleIds, type WmlContext } from './context.js';
import { CT, REL, zipPackage, type Part } from './package.js';
import type { ReferenceDoc } from './reference-doc.js';
import { mergeStyles } from './styles.js';
import type { DocxData, DocxTemplates } from './templates.js';
import { stripForbidden, xmlAttr } from './xml.js';
import { highestId, trackChanges } from './track-changes.js';
import type { ChangesInput } from '../renderer.js';

export interface DocxOptions {
  /** The user's reference document, read once per build (see reference-doc.ts). */
  reference?: ReferenceDoc;
  /** Mark what changed since an earlier version as Word revisions (see track-changes.ts). */
  changes?: ChangesInput;
}

// A4 with 2 cm margins: 11906 − 2 × 1134 twips.
const BUILT_IN_TEXT_WIDTH = 9638;
const BUILT_IN_PAGE =
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>';

/**
 * Centre and right tab stops of the header and footer lines at the middle and the right margin
 * of this page set-up, clearing the Header and Footer styles' stops where a reference document's
 * page is narrower or wider than our A4.
 */
function headerFooterTabs(width: number): string {
  if (width === BUILT_IN_TEXT_WIDTH) return '';
  const stops: Array<[string, number]> = [
    ['clear', 4819],
    ['clear', BUILT_IN_TEXT_WIDTH],
    ['center', Math.round(width / 2)],
    ['right', width],
  ];
  const unique = stops.filter(([v, pos]) => v !== 'clear' || (pos !== width && pos !== Math.round(width / 2)));
  unique.sort((a, b) => a[1] - b[1]);
  return `<w:tabs>${unique.map(([v, pos]) => `<w:tab w:val="${v}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
}

interface StylesAndNumbering {
  styles: string;
  ids: StyleIds;
  numbering: Numbering;
  numberingParts: { before: string; theirNums: string };
}

const merged = new WeakMap<object, { styles: string; ids: StyleIds }>();

/** Styles merged with the user's once per template set or reference document, not once per meeting. */
function mergedStyles(key: object, theirs: string, ours: string): { styles: string; ids: StyleIds } {
  let m = merged.get(key);
  if (!m) {
    const r = mergeStyles(theirs, ours);
    m = { styles: r.xml, ids: r.ids };
    merged.set(key, m);
  }
  return m;
}

const STYLES_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<w:styles\b[^>]*\bxmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"[^>]*>[\s\S]*<\/w:styles>\s*$/;

/**
 * The styles of the document: the built-in ones; or a templates folder's `docx/word/styles.xml`,
 * matched with ours by name as a reference document's are (ours fill its gaps); or a reference
 * document's. A styles part that is not one, or given both ways, is refused.
 */
function chooseStyles(t: DocxTemplates, ref: ReferenceDoc | undefined): { styles: string; ids: StyleIds } {
  const ours = t.builtInStatics.get('word/styles.xml')!.text;
  const given = t.statics.get('word/styles.xml')!;
  const user = given.text !== ours ? given : undefined;
  if (user && !STYLES_ROOT.test(user.text)) {
    throw new TemplateError(user.path, undefined, 'not a WordprocessingML styles part (its root must be <w:styles> in the http://schemas.openxmlformats.org/wordprocessingml/2006/main namespace)');
  }
  if (user && ref?.styles) {
    throw new TemplateError(user.path, undefined, 'the reference document gives the styles too: keep the styles in one of the two');
  }
  if (ref?.styles) return mergedStyles(ref, ref.styles, ours);
  if (user) return mergedStyles(user, user.text, ours);
  return { styles: ours, ids: builtInStyleIds() };
}

function stylesAndNumbering(t: DocxTemplates, ref: ReferenceDoc | undefined): StylesAndNumbering {
  const { styles, ids } = chooseStyles(t, ref);
  if (!ref?.numbering) return { styles, ids, numbering: new Numbering(1, 1, 2), numberingParts: { before: '', theirNums: '' } };
  // Keep the user's numbering (their styles may use it) and add ours after their highest ids.
  const n = ref.numbering;
  const pick = (re: RegExp) => [...n.matchAll(re)].map((m) => m[0]);
  const picBullets = pick(/<w:numPicBullet\b[\s\S]*?<\/w:numPicBullet>/g);
  const abstracts = pick(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g);
  const nums = pick(/<w:num\b[^>]*?(?:\/>|>[\s\S]*?<\/w:num>)/g);
  const maxOf = (xs: string[], a: string) => Math.max(0, ...xs.map((x) => Number(new RegExp(`${a}="(\\d+)"`).exec(x)?.[1] ?? 0)));
  const abs = maxOf(abstracts, 'w:abstractNumId') + 1;
  return {
    styles,
    ids,
    numbering: new Numbering(maxOf(nums, 'w:numId') + 1, abs, abs + 1),
    numberingParts: { before: [...picBullets, ...abstracts].join('\n'), theirNums: nums.join('\n') },
  };
}

/** Renders a template with the view model (the present one unless given) and the Word-only data. */
type Render = (template: (c: unknown, o: { data: unknown }) => string, view?: ViewModel) => string;

/** The header and footer parts: the user's letterhead and footer when a reference document gives them, else ours. */
interface HeaderAndFooter {
  header: string;
  footer: string;
  /** The letterhead's and footer's own relationships and media, copied as they are. */
  headerParts: Part[];
}

function headerAndFooter(render: Render, t: DocxTemplates, ref: ReferenceDoc | undefined, styles: StyleIds): HeaderAndFooter {
  let header: string;
  const headerParts: Part[] = [];
  if (ref?.header) {
    // The user's letterhead, with the classification banner as its first paragraph.
    const bannerXml = render(t.banner);
    // A reference document made from an earlier build already holds a banner: replace it.
    const id = styles.Banner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const oldBanner = new RegExp(`<w:p\\b[^>]*><w:pPr><w:pStyle w:val="${id}"/>[\\s\\S]*?</w:p>`, 'g');
    header = ref.header.xml.replace(oldBanner, '').replace(/(<w:hdr\b[^>]*>)/, `$1${bannerXml}`);
    if (ref.header.rels) headerParts.push({ path: 'word/_rels/header1.xml.rels', data: ref.header.rels });
    for (const m of ref.header.media) headerParts.push({ path: m.path, data: m.data });
  } else header = render(t.header);
  let footer: string;
  if (ref?.footer) {
    footer = ref.footer.xml;
    if (ref.footer.rels) headerParts.push({ path: 'word/_rels/footer1.xml.rels', data: ref.footer.rels });
    for (const m of ref.footer.media) headerParts.push({ path: m.path, data: m.data });
  } else footer = render(t.footer);
  return { header, footer, headerParts };
}

/** What the document's templates wrote, ready to be packaged. */
interface Written extends HeaderAndFooter {
  document: string;
  numbering: string;
  core: string;
  app: string;
}

/** Every part of the package, in the order they are zipped. */
function packageParts(vm: ViewModel, t: DocxTemplates, ref: ReferenceDoc | undefined, styles: string, rels: Relationships, w: Written): Part[] {
  const statics = t.statics;
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${REL.core}" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL.app}" Target="docProps/app.xml"/></Relationships>`;
  return [
    { path: '_rels/.rels', data: rootRels },
    { path: 'docProps/core.xml', data: w.core, contentType: CT.core },
    { path: 'docProps/app.xml', data: w.app, contentType: CT.app, shared: true },
    { path: 'word/document.xml', data: w.document, contentType: CT.document },
    { path: 'word/_rels/document.xml.rels', data: rels.toXml() },
    { path: 'word/styles.xml', data: withLanguage(styles, vm.locale), contentType: CT.styles, shared: true },
    { path: 'word/numbering.xml', data: w.numbering, contentType: CT.numbering },
    { path: 'word/settings.xml', data: statics.get('word/settings.xml')!.text.replace(/(<w:themeFontLang w:val=")[^"]*"/, `$1${xmlAttr(vm.locale)}"`), contentType: CT.settings, shared: true },
    { path: 'word/fontTable.xml', data: ref?.fontTable ?? statics.get('word/fontTable.xml')!.text, contentType: CT.fontTable, shared: true },
    { path: 'word/theme/theme1.xml', data: ref?.theme ?? statics.get('word/theme/theme1.xml')!.text, contentType: CT.theme, shared: true },
    { path: 'word/header1.xml', data: w.header, contentType: CT.header },
    { path: 'word/footer1.xml', data: w.footer, contentType: CT.footer },
    ...w.headerParts,
  ];
}

/** Renders one meeting's view model to the bytes of a .docx package. Deterministic. */
export function renderDocx(vm: ViewModel, t: DocxTemplates, options: DocxOptions = {}): Uint8Array {
  const ref = options.reference;
  const sn = stylesAndNumbering(t, ref);
  const rels = new Relationships();
  const fixed = {
    styles: rels.add(REL.styles, 'styles.xml'),
    numbering: rels.add(REL.numbering, 'numbering.xml'),
    settings: rels.add(REL.settings, 'settings.xml'),
    fontTable: rels.add(REL.fontTable, 'fontTable.xml'),
    theme: rels.add(REL.theme, 'theme/theme1.xml'),
    header: rels.add(REL.header, 'header1.xml'),
    footer: rels.add(REL.footer, 'footer1.xml'),
  };
  const textWidth = ref?.textWidth ?? BUILT_IN_TEXT_WIDTH;
  const ctx: WmlContext = { styles: sn.ids, rels, numbering: sn.numbering, textWidth, nextBookmarkId: 1 };
  const styles = sn.ids;

  // Every DOCX template gets the view model itself, as the HTML templates do; what only a Word
  // document needs (style ids, the page) comes as data variables: @styles, @page.
  const data: DocxData = {
    styles,
    page: {
      textWidth,
      idColumn: idColumnPercent([...vm.newActions.map((a) => a.id), ...vm.outstanding.map((r) => r.id)], textWidth),
      tabs: headerFooterTabs(textWidth),
      sectPr:
        `<w:sectPr><w:headerReference w:type="default" r:id="${fixed.header}"/><w:footerReference w:type="default" r:id="${fixed.footer}"/>` +
        `${ref?.pageSetup || BUILT_IN_PAGE}</w:sectPr>`,
    },
  };
  // Characters XML forbids are dropped from every part written from the view model.
  const render: Render = (template, view = vm) => stripForbidden(template(view, { data }));

  // The parts are rendered in this order because they share the lists, links and bookmark
  // numbers of `ctx`: the document first, then the header and footer.
  const { document: present, header, footer, headerParts, earlier } = t.within(ctx, () => {
    const document = render(t.document);
    const hf = headerAndFooter(render, t, ref, styles);
    // The earlier version last, through the same templates and the same lists, links and
    // bookmark numbers, so that its lists and links stay valid where its text is shown deleted.
    const earlier = options.changes ? render(t.document, options.changes.old) : undefined;
    return { document, ...hf, earlier };
  });
  const document =
    earlier === undefined || !options.changes
      ? present
      : trackChanges(earlier, present, {
          author: options.changes.author,
          date: options.changes.date,
          firstId: Math.max(ctx.nextBookmarkId, highestId([present, earlier, header, footer]) + 1),
        });

  const numbering = t.numbering({
    bulletAbstractId: sn.numbering.bulletAbstractId,
    decimalAbstractId: sn.numbering.decimalAbstractId,
    before: sn.numberingParts.before,
    nums: [sn.numberingParts.theirNums, sn.numbering.toXml()].filter(Boolean).join('\n'),
  });
  const core = render(t.core);
  const app = render(t.app);
  return zipPackage(packageParts(vm, t, ref, sn.styles, rels, { document, numbering, core, app, header, footer, headerParts }));
}

/**
 * The width, in percent of the text width, that holds the longest action ID on one line of its
 * cell (9 pt bold: about 110 twips a character, plus the cell margins): an ID broken over two
 * lines ("DXOG 16/" and "03") reads as two things. At least 13 %, at most 30 %.
 */
function idColumnPercent(ids: string[], textWidth: number): number {
  const longest = Math.max(0, ...ids.map((id) => id.length));
  return Math.min(30, Math.max(13, Math.ceil(((longest * 110 + 260) / textWidth) * 100)));
}

/** The locale as the language of the document's text (spelling, hyphenation), in the default run properties. */
function withLanguage(styles: string, locale: string): string {
  const lang = xmlAttr(locale);
  const defaults = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<\/w:rPrDefault>/.exec(styles);
  if (!defaults) return styles;
  const rPr = defaults[1]!;
  const next = /<w:lang\b[^>]*\/>/.test(rPr) ? rPr.replace(/<w:lang\b[^>]*\/>/, `<w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="ar-SA"/>`) : `${rPr}<w:lang w:val="${lang}"/>`;
  return styles.slice(0, defaults.index) + defaults[0].replace(rPr, next) + styles.slice(defaults.index + defaults[0].length);
}
