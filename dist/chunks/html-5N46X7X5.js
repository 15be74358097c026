import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  createTemplateEngine,
  safeUrl
} from "./chunk-XNPB256Y.js";
import {
  TemplateError
} from "./chunk-PF3PCOA7.js";
import "./chunk-4M3DI6GN.js";

// src/render/html/mdast-html.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
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
      if (/^<br\s*\/?>$/i.test(n.value.trim())) return "<br>";
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
      const paren = n.ordered && n.data?.delimiter === ")";
      let next = typeof n.start === "number" ? n.start : 1;
      const items = n.children.map((li) => {
        const own = li.data?.number;
        const number = own ?? next;
        next = number + 1;
        return listItem(li, n.spread === true, paren ? `${number}) ` : "", own);
      }).join("\n");
      if (paren) return `<ol class="paren" style="list-style-type:none">
${items}
</ol>`;
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
function listItem(li, spread, marker = "", value) {
  const check = marker + (li.checked === true ? "\u2611 " : li.checked === false ? "\u2610 " : "");
  const body = li.children.map((c, i) => {
    const prefix = i === 0 ? check : "";
    if (c.type === "paragraph" && !spread) return prefix + inlineHtml(c.children);
    if (c.type === "paragraph") return `<p>${prefix}${inlineHtml(c.children)}</p>`;
    return blockNode(c);
  }).join("\n");
  return `<li${value !== void 0 ? ` value="${value}"` : ""}>${body}</li>`;
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

// src/render/html/index.ts
var MAIN_TEMPLATE = "html/minutes";
var FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function createRenderer(options) {
  const engine = createTemplateEngine(options.templates, "html", {
    // `paragraph="cls"` classes the paragraphs; `cell` and `verb` matter to DOCX only.
    blocks: (nodes, hash) => blocksHtml(nodes, typeof hash.paragraph === "string" ? { paragraphClass: hash.paragraph } : {}),
    inline: (nodes) => inlineHtml(nodes)
  });
  const template = engine.template(MAIN_TEMPLATE);
  return {
    extension: "html",
    render({ view }) {
      const html = template(view).replace(/\r\n?/g, "\n").replace(FORBIDDEN_IN_HTML, "");
      return new TextEncoder().encode(html);
    }
  };
}
export {
  MAIN_TEMPLATE,
  TemplateError,
  createRenderer
};
