import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  createTemplateEngine,
  safeUrl
} from "./chunk-XNPB256Y.js";
import {
  REFERENCE_ASSET,
  deflateSync,
  readReferenceDoc
} from "./chunk-L2XTUBSA.js";
import {
  TemplateError
} from "./chunk-PF3PCOA7.js";
import {
  FORBIDDEN_XML_CHARS,
  toString
} from "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/render/docx/xml.ts
function stripForbidden(text) {
  return text.replace(FORBIDDEN_XML_CHARS, "");
}
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function xmlText(text) {
  return stripForbidden(text).replace(/[&<>]/g, (c) => ESCAPES[c]);
}
function xmlAttr(text) {
  return stripForbidden(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// src/render/docx/context.ts
var STYLE_KEYS = [
  "Normal",
  "Title",
  "Subtitle",
  "Meta",
  "Banner",
  "BannerNote",
  "SectionLabel",
  "Heading1",
  "Heading2",
  "Heading3",
  "BodyText",
  "ListParagraph",
  "Quote",
  "Action",
  "ActionId",
  "Decision",
  "DecisionVerb",
  "TableText",
  "TableHeading",
  "TableGroup",
  "Annotation",
  "NextMeeting",
  "Header",
  "Footer",
  "Hyperlink",
  "VerbatimChar",
  "SourceCode",
  "MinutesTable"
];
function builtInStyleIds() {
  return Object.fromEntries(STYLE_KEYS.map((k) => [k, k]));
}
var Relationships = class {
  entries = [];
  byUrl = /* @__PURE__ */ new Map();
  add(type, target, external = false) {
    const id = `rId${this.entries.length + 1}`;
    this.entries.push({ id, type, target, external });
    return id;
  }
  hyperlink(url) {
    let id = this.byUrl.get(url);
    if (!id) {
      id = this.add("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", url, true);
      this.byUrl.set(url, id);
    }
    return id;
  }
  toXml() {
    const rows = this.entries.map(
      (e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${xmlAttr(e.target)}"${e.external ? ' TargetMode="External"' : ""}/>`
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join("")}</Relationships>`;
  }
};
var Numbering = class {
  constructor(firstNumId, bulletAbstractId, decimalAbstractId) {
    this.firstNumId = firstNumId;
    this.bulletAbstractId = bulletAbstractId;
    this.decimalAbstractId = decimalAbstractId;
  }
  firstNumId;
  bulletAbstractId;
  decimalAbstractId;
  nums = [];
  /**
   * An ordered list is numbered as written at every depth, `1.` or `1)`: its level is defined here
   * rather than taken from the abstract numbering, whose deeper levels letter and Roman-number.
   */
  newList(ordered, level, start, delimiter = ".") {
    const numId = this.firstNumId + this.nums.length;
    const lvl = `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${level + 1}${delimiter}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 + 360 * level}" w:hanging="360"/></w:pPr></w:lvl>`;
    const override = ordered ? `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/>${lvl}</w:lvlOverride>` : "";
    this.nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${ordered ? this.decimalAbstractId : this.bulletAbstractId}"/>${override}</w:num>`);
    return numId;
  }
  toXml() {
    return this.nums.join("\n");
  }
};

// src/render/docx/zip.ts
import { crc32 } from "node:zlib";
var enc = new TextEncoder();
function zipEntry(path, content, level = 6) {
  const bytes = typeof content === "string" ? enc.encode(content) : content;
  return { name: enc.encode(path), crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes, { level }) };
}
var DOS_TIME = 0;
var DOS_DATE = 2e3 - 1980 << 9 | 1 << 5 | 1;
function zip(entries) {
  let total = 22;
  for (const e of entries) total += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets = [];
  const header = (sig, e, central, offset) => {
    view.setUint32(p, sig, true);
    p += 4;
    if (central) {
      view.setUint16(p, 20, true);
      p += 2;
    }
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 2048, true);
    view.setUint16(p + 4, 8, true);
    view.setUint16(p + 6, DOS_TIME, true);
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true);
    p += 26;
    if (central) {
      view.setUint16(p, 0, true);
      view.setUint16(p + 2, 0, true);
      view.setUint16(p + 4, 0, true);
      view.setUint32(p + 6, 0, true);
      view.setUint32(p + 10, offset, true);
      p += 14;
    }
    out.set(e.name, p);
    p += e.name.length;
  };
  for (const e of entries) {
    offsets.push(p);
    header(67324752, e, false, 0);
    out.set(e.data, p);
    p += e.data.length;
  }
  const centralStart = p;
  entries.forEach((e, i) => header(33639248, e, true, offsets[i]));
  const centralSize = p - centralStart;
  view.setUint32(p, 101010256, true);
  view.setUint16(p + 4, 0, true);
  view.setUint16(p + 6, 0, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, centralSize, true);
  view.setUint32(p + 16, centralStart, true);
  view.setUint16(p + 20, 0, true);
  return out;
}

