import type { ViewBlock, ViewModel, ViewAgendaItem, ViewGroup } from '../view-model-types.js';
import { builtInStyleIds, Numbering, Relationships, type StyleIds, type WmlContext } from './context.js';
import { blocksToWml, inlineToWml } from './markdown-to-wml.js';
import { CT, REL, zipPackage, type Part } from './package.js';
import type { ReferenceDoc } from './reference-doc.js';
import { mergeStyles } from './styles.js';
import { staticParts, type DocxTemplates } from './templates.js';
import { stripForbidden } from './xml.js';

export interface DocxOptions {
  /** The user's reference document, read once per build (see reference-doc.ts). */
  reference?: ReferenceDoc;
}

// A4 with 2 cm margins: 11906 − 2 × 1134 twips.
const BUILT_IN_TEXT_WIDTH = 9638;
const BUILT_IN_PAGE =
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>';

/** Splits a width in proportion to the weights; the last column takes the rounding remainder. */
function split(total: number, weights: number[]): { total: number; cols: number[] } {
  const sum = weights.reduce((a, b) => a + b, 0);
  const cols = weights.map((w) => Math.floor((w / sum) * total));
  cols[cols.length - 1]! += total - cols.reduce((a, b) => a + b, 0);
  return { total, cols };
}

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

/** Removes the characters XML forbids from every string of a template context. */
function sanitise<T>(value: T): T {
  if (typeof value === 'string') return stripForbidden(value) as T;
  if (Array.isArray(value)) return value.map(sanitise) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitise(v);
    return out as T;
  }
  return value;
}

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

interface StylesAndNumbering {
  styles: string;
  ids: StyleIds;
  numbering: Numbering;
  numberingParts: { before: string; theirNums: string };
}

const merged = new WeakMap<ReferenceDoc, { styles: string; ids: StyleIds }>();

/** Styles merged with a reference document once per build, not once per meeting. */
function mergedStyles(ours: string, ref: ReferenceDoc): { styles: string; ids: StyleIds } {
  let m = merged.get(ref);
  if (!m) {
    const r = mergeStyles(ref.styles!, ours);
    m = { styles: r.xml, ids: r.ids };
    merged.set(ref, m);
  }
  return m;
}

