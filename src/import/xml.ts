/** The little XML handling the parts mammoth does not read need: entities and the text of runs. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The visible text of a WordprocessingML fragment: its `w:t` runs, a space between paragraphs. */
export function wordText(xml: string): string {
  const paragraphs = xml.split(/<\/w:p>/);
  const out: string[] = [];
  for (const p of paragraphs) {
    let t = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) t += m[1] !== undefined ? decodeXml(m[1]) : ' ';
    t = t.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n');
}

/** The value of attribute `name` (with its `w:` prefix) in an element's start tag. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}