// src/render/docx/package.ts
var DEFAULT_TYPES = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  png: "image/png",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  gif: "image/gif",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  emf: "image/x-emf",
  wmf: "image/x-wmf",
  svg: "image/svg+xml"
};
function contentTypesXml(parts) {
  const extensions = /* @__PURE__ */ new Set(["rels", "xml"]);
  for (const p of parts) {
    const ext = p.path.slice(p.path.lastIndexOf(".") + 1).toLowerCase();
    if (!p.contentType && DEFAULT_TYPES[ext]) extensions.add(ext);
  }
  const defaults = [...extensions].sort().map((e) => `<Default Extension="${e}" ContentType="${DEFAULT_TYPES[e]}"/>`);
  const overrides = parts.filter((p) => p.contentType).map((p) => `<Override PartName="/${xmlAttr(p.path)}" ContentType="${p.contentType}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join("")}${overrides.join("")}</Types>`;
}
var shared = /* @__PURE__ */ new Map();
var SHARED_LIMIT = 64;
function zipPackage(parts) {
  const entries = [zipEntry("[Content_Types].xml", contentTypesXml(parts), 6)];
  for (const p of parts) {
    if (p.shared && typeof p.data === "string") {
      const key = `${p.path}\0${p.data}`;
      let e = shared.get(key);
      if (!e) {
        e = zipEntry(p.path, p.data, 6);
        if (shared.size < SHARED_LIMIT) shared.set(key, e);
      }
      entries.push(e);
    } else entries.push(zipEntry(p.path, p.data, 6));
  }
  return zip(entries);
}
var CT = {
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  fontTable: "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml"
};
var REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  numbering: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  fontTable: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
  footer: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
};

