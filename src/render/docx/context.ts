import { xmlAttr } from './xml.js';

/** Our logical style names → the style ids written in the document (ours, or the reference document's). */
export interface StyleIds {
  Normal: string;
  Title: string;
  Subtitle: string;
  Meta: string;
  Banner: string;
  BannerNote: string;
  SectionLabel: string;
  Heading1: string;
  Heading2: string;
  Heading3: string;
  BodyText: string;
  ListParagraph: string;
  Quote: string;
  Action: string;
  ActionId: string;
  Decision: string;
  DecisionVerb: string;
  TableText: string;
  TableHeading: string;
  TableGroup: string;
  Annotation: string;
  NextMeeting: string;
  Header: string;
  Footer: string;
  Hyperlink: string;
  VerbatimChar: string;
  SourceCode: string;
  MinutesTable: string;
}

export type StyleKey = keyof StyleIds;

export const STYLE_KEYS: StyleKey[] = [
  'Normal', 'Title', 'Subtitle', 'Meta', 'Banner', 'BannerNote', 'SectionLabel', 'Heading1', 'Heading2', 'Heading3',
  'BodyText', 'ListParagraph', 'Quote', 'Action', 'ActionId', 'Decision', 'DecisionVerb', 'TableText', 'TableHeading',
  'TableGroup', 'Annotation', 'NextMeeting', 'Header', 'Footer', 'Hyperlink', 'VerbatimChar', 'SourceCode', 'MinutesTable',
];

export function builtInStyleIds(): StyleIds {
  return Object.fromEntries(STYLE_KEYS.map((k) => [k, k])) as unknown as StyleIds;
}

/** Relationships of word/document.xml: the fixed parts first, then hyperlinks in order of use. */
export class Relationships {
  private readonly entries: Array<{ id: string; type: string; target: string; external: boolean }> = [];
  private readonly byUrl = new Map<string, string>();

  add(type: string, target: string, external = false): string {
    const id = `rId${this.entries.length + 1}`;
    this.entries.push({ id, type, target, external });
    return id;
  }

  hyperlink(url: string): string {
    let id = this.byUrl.get(url);
    if (!id) {
      id = this.add('http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', url, true);
      this.byUrl.set(url, id);
    }
    return id;
  }

  toXml(): string {
    const rows = this.entries.map(
      (e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${xmlAttr(e.target)}"${e.external ? ' TargetMode="External"' : ''}/>`,
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join('')}</Relationships>`;
  }
}

/** One w:num per list, so that every numbered list restarts at its own first number. */
export class Numbering {
  private readonly nums: string[] = [];
  constructor(
    private readonly firstNumId: number,
    readonly bulletAbstractId: number,
    readonly decimalAbstractId: number,
  ) {}

  /**
   * An ordered list is numbered as written at every depth, `1.` or `1)`: its level is defined here
   * rather than taken from the abstract numbering, whose deeper levels letter and Roman-number.
   */
  newList(ordered: boolean, level: number, start: number, delimiter: '.' | ')' = '.'): number {
    const numId = this.firstNumId + this.nums.length;
    const lvl =
      `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${level + 1}${delimiter}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 + 360 * level}" w:hanging="360"/></w:pPr></w:lvl>`;
    const override = ordered ? `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/>${lvl}</w:lvlOverride>` : '';
    this.nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${ordered ? this.decimalAbstractId : this.bulletAbstractId}"/>${override}</w:num>`);
    return numId;
  }

  toXml(): string {
    return this.nums.join('\n');
  }
}

export interface WmlContext {
  styles: StyleIds;
  rels: Relationships;
  numbering: Numbering;
  /** Text width in twentieths of a point, for table widths. */
  textWidth: number;
  nextBookmarkId: number;
}