function stylesAndNumbering(ref: ReferenceDoc | undefined): StylesAndNumbering {
  const ours = staticParts().get('word/styles.xml')!;
  let styles = ours;
  let ids = builtInStyleIds();
  if (ref?.styles) ({ styles, ids } = mergedStyles(ours, ref));
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

/** Renders one meeting's view model to the bytes of a .docx package. Deterministic. */
export function renderDocx(vm: ViewModel, t: DocxTemplates, options: DocxOptions = {}): Uint8Array {
  const ref = options.reference;
  const statics = staticParts();
  const sn = stylesAndNumbering(ref);
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
  const cellOpts = { paragraphStyle: styles.TableText, inTable: true };

  const blocks = (bs: ViewBlock[]) =>
    bs.map((b) => {
      switch (b.kind) {
        case 'markdown':
          return { markdown: blocksToWml(b.nodes, ctx) };
        case 'action':
          return { action: { id: b.action.id, runs: inlineToWml(b.action.content, ctx) } };
        case 'decision':
          return { decision: { runs: inlineToWml(b.content, ctx, { decisionVerb: b.decision.verb }) } };
        case 'outstanding':
          return { outstanding: true };
      }
    });
  const bookmarkNames = new Set<string>();
  const item = (i: ViewAgendaItem): unknown => {
    let name = `item_${i.number.replace(/[^A-Za-z0-9]+/g, '_')}`.slice(0, 36);
    for (let n = 2; bookmarkNames.has(name); n++) name = `${name.slice(0, 33)}_${n}`;
    bookmarkNames.add(name);
    return {
      number: i.number,
      sub: i.depth === 2,
      bookmarkId: ctx.nextBookmarkId++,
      bookmarkName: name,
      titleRuns: inlineToWml(i.titleContent, ctx),
      blocks: blocks(i.blocks),
      children: i.children.map(item),
    };
  };
  const people = (groups: ViewGroup[], groupHeading: string, peopleHeading: string) => ({
    ...split(textWidth, [34, 66]),
    groupHeading,
    peopleHeading,
    groups: groups.map((g) => ({ name: g.name, people: g.people.map((p) => ({ name: p.name, annotations: p.annotations })) })),
  });
  const tb = vm.titleBlock;
  const banner = vm.banner ? { label: vm.banner.label, text: vm.banner.text, colour: hex(vm.banner.colour), background: hex(vm.banner.background) } : undefined;

  const context = sanitise({
    styles,
    banner,
    title: tb,
    attendees: people(vm.attendees, 'Category', tb.committee ? `${tb.committee} Members` : 'Members'),
    participants: people(vm.participants, 'Representing', 'Other Participants'),
    apologies: people(vm.apologies, 'Representing', 'Name'),
    secretariat: vm.secretariat,
    preamble: blocks(vm.preamble),
    outstandingBeforeAgenda: vm.outstandingBeforeAgenda,
    agenda: vm.agenda.map(item),
    outstanding: {
      ...split(textWidth, [10.4, 36.5, 11.6, 11.6, 11.6, 10.4, 7.9]),
      headings: ['Action ID', 'Action', 'Date Raised', 'Last Target Date', 'Revised Target Date', 'Owner', 'Status'],
      rows: vm.outstanding.map((r) => ({
        id: r.id,
        action: r.action,
        updateXml: blocksToWml(r.update, ctx, cellOpts),
        raised: r.raised,
        target: r.target,
        revisedText: r.revisedText,
        owner: r.owner,
        statusText: r.statusText,
      })),
    },
    newActions: vm.newActions.map((a) => ({ id: a.id, runs: inlineToWml(a.content, ctx), owner: a.owner, due: a.due, item: a.item })),
    actionsTable: { ...split(textWidth, [13, 51, 13, 14, 9]), headings: ['Action ID', 'Action', 'Owner', 'Target Date', 'Item'] },
    decisions: vm.decisions,
    decisionsTable: { ...split(textWidth, [28, 72]), headings: ['Agenda Item', 'Decision'] },
    nextMeetings: vm.nextMeetings,
    tabs: headerFooterTabs(textWidth),
    sectPr:
      `<w:sectPr><w:headerReference w:type="default" r:id="${fixed.header}"/><w:footerReference w:type="default" r:id="${fixed.footer}"/>` +
      `${ref?.pageSetup || BUILT_IN_PAGE}</w:sectPr>`,
  });

  const document = t.document(context);
  let header: string;
  const headerParts: Part[] = [];
  if (ref?.header) {
    // The user's letterhead, with the classification banner as its first paragraph.
    const bannerXml = t.banner(context);
    // A reference document made from an earlier build already holds a banner: replace it.
    const id = styles.Banner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const oldBanner = new RegExp(`<w:p\\b[^>]*><w:pPr><w:pStyle w:val="${id}"/>[\\s\\S]*?</w:p>`, 'g');
    header = ref.header.xml.replace(oldBanner, '').replace(/(<w:hdr\b[^>]*>)/, `$1${bannerXml}`);
    if (ref.header.rels) headerParts.push({ path: 'word/_rels/header1.xml.rels', data: ref.header.rels });
    for (const m of ref.header.media) headerParts.push({ path: m.path, data: m.data });
  } else header = t.header(context);
  let footer: string;
  if (ref?.footer) {
    footer = ref.footer.xml;
    if (ref.footer.rels) headerParts.push({ path: 'word/_rels/footer1.xml.rels', data: ref.footer.rels });
    for (const m of ref.footer.media) headerParts.push({ path: m.path, data: m.data });
  } else footer = t.footer(context);

  const numbering = t.numbering({
    bulletAbstractId: sn.numbering.bulletAbstractId,
    decimalAbstractId: sn.numbering.decimalAbstractId,
    before: sn.numberingParts.before,
    nums: [sn.numberingParts.theirNums, sn.numbering.toXml()].filter(Boolean).join('\n'),
  });
  const core = t.core(
    sanitise({
      title: tb.title,
      subject: tb.committee,
      creator: vm.secretariat,
      keywords: vm.banner?.label,
      status: tb.statusText,
      created: tb.date ? `${tb.date.iso}T00:00:00Z` : undefined,
    }),
  );
  const app = t.app({ appVersion: '1.0000', company: vm.secretariat ? stripForbidden(vm.secretariat) : undefined });

  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${REL.core}" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL.app}" Target="docProps/app.xml"/></Relationships>`;

  const parts: Part[] = [
    { path: '_rels/.rels', data: rootRels },
    { path: 'docProps/core.xml', data: core, contentType: CT.core },
    { path: 'docProps/app.xml', data: app, contentType: CT.app, shared: true },
    { path: 'word/document.xml', data: document, contentType: CT.document },
    { path: 'word/_rels/document.xml.rels', data: rels.toXml() },
    { path: 'word/styles.xml', data: sn.styles, contentType: CT.styles, shared: true },
    { path: 'word/numbering.xml', data: numbering, contentType: CT.numbering },
    { path: 'word/settings.xml', data: statics.get('word/settings.xml')!, contentType: CT.settings, shared: true },
    { path: 'word/fontTable.xml', data: ref?.fontTable ?? statics.get('word/fontTable.xml')!, contentType: CT.fontTable, shared: true },
    { path: 'word/theme/theme1.xml', data: ref?.theme ?? statics.get('word/theme/theme1.xml')!, contentType: CT.theme, shared: true },
    { path: 'word/header1.xml', data: header, contentType: CT.header },
    { path: 'word/footer1.xml', data: footer, contentType: CT.footer },
    ...headerParts,
  ];
  return zipPackage(parts);
}