// src/render/docx/styles.ts
var STYLE_RE = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
function attr(tag, name) {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : void 0;
}
function parseStyles(xml) {
  const out = [];
  for (const m of xml.matchAll(STYLE_RE)) {
    const s = m[0];
    const open = /^<w:style\b[^>]*>/.exec(s)[0];
    const id = attr(open, "w:styleId");
    if (id === void 0) continue;
    const name = /<w:name\b[^>]*w:val="([^"]*)"/.exec(s)?.[1];
    const aliases = (/<w:aliases\b[^>]*w:val="([^"]*)"/.exec(s)?.[1] ?? "").split(",").map((a) => a.trim()).filter(Boolean);
    out.push({ type: attr(open, "w:type") ?? "paragraph", id, ...name !== void 0 ? { name } : {}, aliases, xml: s });
  }
  return out;
}
var norm = (s) => s.toLowerCase().replace(/\s+/g, " ").trim();
function mergeStyles(theirXml, ourXml) {
  const theirs = parseStyles(theirXml);
  const ours = parseStyles(ourXml);
  const taken = new Set(theirs.map((s) => s.id));
  const map = /* @__PURE__ */ new Map();
  const missing = [];
  for (const o of ours) {
    const sameType = theirs.filter((t) => t.type === o.type);
    const hit = (o.name !== void 0 ? sameType.find((t) => t.name !== void 0 && norm(t.name) === norm(o.name)) : void 0) ?? (o.name !== void 0 ? sameType.find((t) => t.aliases.some((a) => norm(a) === norm(o.name))) : void 0) ?? sameType.find((t) => t.id === o.id);
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
    let x = o.xml.replace(/w:styleId="[^"]*"/, `w:styleId="${map.get(o.id)}"`).replace(/\sw:default="[^"]*"/, "");
    x = x.replace(/(<w:(?:basedOn|next|link)\b[^>]*w:val=")([^"]*)"/g, (_m, pre, v) => `${pre}${map.get(v) ?? v}"`);
    return x;
  });
  const xml = appended.length ? theirXml.replace(/<\/w:styles>\s*$/, `${appended.join("\n")}
</w:styles>
`) : theirXml;
  const ids = Object.fromEntries(STYLE_KEYS.map((k) => [k, map.get(k) ?? k]));
  return { xml, ids, added: missing.map((m) => m.id) };
}

// src/render/docx/templates.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/render/docx/markdown-to-wml.ts
var isComment = (html) => /^\s*<!--[\s\S]*-->\s*$/.test(html);
function runProps(f, ctx) {
  let p = "";
  const style = f.code ? ctx.styles.VerbatimChar : f.charStyle;
  if (style) p += `<w:rStyle w:val="${xmlAttr(style)}"/>`;
  if (f.bold) p += "<w:b/><w:bCs/>";
  if (f.italic) p += "<w:i/><w:iCs/>";
  if (f.strike) p += "<w:strike/>";
  return p ? `<w:rPr>${p}</w:rPr>` : "";
}
function textRun(text, f, ctx) {
  const clean = text.replace(/\r\n?|\n/g, " ");
  if (clean === "") return "";
  const pieces = clean.split("	");
  let body = "";
  pieces.forEach((piece, i) => {
    if (i > 0) body += "<w:tab/>";
    if (piece !== "") body += `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`;
  });
  return `<w:r>${runProps(f, ctx)}${body}</w:r>`;
}
function inlineToWml(nodes, ctx, options = {}, format = {}) {
  let out = "";
  for (const node of nodes) out += inlineNode(node, ctx, options, format);
  return out;
}
function inlineNode(node, ctx, options, f) {
  switch (node.type) {
    case "text":
      return textRun(node.value, f, ctx);
    case "strong": {
      if (options.decisionVerb !== void 0 && toString(node).trim() === options.decisionVerb) {
        return inlineToWml(node.children, ctx, { ...options, decisionVerb: void 0 }, { ...f, charStyle: ctx.styles.DecisionVerb });
      }
      return inlineToWml(node.children, ctx, options, { ...f, bold: true });
    }
    case "emphasis":
      return inlineToWml(node.children, ctx, options, { ...f, italic: true });
    case "delete":
      return inlineToWml(node.children, ctx, options, { ...f, strike: true });
    case "inlineCode":
      return textRun(node.value, { ...f, code: true }, ctx);
    case "break":
      return "<w:r><w:br/></w:r>";
    case "link": {
      const url = safeUrl(node.url);
      if (options.inLink || url === void 0) return inlineToWml(node.children, ctx, options, f);
      const id = ctx.rels.hyperlink(encodeURI(safeDecode(url)));
      const runs = inlineToWml(node.children, ctx, { ...options, inLink: true }, { ...f, charStyle: ctx.styles.Hyperlink });
      return `<w:hyperlink r:id="${id}" w:history="1">${runs || textRun(url, { ...f, charStyle: ctx.styles.Hyperlink }, ctx)}</w:hyperlink>`;
    }
    case "linkReference":
      return inlineToWml(node.children, ctx, options, f);
    case "image":
    case "imageReference":
      return node.alt ? textRun(`[${node.alt}]`, { ...f, italic: true }, ctx) : "";
    case "footnoteReference":
      return textRun(`[${node.label ?? node.identifier}]`, f, ctx);
    case "html":
      if (/^<br\s*\/?>$/i.test(node.value.trim())) return "<w:r><w:br/></w:r>";
      return isComment(node.value) ? "" : textRun(node.value, f, ctx);
    default:
      return "children" in node ? inlineToWml(node.children, ctx, options, f) : "";
  }
}
function paragraph(style, runs, extraProps = "") {
  return `<w:p><w:pPr><w:pStyle w:val="${xmlAttr(style)}"/>${extraProps}</w:pPr>${runs}</w:p>`;
}
function blocksToWml(nodes, ctx, options = {}) {
  let out = "";
  for (const node of nodes) out += blockNode(node, ctx, options);
  return out;
}
function blockNode(node, ctx, o) {
  const bodyStyle = o.paragraphStyle ?? ctx.styles.BodyText;
  switch (node.type) {
    case "paragraph":
      return paragraph(bodyStyle, inlineToWml(node.children, ctx));
    case "heading":
      if (o.inTable) return paragraph(bodyStyle, inlineToWml(node.children, ctx, {}, { bold: true }));
      return paragraph(ctx.styles.Heading3, inlineToWml(node.children, ctx));
    case "blockquote":
      return blocksToWml(node.children, ctx, { ...o, paragraphStyle: o.inTable ? bodyStyle : ctx.styles.Quote });
    case "list":
      return list(node, ctx, o);
    case "code": {
      const lines = node.value.split(/\r\n?|\n/);
      const runs = lines.map((l, i) => (i > 0 ? "<w:r><w:br/></w:r>" : "") + textRun(l, {}, ctx)).join("");
      return paragraph(ctx.styles.SourceCode, runs);
    }
    case "table":
      return o.inTable ? paragraph(bodyStyle, textRun(toString(node), {}, ctx)) : table(node, ctx);
    case "thematicBreak":
      return paragraph(bodyStyle, "", '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/></w:pBdr>');
    case "footnoteDefinition":
      return blocksToWml(node.children, ctx, o);
    case "html":
      return isComment(node.value) ? "" : paragraph(bodyStyle, textRun(node.value, {}, ctx));
    case "yaml":
    case "definition":
      return "";
    default:
      return "";
  }
}
function list(node, ctx, o) {
  const level = Math.min(o.listLevel ?? 0, 8);
  const delimiter = node.data?.delimiter ?? ".";
  const numPrOf = (id) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
  let numPr = numPrOf(ctx.numbering.newList(node.ordered === true, level, node.start ?? 1, delimiter));
  const style = o.inTable ? o.paragraphStyle ?? ctx.styles.TableText : ctx.styles.ListParagraph;
  let out = "";
  for (const item of node.children) {
    const own = item.data?.number;
    if (node.ordered && own !== void 0) numPr = numPrOf(ctx.numbering.newList(true, level, own, delimiter));
    let first = true;
    const check = item.checked === true ? "\u2612 " : item.checked === false ? "\u2610 " : "";
    for (const child of item.children) {
      if (child.type === "list") {
        out += list(child, ctx, { ...o, listLevel: level + 1 });
        continue;
      }
      if (first && child.type === "paragraph") {
        const verb = item.data?.decisionVerb;
        out += paragraph(style, textRun(check, {}, ctx) + inlineToWml(child.children, ctx, verb !== void 0 ? { decisionVerb: verb } : {}), numPr);
      } else {
        const indent = `<w:ind w:left="${720 + 360 * level}"/>`;
        if (child.type === "paragraph") out += paragraph(style, inlineToWml(child.children, ctx), indent);
        else out += blockNode(child, ctx, { ...o, paragraphStyle: style, listLevel: level + 1 });
      }
      first = false;
    }
    if (first) out += paragraph(style, textRun(check, {}, ctx), numPr);
  }
  return out;
}
function columnWidths(lengths, total) {
  const weights = lengths.map((n) => Math.sqrt(Math.max(3, Math.min(n, 80))));
  const sum = weights.reduce((a, b) => a + b, 0);
  const min = Math.min(680, Math.floor(total / lengths.length));
  let widths = weights.map((w) => Math.max(min, Math.floor(w / sum * total)));
  const over = widths.reduce((a, b) => a + b, 0) - total;
  if (over > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths = widths.map((w, i) => i === widest ? w - over : w);
  }
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] += rest;
  return widths;
}
var SHORT_ROW = 600;
var JC = { left: "left", center: "center", right: "right" };
function table(node, ctx) {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const lengths = Array.from({ length: columns }, (_, c) => Math.max(0, ...node.children.map((r) => r.children[c] ? toString(r.children[c]).length : 0)));
  const widths = columnWidths(lengths, ctx.textWidth);
  const cell = (c, i, header) => {
    const align = node.align?.[i];
    const jc = align && JC[align] ? `<w:jc w:val="${JC[align]}"/>` : "";
    const style = header ? ctx.styles.TableHeading : ctx.styles.TableText;
    const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>' : "";
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}</w:tcPr>${paragraph(style, c ? inlineToWml(c.children, ctx) : "", jc)}</w:tc>`;
  };
  const rows = node.children.map((row, r) => {
    const header = r === 0;
    const trPr = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : toString(row).length <= SHORT_ROW ? "<w:trPr><w:cantSplit/></w:trPr>" : "";
    const cells = Array.from({ length: columns }, (_, i) => cell(row.children[i], i, header)).join("");
    return `<w:tr>${trPr}${cells}</w:tr>`;
  });
  return tableXml(ctx, widths, rows.join("")) + spacerParagraph(ctx);
}
function tableXml(ctx, widths, rows) {
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="${xmlAttr(ctx.styles.MinutesTable)}"/><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}
function spacerParagraph(ctx) {
  return paragraph(ctx.styles.Normal, "", '<w:spacing w:before="0" w:after="120"/>');
}
function safeDecode(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

// src/render/docx/templates.ts
function builtInDocxDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "templates", "docx");
    if (existsSync(join(candidate, "word", "styles.xml"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("the built-in DOCX reference parts (templates/docx/word/styles.xml\u2026) are missing from the installation");
}
var STATIC_PARTS = ["word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/theme/theme1.xml"];
var statics;
function builtInStaticParts() {
  if (!statics) {
    const dir = builtInDocxDir();
    statics = new Map(STATIC_PARTS.map((p) => [p, { text: readFileSync(join(dir, p), "utf8"), path: join("templates", "docx", p) }]));
  }
  return statics;
}
var PREFIX = "docx/";
function compileDocxTemplates(set) {
  let doc;
  const current = () => {
    if (!doc) throw new Error("a DOCX helper ran outside a render");
    return doc;
  };
  const style = (key, fallback) => typeof key === "string" && Object.hasOwn(current().styles, key) ? current().styles[key] : fallback;
  const engine = createTemplateEngine(
    set,
    "docx",
    {
      // `paragraph="TableText"` names the style of plain paragraphs, `cell=true` writes for a table cell.
      blocks: (nodes, hash) => {
        const ctx = current();
        const paragraphStyle = style(hash.paragraph, hash.cell ? ctx.styles.TableText : ctx.styles.BodyText);
        return blocksToWml(nodes, ctx, { paragraphStyle, inTable: hash.cell === true });
      },
      // `verb=decision.verb` gives the decision's verb the Decision Verb character style.
      inline: (nodes, hash) => inlineToWml(nodes, current(), typeof hash.verb === "string" ? { decisionVerb: hash.verb } : {})
    },
    {
      /** `{{#bookmark (concat "item_" (or number title))}}…{{/bookmark}}`: a bookmark around the content, its name made unique. */
      bookmark(name, options) {
        const d = current();
        const base = String(name ?? "bookmark").replace(/[^A-Za-z0-9_]+/g, "_").slice(0, 36);
        let unique = base;
        for (let n = 2; d.bookmarks.has(unique); n++) unique = `${base.slice(0, 33)}_${n}`;
        d.bookmarks.add(unique);
        const id = d.nextBookmarkId++;
        return `<w:bookmarkStart w:id="${id}" w:name="${unique}"/>${options.fn(this)}<w:bookmarkEnd w:id="${id}"/>`;
      }
    }
  );
  const t = (name) => engine.template(PREFIX + name);
  const builtIn = builtInStaticParts();
  return {
    document: t("document.xml"),
    header: t("word/header1.xml"),
    footer: t("word/footer1.xml"),
    numbering: t("word/numbering.xml"),
    core: t("docProps/core.xml"),
    app: t("docProps/app.xml"),
    banner: t("partials/banner.xml"),
    statics: new Map(STATIC_PARTS.map((p) => [p, set[PREFIX + p] ?? builtIn.get(p)])),
    within(ctx, render) {
      doc = { ...ctx, bookmarks: /* @__PURE__ */ new Set() };
      try {
        return render();
      } finally {
        doc = void 0;
      }
    }
  };
}

// src/render/docx/render-docx.ts
var BUILT_IN_TEXT_WIDTH = 9638;
var BUILT_IN_PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>';
function headerFooterTabs(width) {
  if (width === BUILT_IN_TEXT_WIDTH) return "";
  const stops = [
    ["clear", 4819],
    ["clear", BUILT_IN_TEXT_WIDTH],
    ["center", Math.round(width / 2)],
    ["right", width]
  ];
  const unique = stops.filter(([v, pos]) => v !== "clear" || pos !== width && pos !== Math.round(width / 2));
  unique.sort((a, b) => a[1] - b[1]);
  return `<w:tabs>${unique.map(([v, pos]) => `<w:tab w:val="${v}" w:pos="${pos}"/>`).join("")}</w:tabs>`;
}
var merged = /* @__PURE__ */ new WeakMap();
function mergedStyles(key, theirs, ours) {
  let m = merged.get(key);
  if (!m) {
    const r = mergeStyles(theirs, ours);
    m = { styles: r.xml, ids: r.ids };
    merged.set(key, m);
  }
  return m;
}
var STYLES_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<w:styles\b[^>]*\bxmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"[^>]*>[\s\S]*<\/w:styles>\s*$/;
function chooseStyles(t, ref) {
  const ours = builtInStaticParts().get("word/styles.xml").text;
  const given = t.statics.get("word/styles.xml");
  const user = given.text !== ours ? given : void 0;
  if (user && !STYLES_ROOT.test(user.text)) {
    throw new TemplateError(user.path, void 0, "not a WordprocessingML styles part (its root must be <w:styles> in the http://schemas.openxmlformats.org/wordprocessingml/2006/main namespace)");
  }
  if (user && ref?.styles) {
    throw new TemplateError(user.path, void 0, "the reference document gives the styles too: keep the styles in one of the two");
  }
  if (ref?.styles) return mergedStyles(ref, ref.styles, ours);
  if (user) return mergedStyles(user, user.text, ours);
  return { styles: ours, ids: builtInStyleIds() };
}
function stylesAndNumbering(t, ref) {
  const { styles, ids } = chooseStyles(t, ref);
  if (!ref?.numbering) return { styles, ids, numbering: new Numbering(1, 1, 2), numberingParts: { before: "", theirNums: "" } };
  const n = ref.numbering;
  const pick = (re) => [...n.matchAll(re)].map((m) => m[0]);
  const picBullets = pick(/<w:numPicBullet\b[\s\S]*?<\/w:numPicBullet>/g);
  const abstracts = pick(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g);
  const nums = pick(/<w:num\b[^>]*?(?:\/>|>[\s\S]*?<\/w:num>)/g);
  const maxOf = (xs, a) => Math.max(0, ...xs.map((x) => Number(new RegExp(`${a}="(\\d+)"`).exec(x)?.[1] ?? 0)));
  const abs = maxOf(abstracts, "w:abstractNumId") + 1;
  return {
    styles,
    ids,
    numbering: new Numbering(maxOf(nums, "w:numId") + 1, abs, abs + 1),
    numberingParts: { before: [...picBullets, ...abstracts].join("\n"), theirNums: nums.join("\n") }
  };
}
function renderDocx(vm, t, options = {}) {
  const ref = options.reference;
  const statics2 = t.statics;
  const sn = stylesAndNumbering(t, ref);
  const rels = new Relationships();
  const fixed = {
    styles: rels.add(REL.styles, "styles.xml"),
    numbering: rels.add(REL.numbering, "numbering.xml"),
    settings: rels.add(REL.settings, "settings.xml"),
    fontTable: rels.add(REL.fontTable, "fontTable.xml"),
    theme: rels.add(REL.theme, "theme/theme1.xml"),
    header: rels.add(REL.header, "header1.xml"),
    footer: rels.add(REL.footer, "footer1.xml")
  };
  const textWidth = ref?.textWidth ?? BUILT_IN_TEXT_WIDTH;
  const ctx = { styles: sn.ids, rels, numbering: sn.numbering, textWidth, nextBookmarkId: 1 };
  const styles = sn.ids;
  const data = {
    styles,
    page: {
      textWidth,
      idColumn: idColumnPercent([...vm.newActions.map((a) => a.id), ...vm.outstanding.map((r) => r.id)], textWidth),
      tabs: headerFooterTabs(textWidth),
      sectPr: `<w:sectPr><w:headerReference w:type="default" r:id="${fixed.header}"/><w:footerReference w:type="default" r:id="${fixed.footer}"/>${ref?.pageSetup || BUILT_IN_PAGE}</w:sectPr>`
    }
  };
  const render = (template) => stripForbidden(template(vm, { data }));
  const { document, header, footer, headerParts } = t.within(ctx, () => {
    const document2 = render(t.document);
    let header2;
    const headerParts2 = [];
    if (ref?.header) {
      const bannerXml = render(t.banner);
      const id = styles.Banner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const oldBanner = new RegExp(`<w:p\\b[^>]*><w:pPr><w:pStyle w:val="${id}"/>[\\s\\S]*?</w:p>`, "g");
      header2 = ref.header.xml.replace(oldBanner, "").replace(/(<w:hdr\b[^>]*>)/, `$1${bannerXml}`);
      if (ref.header.rels) headerParts2.push({ path: "word/_rels/header1.xml.rels", data: ref.header.rels });
      for (const m of ref.header.media) headerParts2.push({ path: m.path, data: m.data });
    } else header2 = render(t.header);
    let footer2;
    if (ref?.footer) {
      footer2 = ref.footer.xml;
      if (ref.footer.rels) headerParts2.push({ path: "word/_rels/footer1.xml.rels", data: ref.footer.rels });
      for (const m of ref.footer.media) headerParts2.push({ path: m.path, data: m.data });
    } else footer2 = render(t.footer);
    return { document: document2, header: header2, footer: footer2, headerParts: headerParts2 };
  });
  const numbering = t.numbering({
    bulletAbstractId: sn.numbering.bulletAbstractId,
    decimalAbstractId: sn.numbering.decimalAbstractId,
    before: sn.numberingParts.before,
    nums: [sn.numberingParts.theirNums, sn.numbering.toXml()].filter(Boolean).join("\n")
  });
  const core = render(t.core);
  const app = render(t.app);
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/><Relationship Id="rId2" Type="${REL.core}" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL.app}" Target="docProps/app.xml"/></Relationships>`;
  const parts = [
    { path: "_rels/.rels", data: rootRels },
    { path: "docProps/core.xml", data: core, contentType: CT.core },
    { path: "docProps/app.xml", data: app, contentType: CT.app, shared: true },
    { path: "word/document.xml", data: document, contentType: CT.document },
    { path: "word/_rels/document.xml.rels", data: rels.toXml() },
    { path: "word/styles.xml", data: withLanguage(sn.styles, vm.locale), contentType: CT.styles, shared: true },
    { path: "word/numbering.xml", data: numbering, contentType: CT.numbering },
    { path: "word/settings.xml", data: statics2.get("word/settings.xml").text.replace(/(<w:themeFontLang w:val=")[^"]*"/, `$1${xmlAttr(vm.locale)}"`), contentType: CT.settings, shared: true },
    { path: "word/fontTable.xml", data: ref?.fontTable ?? statics2.get("word/fontTable.xml").text, contentType: CT.fontTable, shared: true },
    { path: "word/theme/theme1.xml", data: ref?.theme ?? statics2.get("word/theme/theme1.xml").text, contentType: CT.theme, shared: true },
    { path: "word/header1.xml", data: header, contentType: CT.header },
    { path: "word/footer1.xml", data: footer, contentType: CT.footer },
    ...headerParts
  ];
  return zipPackage(parts);
}
function idColumnPercent(ids, textWidth) {
  const longest = Math.max(0, ...ids.map((id) => id.length));
  return Math.min(30, Math.max(13, Math.ceil((longest * 110 + 260) / textWidth * 100)));
}
function withLanguage(styles, locale) {
  const lang = xmlAttr(locale);
  const defaults = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<\/w:rPrDefault>/.exec(styles);
  if (!defaults) return styles;
  const rPr = defaults[1];
  const next = /<w:lang\b[^>]*\/>/.test(rPr) ? rPr.replace(/<w:lang\b[^>]*\/>/, `<w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="ar-SA"/>`) : `${rPr}<w:lang w:val="${lang}"/>`;
  return styles.slice(0, defaults.index) + defaults[0].replace(rPr, next) + styles.slice(defaults.index + defaults[0].length);
}

// src/render/docx/index.ts
function createRenderer(options) {
  const templates = compileDocxTemplates(options.templates);
  const refBytes = options.assets?.[REFERENCE_ASSET];
  const reference = refBytes ? readReferenceDoc(refBytes, "the reference document") : void 0;
  return {
    extension: "docx",
    render: ({ view }) => renderDocx(view, templates, reference ? { reference } : {})
  };
}
export {
  createRenderer
};
