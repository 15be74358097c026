import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-KY6PRGRF.js";
import {
  TemplateError
} from "./chunk-PF3PCOA7.js";
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

// src/render/html/index.ts
var import_handlebars = __toESM(require_lib(), 1);

// src/render/html/mdast-html.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function safeUrl(url) {
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (squashed === "") return void 0;
  if (squashed.startsWith("//") || squashed.startsWith("\\\\") || squashed.startsWith("/\\")) return void 0;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squashed);
  if (scheme) return ["http", "https", "mailto"].includes(scheme[1].toLowerCase()) ? url.trim() : void 0;
  const firstColon = squashed.indexOf(":");
  if (firstColon !== -1) {
    const firstSep = squashed.search(/[/?#]/);
    if (firstSep === -1 || firstColon < firstSep) return void 0;
  }
  return url.trim();
}
var isComment = (v) => /^\s*<!--[\s\S]*-->\s*$/.test(v);
function inlineHtml(nodes) {
  return nodes.map(inlineNode).join("");
}
function inlineNode(n) {
  switch (n.type) {
    case "text":
      return escapeHtml(n.value);
    case "strong":
      return `<b>${inlineHtml(n.children)}</b>`;
    case "emphasis":
      return `<i>${inlineHtml(n.children)}</i>`;
    case "delete":
      return `<s>${inlineHtml(n.children)}</s>`;
    case "inlineCode":
      return `<code>${escapeHtml(n.value)}</code>`;
    case "break":
      return "<br>";
    case "link": {
      const href = safeUrl(n.url);
      const inner = inlineHtml(n.children);
      if (href === void 0) return `<span class="link-removed">${inner}</span>`;
      return `<a href="${escapeHtml(href)}">${inner}</a>`;
    }
    case "image": {
      const alt = escapeHtml(n.alt ?? "");
      const href = safeUrl(n.url);
      const label = `[image${alt ? `: ${alt}` : ""}]`;
      return href === void 0 ? `<span class="image">${label}</span>` : `<a class="image" href="${escapeHtml(href)}">${label}</a>`;
    }
    case "linkReference":
      return inlineHtml(n.children);
    case "imageReference":
      return `<span class="image">[image${n.alt ? `: ${escapeHtml(n.alt)}` : ""}]</span>`;
    case "footnoteReference":
      return `<sup>[${escapeHtml(n.label ?? n.identifier)}]</sup>`;
    case "html":
      return isComment(n.value) ? "" : escapeHtml(n.value);
    default:
      return "";
  }
}
function blocksHtml(nodes, options = {}) {
  const cls = options.paragraphClass ? ` class="${escapeHtml(options.paragraphClass)}"` : "";
  return nodes.map((n) => n.type === "paragraph" ? `<p${cls}>${inlineHtml(n.children)}</p>` : blockNode(n)).filter((s) => s !== "").join("\n");
}
function blockNode(n) {
  switch (n.type) {
    case "paragraph":
      return `<p>${inlineHtml(n.children)}</p>`;
    case "heading": {
      const level = Math.min(6, Math.max(4, n.depth + 2));
      return `<h${level}>${inlineHtml(n.children)}</h${level}>`;
    }
    case "thematicBreak":
      return "<hr>";
    case "blockquote":
      return `<blockquote>
${blocksHtml(n.children)}
</blockquote>`;
    case "list": {
      const items = n.children.map((li) => listItem(li, n.spread === true)).join("\n");
      if (n.ordered) {
        const start = typeof n.start === "number" && n.start !== 1 ? ` start="${n.start}"` : "";
        return `<ol${start}>
${items}
</ol>`;
      }
      return `<ul>
${items}
</ul>`;
    }
    case "code":
      return `<pre class="code">${escapeHtml(n.value)}</pre>`;
    case "html":
      return isComment(n.value) ? "" : `<p class="raw">${escapeHtml(n.value)}</p>`;
    case "table":
      return table(n);
    case "footnoteDefinition":
      return `<div class="footnote"><p><sup>[${escapeHtml(n.label ?? n.identifier)}]</sup></p>
${blocksHtml(n.children)}</div>`;
    case "definition":
    case "yaml":
      return "";
    default:
      return "";
  }
}
function listItem(li, spread) {
  const check = li.checked === true ? "\u2611 " : li.checked === false ? "\u2610 " : "";
  const body = li.children.map((c, i) => {
    const prefix = i === 0 ? check : "";
    if (c.type === "paragraph" && !spread) return prefix + inlineHtml(c.children);
    if (c.type === "paragraph") return `<p>${prefix}${inlineHtml(c.children)}</p>`;
    return blockNode(c);
  }).join("\n");
  return `<li>${body}</li>`;
}
function table(t) {
  const rows = t.children.map((row, r) => {
    const cells = row.children.map((cell, c) => {
      const tag = r === 0 ? "th" : "td";
      const align = t.align?.[c];
      const cls = align ? `md-cell align-${align}` : "md-cell";
      const attrs = r === 0 ? ' bgcolor="#F2F2F2"' : ' valign="top"';
      return `<${tag} class="${cls}"${attrs}${align ? ` align="${align}"` : ""}><p class="cell">${inlineHtml(cell.children)}</p></${tag}>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table class="md-table" border="1" cellspacing="0" cellpadding="4">
${rows.join("\n")}
</table>`;
}

// src/render/html/helpers.ts
function registerHelpers(hb) {
  const safe = (s) => new hb.SafeString(s);
  const args = (a) => a.slice(0, -1);
  hb.registerHelper("eq", (a, b) => a === b);
  hb.registerHelper("not", (a) => !a);
  hb.registerHelper("and", (...a) => args(a).reduce((x, y) => x && y, true));
  hb.registerHelper("or", (...a) => args(a).reduce((x, y) => x || y, false));
  hb.registerHelper("gt", (a, b) => Number(a) > Number(b));
  hb.registerHelper("markdown", (nodes, options) => {
    const paragraphClass = options?.hash?.paragraph;
    return safe(Array.isArray(nodes) ? blocksHtml(nodes, typeof paragraphClass === "string" ? { paragraphClass } : {}) : "");
  });
  hb.registerHelper("inline", (nodes) => safe(Array.isArray(nodes) ? inlineHtml(nodes) : ""));
  hb.registerHelper("date", function(value, ...rest) {
    const options = rest[rest.length - 1];
    const form = rest.length > 1 && rest[0] === "short" ? "short" : "long";
    if (value && typeof value === "object" && "iso" in value) return value[form];
    if (typeof value !== "string") return "";
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return value;
    const locale = options.data?.root?.locale ?? "en-GB";
    const opts = form === "short" ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    try {
      return new Intl.DateTimeFormat(locale, opts).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    } catch {
      return value;
    }
  });
  hb.registerHelper("plural", (n, ...rest) => {
    const [one, many] = args(rest);
    const count = Number(n) || 0;
    const word = count === 1 ? one ?? "" : many ?? `${one ?? ""}s`;
    return `${count} ${word}`;
  });
  hb.registerHelper("join", (list, ...rest) => {
    const options = rest[rest.length - 1];
    const sep = typeof rest[0] === "string" && rest.length > 1 ? rest[0] : ", ";
    const key = options.hash?.key;
    const last = options.hash?.last;
    if (!Array.isArray(list)) return "";
    const items = list.map((x) => String(key && x && typeof x === "object" ? x[key] ?? "" : x));
    if (last === void 0 || items.length < 2) return items.join(sep);
    return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
  });
  hb.registerHelper("concat", (...a) => args(a).map((x) => String(x ?? "")).join("").trim());
  hb.registerHelper("cssName", (v) => String(v ?? "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-"));
}

// src/render/html/index.ts
var MAIN_TEMPLATE = "html/minutes";
var PARTIALS_PREFIX = "html/partials/";
var COMPILE = {
  // Escaping on: `{{x}}` always escapes; only helpers built on mdast-html.ts return markup.
  noEscape: false,
  strict: false,
  // Indenting a partial's output would change <pre> content.
  preventIndent: true
};
var FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var RUNTIME = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false
};
function createRenderer(options) {
  const hb = import_handlebars.default.create();
  registerHelpers(hb);
  const main = options.templates[MAIN_TEMPLATE];
  if (!main) throw new TemplateError(`${MAIN_TEMPLATE}.hbs`, void 0, "the main HTML template is missing");
  for (const [key, source] of Object.entries(options.templates).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith(PARTIALS_PREFIX)) continue;
    hb.registerPartial(key.slice(PARTIALS_PREFIX.length), compile(hb, source));
  }
  const template = compile(hb, main);
  return {
    extension: "html",
    render({ view }) {
      const html = template(view, RUNTIME).replace(/\r\n?/g, "\n").replace(FORBIDDEN_IN_HTML, "");
      return new TextEncoder().encode(html);
    }
  };
}
function compile(hb, source) {
  let ast;
  try {
    ast = hb.parse(source.text);
  } catch (e) {
    throw templateError(source, e);
  }
  const fn = hb.compile(ast, COMPILE);
  return (context, runtime) => {
    try {
      return fn(context, { ...RUNTIME, ...runtime });
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw templateError(source, e);
    }
  };
}
function templateError(source, e) {
  const err = e;
  const message = String(err?.message ?? e);
  let line = typeof err?.lineNumber === "number" ? err.lineNumber : void 0;
  const m = /^Parse error on line (\d+):/.exec(message) ?? /- (\d+):\d+$/.exec(message);
  if (line === void 0 && m) line = Number(m[1]);
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (line === void 0 && partial) {
    const at = source.text.search(new RegExp(`\\{\\{~?#?>\\s*${partial[1].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\w-])`));
    if (at !== -1) line = source.text.slice(0, at).split("\n").length;
  }
  const reason = message.replace(/^Parse error on line \d+:\s*/, "").replace(/\s*- \d+:\d+$/, "").split("\n").filter((l) => l.trim() !== "" && !/^-*\^$/.test(l.trim())).pop();
  return new TemplateError(source.path, line, reason ?? message);
}
export {
  MAIN_TEMPLATE,
  PARTIALS_PREFIX,
  TemplateError,
  createRenderer
};
