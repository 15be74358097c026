/**
 * mammoth's style map for minutes. Its default map knows "Heading 1"… and list numbering, but not
 * Title or Subtitle (their text would come out as ordinary paragraphs, and the title is where the
 * date and committee are), not the heading names a French, German, Spanish… Word writes, and not
 * the list and body styles committees use. Styles mapped here to a plain paragraph are known to
 * carry no meaning, so they are not reported as unmapped.
 */
// mammoth compares style names without regard to case.
const HEADING_NAMES = ['Heading', 'Titre', 'Überschrift', 'Título', 'Titolo', 'Kop', 'Nagłówek', 'Rubrik', 'Overskrift', 'Otsikko', 'Cabeçalho', 'Intestazione'];

const PLAIN = [
  'Normal',
  'Body Text',
  'Body Text 2',
  'Body Text 3',
  'Body Text Indent',
  'Body',
  'Normal (Web)',
  'Normal Web',
  'Plain Text',
  'Default',
  'Table Paragraph',
  'TableCell',
  'Table Contents',
  'Table Text',
  'No Spacing',
  'Date',
  'Fecha',
  'Salutation',
  'Closing',
  'Signature',
  'Caption',
  'header',
  'footer',
  'note_head',
  'Text Body',
  'Textkörper',
  'Corps de texte',
  'Texto independiente',
  'Standard',
];

const LIST_BULLET = ['List Bullet', 'List Bullet 2', 'Bullet point', 'Bullet', 'Bullets', 'Aufzählungszeichen', 'Listenabsatz', 'Liste à puces', 'Viñeta'];
const LIST_PARAGRAPH = ['List Paragraph', 'Prrafodelista', 'Párrafo de lista', 'Paragraphe de liste', 'Paragrafo elenco'];

/**
 * The map for one document: only the rules whose style the document defines (mammoth tries every
 * rule on every paragraph, and a scanned archive has tens of thousands of paragraphs).
 */
export function styleMapFor(stylesXml: string | undefined): string[] {
  if (!stylesXml) return styleMap();
  const names = new Set<string>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>[\s\S]*?<w:name\b[^>]*w:val="([^"]*)"/g)) {
    names.add(`id:${m[1]!.toUpperCase()}`);
    names.add(m[2]!.toUpperCase());
  }
  return styleMap().filter((rule) => {
    const name = /style-name='([^']*)'/.exec(rule)?.[1];
    const id = /style-id='([^']*)'/.exec(rule)?.[1];
    return name !== undefined ? names.has(name.toUpperCase()) : id !== undefined ? names.has(`id:${id.toUpperCase()}`) : true;
  });
}

export function styleMap(): string[] {
  const rules: string[] = [
    "p[style-name='Title'] => h1.title:fresh",
    "p[style-name='Document Title'] => h1.title:fresh",
    "p[style-name='title 1'] => h1.title:fresh",
    "p[style-name='Subtitle'] => p.subtitle:fresh",
    "p[style-name='Document Subtitle'] => p.subtitle:fresh",
    "p[style-name='title 2'] => p.subtitle:fresh",
  ];
  for (const name of HEADING_NAMES)
    for (let level = 1; level <= 6; level++) rules.push(`p[style-name='${name} ${level}'] => h${level}:fresh`);
  for (let level = 1; level <= 6; level++) rules.push(`p[style-id='Ttulo${level}'] => h${level}:fresh`);
  // A list paragraph with numbering is a list item (mammoth's numbering rules come after these
  // and still apply to the numbered ones); one without stays a paragraph.
  for (const name of LIST_BULLET) rules.push(`p[style-name='${name}'] => ul > li:fresh`);
  // A rule for a style wins over mammoth's numbering rules, so a numbered paragraph of a plain
  // style would lose its list: each style gets the numbering rules first.
  for (const name of [...LIST_PARAGRAPH, ...PLAIN]) {
    for (let level = 1; level <= 4; level++) {
      const outer = level === 1 ? '' : 'ul|ol > li > '.repeat(level - 1);
      rules.push(`p[style-name='${name}']:ordered-list(${level}) => ${outer}ol > li:fresh`, `p[style-name='${name}']:unordered-list(${level}) => ${outer}ul > li:fresh`);
    }
    rules.push(`p[style-name='${name}'] => p:fresh`);
  }
  rules.push("r[style-name='Strong'] => strong", "r[style-name='Emphasis'] => em");
  return rules;
}
