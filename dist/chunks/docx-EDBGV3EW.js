import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-KY6PRGRF.js";
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
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

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
  newList(ordered, level, start) {
    const numId = this.firstNumId + this.nums.length;
    const override = ordered ? `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>` : "";
    this.nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${ordered ? this.decimalAbstractId : this.bulletAbstractId}"/>${override}</w:num>`);
    return numId;
  }
  toXml() {
    return this.nums.join("\n");
  }
};

// src/render/docx/markdown-to-wml.ts
var SAFE_LINK = /^(https?:|mailto:)/i;
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
      const url = node.url.trim();
      if (options.inLink || !SAFE_LINK.test(url)) return inlineToWml(node.children, ctx, options, f);
      const id = ctx.rels.hyperlink(url);
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
  const numId = ctx.numbering.newList(node.ordered === true, level, node.start ?? 1);
  const numPr = `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const style = o.inTable ? o.paragraphStyle ?? ctx.styles.TableText : ctx.styles.ListParagraph;
  let out = "";
  for (const item of node.children) {
    let first = true;
    const check = item.checked === true ? "\u2612 " : item.checked === false ? "\u2610 " : "";
    for (const child of item.children) {
      if (child.type === "list") {
        out += list(child, ctx, { ...o, listLevel: level + 1 });
        continue;
      }
      if (first && child.type === "paragraph") {
        out += paragraph(style, textRun(check, {}, ctx) + inlineToWml(child.children, ctx), numPr);
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
    const trPr = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
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

// src/render/docx/zip.ts
var CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c;
  }
  return t;
})();
function crc32(data) {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ -1) >>> 0;
}
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
var import_handlebars = __toESM(require_lib(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
function staticParts() {
  if (!statics) {
    const dir = builtInDocxDir();
    statics = new Map(STATIC_PARTS.map((p) => [p, readFileSync(join(dir, p), "utf8")]));
  }
  return statics;
}
var PREFIX = "docx/";
var PARTIALS = "docx/partials/";
var COMPILE = { noEscape: false, preventIndent: true };
var RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
function compileDocxTemplates(set) {
  const hb = import_handlebars.default.create();
  for (const [key, source] of Object.entries(set).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith(PARTIALS)) continue;
    hb.registerPartial(key.slice(PARTIALS.length).replace(/\.xml$/, ""), hb.compile(parse(hb, source), COMPILE));
  }
  const compile = (name) => {
    const source = set[PREFIX + name];
    if (!source) throw new TemplateError(`${PREFIX}${name}.hbs`, void 0, "this DOCX template is missing");
    const fn = hb.compile(parse(hb, source), COMPILE);
    return (context) => {
      try {
        return fn(context, RUNTIME);
      } catch (e) {
        throw new TemplateError(source.path, void 0, e.message);
      }
    };
  };
  return {
    document: compile("document.xml"),
    header: compile("word/header1.xml"),
    footer: compile("word/footer1.xml"),
    numbering: compile("word/numbering.xml"),
    core: compile("docProps/core.xml"),
    app: compile("docProps/app.xml"),
    banner: (context) => hb.compile("{{> banner}}")(context, RUNTIME)
  };
}
function parse(hb, source) {
  try {
    return hb.parse(source.text);
  } catch (e) {
    const line = /line (\d+)/.exec(e.message)?.[1];
    throw new TemplateError(source.path, line ? Number(line) : void 0, e.message.split("\n")[0] ?? "does not parse");
  }
}

// src/render/docx/render-docx.ts
var BUILT_IN_TEXT_WIDTH = 9638;
var BUILT_IN_PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>';
function split(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const cols = weights.map((w) => Math.floor(w / sum * total));
  cols[cols.length - 1] += total - cols.reduce((a, b) => a + b, 0);
  return { total, cols };
}
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
function sanitise(value) {
  if (typeof value === "string") return stripForbidden(value);
  if (Array.isArray(value)) return value.map(sanitise);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitise(v);
    return out;
  }
  return value;
}
var hex = (colour) => colour.replace(/^#/, "").toUpperCase();
var merged = /* @__PURE__ */ new WeakMap();
function mergedStyles(ours, ref) {
  let m = merged.get(ref);
  if (!m) {
    const r = mergeStyles(ref.styles, ours);
    m = { styles: r.xml, ids: r.ids };
    merged.set(ref, m);
  }
  return m;
}
function stylesAndNumbering(ref) {
  const ours = staticParts().get("word/styles.xml");
  let styles = ours;
  let ids = builtInStyleIds();
  if (ref?.styles) ({ styles, ids } = mergedStyles(ours, ref));
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
  const statics2 = staticParts();
  const sn = stylesAndNumbering(ref);
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
  const cellOpts = { paragraphStyle: styles.TableText, inTable: true };
  const blocks = (bs) => bs.map((b) => {
    switch (b.kind) {
      case "markdown":
        return { markdown: blocksToWml(b.nodes, ctx) };
      case "action":
        return { action: { id: b.action.id, runs: inlineToWml(b.action.content, ctx) } };
      case "decision":
        return { decision: { runs: inlineToWml(b.content, ctx, { decisionVerb: b.decision.verb }) } };
      case "outstanding":
        return { outstanding: true };
    }
  });
  const bookmarkNames = /* @__PURE__ */ new Set();
  const item = (i) => {
    let name = `item_${i.number.replace(/[^A-Za-z0-9]+/g, "_")}`.slice(0, 36);
    for (let n = 2; bookmarkNames.has(name); n++) name = `${name.slice(0, 33)}_${n}`;
    bookmarkNames.add(name);
    return {
      number: i.number,
      sub: i.depth === 2,
      bookmarkId: ctx.nextBookmarkId++,
      bookmarkName: name,
      titleRuns: inlineToWml(i.titleContent, ctx),
      blocks: blocks(i.blocks),
      children: i.children.map(item)
    };
  };
  const people = (groups, groupHeading, peopleHeading) => ({
    ...split(textWidth, [34, 66]),
    groupHeading,
    peopleHeading,
    groups: groups.map((g) => ({ name: g.name, people: g.people.map((p) => ({ name: p.name, annotations: p.annotations })) }))
  });
  const tb = vm.titleBlock;
  const banner = vm.banner ? { label: vm.banner.label, text: vm.banner.text, colour: hex(vm.banner.colour), background: hex(vm.banner.background) } : void 0;
  const context = sanitise({
    styles,
    banner,
    title: tb,
    attendees: people(vm.attendees, "Category", tb.committee ? `${tb.committee} Members` : "Members"),
    participants: people(vm.participants, "Representing", "Other Participants"),
    apologies: people(vm.apologies, "Representing", "Name"),
    secretariat: vm.secretariat,
    preamble: blocks(vm.preamble),
    outstandingBeforeAgenda: vm.outstandingBeforeAgenda,
    agenda: vm.agenda.map(item),
    outstanding: {
      ...split(textWidth, [10.4, 36.5, 11.6, 11.6, 11.6, 10.4, 7.9]),
      headings: ["Action ID", "Action", "Date Raised", "Last Target Date", "Revised Target Date", "Owner", "Status"],
      rows: vm.outstanding.map((r) => ({
        id: r.id,
        action: r.action,
        updateXml: blocksToWml(r.update, ctx, cellOpts),
        raised: r.raised,
        target: r.target,
        revisedText: r.revisedText,
        owner: r.owner,
        statusText: r.statusText
      }))
    },
    newActions: vm.newActions.map((a) => ({ id: a.id, runs: inlineToWml(a.content, ctx), owner: a.owner, due: a.due, item: a.item })),
    actionsTable: { ...split(textWidth, [13, 51, 13, 14, 9]), headings: ["Action ID", "Action", "Owner", "Target Date", "Item"] },
    decisions: vm.decisions,
    decisionsTable: { ...split(textWidth, [28, 72]), headings: ["Agenda Item", "Decision"] },
    nextMeetings: vm.nextMeetings,
    tabs: headerFooterTabs(textWidth),
    sectPr: `<w:sectPr><w:headerReference w:type="default" r:id="${fixed.header}"/><w:footerReference w:type="default" r:id="${fixed.footer}"/>${ref?.pageSetup || BUILT_IN_PAGE}</w:sectPr>`
  });
  const document = t.document(context);
  let header;
  const headerParts = [];
  if (ref?.header) {
    const bannerXml = t.banner(context);
    const id = styles.Banner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const oldBanner = new RegExp(`<w:p\\b[^>]*><w:pPr><w:pStyle w:val="${id}"/>[\\s\\S]*?</w:p>`, "g");
    header = ref.header.xml.replace(oldBanner, "").replace(/(<w:hdr\b[^>]*>)/, `$1${bannerXml}`);
    if (ref.header.rels) headerParts.push({ path: "word/_rels/header1.xml.rels", data: ref.header.rels });
    for (const m of ref.header.media) headerParts.push({ path: m.path, data: m.data });
  } else header = t.header(context);
  let footer;
  if (ref?.footer) {
    footer = ref.footer.xml;
    if (ref.footer.rels) headerParts.push({ path: "word/_rels/footer1.xml.rels", data: ref.footer.rels });
    for (const m of ref.footer.media) headerParts.push({ path: m.path, data: m.data });
  } else footer = t.footer(context);
  const numbering = t.numbering({
    bulletAbstractId: sn.numbering.bulletAbstractId,
    decimalAbstractId: sn.numbering.decimalAbstractId,
    before: sn.numberingParts.before,
    nums: [sn.numberingParts.theirNums, sn.numbering.toXml()].filter(Boolean).join("\n")
  });
  const core = t.core(
    sanitise({
      title: tb.title,
      subject: tb.committee,
      creator: vm.secretariat,
      keywords: vm.banner?.label,
      status: tb.statusText,
      created: tb.date ? `${tb.date.iso}T00:00:00Z` : void 0
    })
  );
  const app = t.app({ appVersion: "1.0000", company: vm.secretariat ? stripForbidden(vm.secretariat) : void 0 });
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/><Relationship Id="rId2" Type="${REL.core}" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL.app}" Target="docProps/app.xml"/></Relationships>`;
  const parts = [
    { path: "_rels/.rels", data: rootRels },
    { path: "docProps/core.xml", data: core, contentType: CT.core },
    { path: "docProps/app.xml", data: app, contentType: CT.app, shared: true },
    { path: "word/document.xml", data: document, contentType: CT.document },
    { path: "word/_rels/document.xml.rels", data: rels.toXml() },
    { path: "word/styles.xml", data: sn.styles, contentType: CT.styles, shared: true },
    { path: "word/numbering.xml", data: numbering, contentType: CT.numbering },
    { path: "word/settings.xml", data: statics2.get("word/settings.xml"), contentType: CT.settings, shared: true },
    { path: "word/fontTable.xml", data: ref?.fontTable ?? statics2.get("word/fontTable.xml"), contentType: CT.fontTable, shared: true },
    { path: "word/theme/theme1.xml", data: ref?.theme ?? statics2.get("word/theme/theme1.xml"), contentType: CT.theme, shared: true },
    { path: "word/header1.xml", data: header, contentType: CT.header },
    { path: "word/footer1.xml", data: footer, contentType: CT.footer },
    ...headerParts
  ];
  return zipPackage(parts);
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
