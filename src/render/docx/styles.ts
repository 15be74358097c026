import { STYLE_KEYS, type StyleIds } from './context.js';

/** One w:style element of a styles part, found by a light scan (no full XML parse needed). */
export interface StyleEntry {
  type: string;
  id: string;
  name?: string;
  aliases: string[];
  xml: string;
}

const STYLE_RE = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

export function parseStyles(xml: string): StyleEntry[] {
  const out: StyleEntry[] = [];
  for (const m of xml.matchAll(STYLE_RE)) {
    const s = m[0];
    const open = /^<w:style\b[^>]*>/.exec(s)![0];
    const id = attr(open, 'w:styleId');
    if (id === undefined) continue;
    const name = /<w:name\b[^>]*w:val="([^"]*)"/.exec(s)?.[1];
    const aliases = (/<w:aliases\b[^>]*w:val="([^"]*)"/.exec(s)?.[1] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    out.push({ type: attr(open, 'w:type') ?? 'paragraph', id, ...(name !== undefined ? { name } : {}), aliases, xml: s });
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Maps each of our styles onto the reference document's: by name (Word writes built-in style
 * names in English whatever the UI language, while ids are localised: "berschrift1"), then by
 * alias, then by id. Styles the document lacks are appended from our own definitions, their
 * basedOn/next/link rewritten through the same map.
 */
export function mergeStyles(theirXml: string, ourXml: string): { xml: string; ids: StyleIds; added: string[] } {
  const theirs = parseStyles(theirXml);
  const ours = parseStyles(ourXml);
  const taken = new Set(theirs.map((s) => s.id));
  const map = new Map<string, string>();
  const missing: StyleEntry[] = [];
  for (const o of ours) {
    const sameType = theirs.filter((t) => t.type === o.type);
    const hit =
      (o.name !== undefined ? sameType.find((t) => t.name !== undefined && norm(t.name) === norm(o.name!)) : undefined) ??
      (o.name !== undefined ? sameType.find((t) => t.aliases.some((a) => norm(a) === norm(o.name!))) : undefined) ??
      sameType.find((t) => t.id === o.id);
    if (hit) {
      map.set(o.id, hit.id);
      continue;
    }
    let id = o.id;
    for (let n = 2; taken.has(id); n++) id = `${o.id}${n}`;
    taken.add(id);
    map.set(o.id, id);
    missing.push(o);
  }
  const appended = missing.map((o) => {
    let x = o.xml.replace(/w:styleId="[^"]*"/, `w:styleId="${map.get(o.id)}"`).replace(/\sw:default="[^"]*"/, '');
    x = x.replace(/(<w:(?:basedOn|next|link)\b[^>]*w:val=")([^"]*)"/g, (_m, pre: string, v: string) => `${pre}${map.get(v) ?? v}"`);
    return x;
  });
  const xml = appended.length ? theirXml.replace(/<\/w:styles>\s*$/, `${appended.join('\n')}\n</w:styles>\n`) : theirXml;
  const ids = Object.fromEntries(STYLE_KEYS.map((k) => [k, map.get(k) ?? k])) as unknown as StyleIds;
  return { xml, ids, added: missing.map((m) => m.id) };
}
