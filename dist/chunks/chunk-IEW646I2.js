import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  MEETING_NUMBER_SOURCE,
  NAME,
  ROLE_NAME,
  actionIdentity,
  addFinding,
  checkYaml,
  createLocator,
  dateFromPath,
  decodeSource,
  directivesOf,
  encoding,
  field,
  fieldSpans,
  fileRules,
  frontmatterMissing,
  idPatternOf,
  inputLimit,
  items,
  joinItems,
  listItemsText,
  named,
  newFile,
  normaliseId,
  normaliseName,
  parseMarkdown,
  parseMeetingNumber,
  parseYaml,
  personIndex,
  proseUnits,
  readMotions,
  readNumber,
  readPeople,
  realDate,
  require_dist,
  scalar,
  sectionKind,
  sentences,
  sourceRange,
  splitFrontMatter,
  titleSets,
  yamlSyntax
} from "./chunk-AIXC6QV4.js";
import {
  toString
} from "./chunk-L43YP45H.js";
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

// src/model/subject.ts
var words = (s, min) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > min));
function sameSubject(a, b, o = {}) {
  const min = o.min ?? 2;
  const x = words(a, min);
  const y = words(b, min);
  const common = [...x].filter((w) => y.has(w)).length;
  return common >= (o.least ?? 1) && common / Math.max(1, Math.min(x.size, y.size)) >= (o.ratio ?? 0.6);
}

// src/model/attendance-changes.ts
var WHO = `(${ROLE_NAME}|${NAME})`;
var PATTERNS = [
  ["took-chair", new RegExp(`^${WHO}\\s+(?:then\\s+)?(?:took|assumed|resumed)\\s+(?:the\\s+chair\\b|(?:the\\s+)?chair(?:person|man|woman)?(?:'s|\u2019s)?\\s+duties)`, "u")],
  ["took-chair", new RegExp(`\\b[Tt]he\\s+[Cc]hair\\s+was\\s+(?:taken|assumed)\\s+by\\s+${WHO}`, "u")],
  ["left", new RegExp(`^${WHO}\\s+(?:then\\s+|temporarily\\s+)?left\\s+(?:the\\s+(?:meeting|room|call)|at\\s+this\\s+point)`, "u")],
  ["joined", new RegExp(`^${WHO}\\s+(?:then\\s+)?(?:joined|re-?joined|returned\\s+to|arrived\\s+at)\\s+the\\s+(?:meeting|room|call)`, "u")],
  ["declared-interest", new RegExp(`^${WHO}\\s+declared\\s+(?:an?|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}interest\\b`, "u")]
];
var ITEM = /\bin\s+(?:agenda\s+)?item\s+(\d+(?:\.\d+)*)/i;
function readAttendanceChanges(units, index, loc) {
  const out = [];
  for (const u of units) {
    if (u.kind !== "para") continue;
    for (const s of sentences(u.text)) {
      for (const [kind, re] of PATTERNS) {
        const m = re.exec(s.text);
        if (!m) continue;
        const from = s.from + m.index + m[0].indexOf(m[1]);
        const [start, end] = sourceRange(u, s.from, s.text.length);
        const change = { kind, who: named(m[1], u, from, index, loc), text: s.text, span: loc.span(start, end) };
        if (u.item !== void 0) change.item = u.item;
        const item = kind === "declared-interest" ? ITEM.exec(s.text) : null;
        if (item) change.interestItem = item[1];
        out.push(change);
        break;
      }
    }
  }
  return out;
}

// src/model/prose-decisions.ts
var VERBS = ["agreed", "resolved", "decided", "approved", "authorised", "authorized", "authorises", "authorizes", "endorsed", "adopted", "accepted", "ratified", "elected", "appointed", "rejected", "deferred"];
var SUBJECTS = ["the committee", "the board", "the council", "the meeting", "the group", "the executive", "the trustees", "the directors", "members", "the members", "committee members", "board members"];
var ADVERBS = "(?:(?:also|then|further|therefore|unanimously|formally|subsequently|finally|duly|accordingly|collectively)\\s+)*";
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function decisionPatterns(o) {
  const subjects = [...SUBJECTS, ...o.subjects, ...[o.committee, o.code].filter((s) => !!s && s.trim() !== "").flatMap((s) => [s, `the ${s}`])].map((s) => esc(s.trim()).replace(/\s+/g, "\\s+"));
  const verbs = [...VERBS, ...o.verbs].map(esc).join("|");
  return {
    // The subject opens the sentence, or follows a short lead-in ("Arising from this report, the committee agreed").
    subjectVerb: new RegExp(`^(?:[^,;:]{0,80},\\s*)?(?:${subjects.join("|")})\\s+${ADVERBS}(${verbs})\\b`, "iu"),
    rest: [
      new RegExp(`\\bit\\s+was\\s+${ADVERBS}(agreed|resolved|decided|approved|accepted)\\b`, "i"),
      /^(?:Discussed\b[^.]*?\band\s+)?(agreed|decided|resolved|approved|accepted|adopted)\b(?!\s+by\b)/i,
      /^(?:there\s+was\s+)?(?:(?:general|broad|unanimous|full)\s+)?(consensus|agreement)\s+(?:is|was|that|to|on|for)\b/i,
      /\b(elected\s+unopposed|re-?elected\s+unopposed|appointed\s+unopposed|by\s+acclamation)\b/i,
      /\b(declared)\b[^.]{1,100}?\b(?:elected|re-?elected|appointed)\b/i,
      /^(?:this|the)\s+(?:item|matter|application|proposal|report|motion)\s+was\s+(deferred|withdrawn|approved|agreed|adopted|accepted|rejected)\b/i,
      /^(?:there\s+(?:was|were)\s+)?(no\s+objections?)\b/i,
      /\bwe\b[^.]*?\band\s+(agreed|decided)\b/i
    ]
  };
}
function readProseDecisions(input) {
  const { units, patterns, loc } = input;
  const out = [];
  const isTaken = (u) => input.taken.some(([a, b]) => u.start < b && u.end > a);
  for (const u of units) {
    if (u.kind !== "para" || isTaken(u)) continue;
    for (const s of sentences(u.text)) {
      const verb = match(s.text, patterns) ?? match(s.text.replace(/^[^.:;]{1,60}:\s+/, ""), patterns);
      if (verb === void 0) continue;
      let text = s.text.replace(/\s+/g, " ");
      if (/:$/.test(text) && u.introduces) text = `${text} ${joinItems(listItemsText(u.introduces, input.source))}`;
      const [start, end] = sourceRange(u, s.from, s.text.length);
      const d = {
        verb,
        text,
        kind: "prose",
        node: u.node,
        span: loc.span(start, end),
        verbSpan: loc.span(start, start)
      };
      if (u.item !== void 0) d.item = u.item;
      out.push(d);
    }
  }
  return out;
}
function match(sentence, p) {
  const m = p.subjectVerb.exec(sentence);
  if (m) return m[1];
  for (const re of p.rest) {
    const r = re.exec(sentence);
    if (r) return r[1];
  }
  return void 0;
}

// src/model/closing.ts
var SIGNATURE = /^(signed|signature|sínithe|signed as a (true|correct) record|chair(man|person)?'?s signature)\b/i;
var SHORT = 80;
function findClosing(agenda, preamble) {
  const sections = [];
  for (let i = agenda.length - 1; i >= 0 && (agenda[i].kind === "annex" || agenda[i].kind === "signature"); i--) sections.unshift(agenda[i]);
  const before = agenda[agenda.length - 1 - sections.length];
  const content = before ? lastContent(before) : preamble;
  return { sections, blocks: signatureBlock(content) };
}
function lastContent(item) {
  const last = item.children[item.children.length - 1];
  return last ? lastContent(last) : item.content;
}
function signatureBlock(nodes) {
  for (let i = Math.max(0, nodes.length - 10); i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type !== "paragraph" || !SIGNATURE.test(toString(n).trim())) continue;
    const rest = nodes.slice(i);
    if (rest.every((r) => r.type === "thematicBreak" || r.type === "paragraph" && toString(r).length <= SHORT || r === n && toString(r).length <= 2 * SHORT)) return rest;
  }
  return [];
}

// src/model/text.ts
var BR = /^<br\s*\/?>$/i;
function lineText(node) {
  const parts = [];
  const walk = (n) => {
    if (n.type === "break" || n.type === "html" && BR.test(n.value.trim())) parts.push(" ");
    else if ("value" in n && n.type !== "html" && n.type !== "yaml") parts.push(n.value);
    else if (n.type === "image" || n.type === "imageReference") parts.push(n.alt ?? "");
    if ("children" in n) {
      const block = n.type === "list" || n.type === "listItem" || n.type === "blockquote" || n.type === "root" || n.type === "table" || n.type === "tableRow";
      for (const c of n.children) {
        walk(c);
        if (block) parts.push(" ");
      }
    }
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

// src/model/action-line.ts
var LEAD = /^(action)(?![\p{L}\p{N}_])/iu;
var SEP_BEFORE = /^[ \t]*([:\-–—])?[ \t]*/;
var SEP_AFTER = /^(?:[ \t]*([:\-–—]+|\.(?![\p{L}\p{N}])))?/u;
var BLANK = /^\s*/;
var MALFORMED_ID = /^([^:\s][^:\n]{0,39}?)[ \t]*:/;
var ATTRS = /^\{([^{}\n]*)\}[ \t]*$/;
var LEAD_MAX = 300;
var PAIR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;
var OWNER = /^(?:the\s+)?([^;:.()\n]{1,60}?)\s+to\s+\S/i;
var OWNER_MAX_WORDS = 8;
function readActionLine(p, source, pattern, loc) {
  if (!p.position) return void 0;
  const segments = leadSegments(p, source);
  if (segments.length === 0) return void 0;
  const lead = segments.map((s) => s.node.value).join("").slice(0, LEAD_MAX);
  const more = p.children.length > segments[segments.length - 1].top + 1;
  const prefix = matchPrefix(lead, pattern, more);
  if (!prefix) return void 0;
  const paraStart = p.position.start.offset;
  const at2 = (i) => sourceOffset(segments, i);
  const idStart = at2(prefix.idAt) ?? paraStart;
  const line = {
    id: prefix.id,
    text: "",
    content: [],
    attributes: {},
    attrSpans: {},
    node: p,
    span: loc.span(paraStart, p.position.end.offset),
    idSpan: loc.span(idStart, idStart + (prefix.id.length || "ACTION".length))
  };
  if (!prefix.canonical) {
    const written = lead.slice(0, prefix.core);
    const start = at2(0) ?? paraStart;
    const end = at2(prefix.core - 1);
    line.nearMiss = {
      written,
      span: loc.span(start, end === void 0 ? start : end + 1)
    };
    const fix = prefixFix(p, segments, prefix, source, more);
    if (fix) line.nearMiss.fix = fix;
  }
  const content = dropLead(p.children, segments, prefix.whole);
  const lastIndex = content.length - 1;
  const last = content[lastIndex];
  if (last && last.type === "text") {
    const open = last.value.lastIndexOf("{");
    const m = open === -1 ? null : ATTRS.exec(last.value.slice(open));
    if (m) {
      let cut = open;
      while (cut > 0 && (last.value[cut - 1] === " " || last.value[cut - 1] === "	")) cut--;
      content[lastIndex] = { ...last, value: last.value.slice(0, cut) };
      const textEnd = last.position?.end.offset;
      const tail = last.value.slice(open);
      const openAt = textEnd !== void 0 && source.slice(textEnd - tail.length, textEnd) === tail ? textEnd - tail.length : void 0;
      for (const pair of m[1].matchAll(PAIR)) {
        const key = pair[1];
        line.attributes[key] = pair[2] ?? pair[3] ?? pair[4] ?? "";
        if (openAt !== void 0) {
          const pairAt = openAt + 1 + pair.index;
          line.attrSpans[key] = loc.span(pairAt, pairAt + pair[0].length);
        }
      }
    }
  }
  line.content = content.filter((c) => !(c.type === "text" && c.value === ""));
  while (line.content[0]?.type === "break") line.content.shift();
  line.text = toString({ type: "paragraph", children: line.content }).trim();
  const ownerAttr = line.attributes.owner;
  if (ownerAttr !== void 0 && ownerAttr.trim() !== "") {
    line.owner = ownerAttr.trim();
    line.ownerSource = "attribute";
    if (line.attrSpans.owner) line.ownerSpan = line.attrSpans.owner;
  } else {
    const owner = ownerPhrase(line.text);
    if (owner !== void 0) {
      line.owner = owner;
      line.ownerSource = "text";
      const from = at2(prefix.whole - 1) ?? at2(prefix.core - 1) ?? paraStart;
      const ownerAt = source.indexOf(owner, from);
      if (ownerAt !== -1 && ownerAt < p.position.end.offset) line.ownerSpan = loc.span(ownerAt, ownerAt + owner.length);
    }
  }
  return line;
}
function ownerPhrase(text) {
  const m = OWNER.exec(text);
  if (!m) return void 0;
  let owner = m[1].trim();
  const segments = owner.split(/\s*,\s*/);
  while (segments.length > 1 && isClause(segments[0])) segments.shift();
  owner = segments.join(", ").replace(/^the\s+/i, "");
  if (owner === "" || owner.split(/\s+/).length > OWNER_MAX_WORDS) return void 0;
  return owner;
}
var OWNER_WORDS = /* @__PURE__ */ new Set(["the", "and", "of", "for", "all", "members", "member", "representatives", "representative", "everyone"]);
function isClause(segment) {
  return segment.split(/\s+/).some((w) => new RegExp("^\\p{Ll}", "u").test(w) && !OWNER_WORDS.has(w));
}
function leadSegments(p, source) {
  const out = [];
  let at2 = 0;
  const push = (node, top) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const seg = { node, top, at: at2, verbatim: 0 };
    if (start !== void 0 && end !== void 0) {
      seg.source = start;
      const v = node.value;
      let k = 0;
      while (k < v.length && start + k < end && source[start + k] === v[k]) k++;
      seg.verbatim = k;
    }
    out.push(seg);
    at2 += node.value.length;
  };
  for (let i = 0; i < p.children.length && at2 < LEAD_MAX; i++) {
    const c = p.children[i];
    if (c.type === "text") push(c, i);
    else if ((c.type === "strong" || c.type === "emphasis") && c.children.every((k) => k.type === "text")) {
      for (const k of c.children) push(k, i);
    } else break;
  }
  return out;
}
function sourceOffset(segments, i) {
  for (const s of segments) {
    if (i >= s.at && i < s.at + s.node.value.length) return s.source === void 0 || i - s.at >= s.verbatim ? void 0 : s.source + (i - s.at);
  }
  return void 0;
}
function matchPrefix(lead, pattern, more) {
  const word = LEAD.exec(lead);
  if (!word) return void 0;
  const capitals = word[1] === "ACTION";
  let i = word[0].length;
  const before = SEP_BEFORE.exec(lead.slice(i));
  if (before[0] === "" && lead.length > i) return void 0;
  i += before[0].length;
  const idAt = i;
  const idMatch = pattern.prefix.exec(lead.slice(i));
  if (idMatch) {
    let end = i + idMatch[0].length;
    while (end > i && /[ \t]/.test(lead[end - 1])) end--;
    const after = SEP_AFTER.exec(lead.slice(end));
    const coreEnd = end + after[0].length;
    const blank = BLANK.exec(lead.slice(coreEnd))[0];
    const rest = lead.slice(coreEnd + blank.length);
    if (after[1] === void 0 && blank === "" && rest !== "") return malformed(lead, capitals, before[1], idAt, more);
    const separated = before[1] !== void 0 || after[1] !== void 0 && after[1] !== ".";
    if (!separated) {
      const readsAsAction = capitals ? !new RegExp("^\\p{Ll}", "u").test(rest) || ownerPhrase(rest) !== void 0 : new RegExp("^\\p{Lu}", "u").test(rest) && ownerPhrase(rest) !== void 0;
      if (!readsAsAction) return void 0;
    }
    const id = pattern.normalise(idMatch);
    const core = coreEnd;
    const canonical = lead.slice(0, core) === `ACTION ${id}:` && (blank !== "" || rest === "" && !more);
    return { id, core, whole: coreEnd + blank.length, idAt, canonical };
  }
  return malformed(lead, capitals, before[1], idAt, more);
}
function malformed(lead, capitals, sepBefore, idAt, more) {
  if (!capitals) return void 0;
  const m = MALFORMED_ID.exec(lead.slice(idAt));
  if (m && looksLikeId(m[1])) {
    const id = m[1].trim().replace(/\s+/g, " ");
    const core = idAt + m[0].length;
    const blank = BLANK.exec(lead.slice(core))[0];
    const canonical = lead.slice(0, core) === `ACTION ${id}:` && (blank !== "" || core + blank.length === lead.length && !more);
    return { id, core, whole: core + blank.length, idAt, canonical };
  }
  if (sepBefore === ":") {
    const core = /^ACTION[ \t]*:/.exec(lead)[0].length;
    const blank = BLANK.exec(lead.slice(core))[0];
    return { id: "", core, whole: core + blank.length, idAt: 0, canonical: true };
  }
  return void 0;
}
function looksLikeId(s) {
  const tokens = s.trim().split(/\s+/);
  return /\d/.test(s) && tokens.length <= 4 && !tokens.some((t) => new RegExp("^\\p{Ll}{2,}$", "u").test(t));
}
function prefixFix(p, segments, prefix, source, more) {
  const canonical = `ACTION ${prefix.id}:`;
  const first = segments[0];
  const lastSeg = segments.find((s) => prefix.core - 1 >= s.at && prefix.core - 1 < s.at + s.node.value.length);
  if (!lastSeg || first.source === void 0 || lastSeg.source === void 0) return void 0;
  if (segments.some((s) => s.at < prefix.core && Math.min(prefix.core, s.at + s.node.value.length) - s.at > s.verbatim)) return void 0;
  const coreEnd = lastSeg.source + (prefix.core - lastSeg.at);
  const endsSegment = prefix.core === lastSeg.at + lastSeg.node.value.length;
  const needsBlank = prefix.whole === prefix.core && (more || prefix.core < segments.reduce((n, s) => n + s.node.value.length, 0));
  if (lastSeg === first) {
    const wrapper2 = p.children[first.top];
    const inRun = wrapper2 !== first.node;
    if (!needsBlank || !endsSegment || !inRun) return { start: first.source, end: coreEnd, text: canonical + (needsBlank ? " " : "") };
    const end = wrapper2?.position?.end.offset;
    if (end === void 0) return void 0;
    return { start: first.source, end, text: canonical + source.slice(coreEnd, end) + " " };
  }
  const wrapper = p.children[first.top];
  if (first.top !== 0 || !wrapper || wrapper.type !== "strong" && wrapper.type !== "emphasis") return void 0;
  const inner = wrapper.children;
  if (inner.length !== 1 || lastSeg.top === first.top) return void 0;
  const wStart = wrapper.position?.start.offset;
  const wEnd = wrapper.position?.end.offset;
  const innerEnd = first.node.position?.end.offset;
  if (wStart === void 0 || wEnd === void 0 || innerEnd === void 0) return void 0;
  const open = source.slice(wStart, first.source);
  const close = source.slice(innerEnd, wEnd);
  return { start: wStart, end: coreEnd, text: `${open}${canonical}${close}${needsBlank && !endsSegment ? " " : ""}` };
}
function dropLead(children, segments, n) {
  const out = children.map((c) => ({ ...c }));
  const cut = (t, s) => {
    const keep = Math.max(0, Math.min(t.value.length, s.at + t.value.length - n));
    return { ...t, value: t.value.slice(t.value.length - keep) };
  };
  for (const s of segments) {
    if (s.at >= n) break;
    const top = out[s.top];
    if (top.type === "text") out[s.top] = cut(top, s);
    else if (top.type === "strong" || top.type === "emphasis") {
      const kids = top.children.map((k) => k === s.node ? cut(k, s) : k);
      out[s.top] = { ...top, children: kids };
    }
  }
  return out.filter((c) => !((c.type === "strong" || c.type === "emphasis") && toString(c) === "") && !(c.type === "text" && c.value === ""));
}

// src/model/body.ts
var MARKER = /^<!--\s*outstanding-actions\s*-->\s*$/i;
var SUMMARIES = /^<!--\s*summaries\s*-->\s*$/i;
function readBody(root, o) {
  const body = { preamble: [], agenda: [], actionLines: [], decisions: [], outstandingPlacement: { kind: "before-agenda" }, headingJumps: [], numberedParagraphs: [] };
  let marker;
  const children = root.children.filter((n) => n.type !== "yaml");
  const titleAt = titleIndex(children);
  const open = [];
  let topDepth;
  children.forEach((node, index) => {
    if (node.type === "html" && MARKER.test(node.value)) marker ??= node;
    if (node.type === "html" && SUMMARIES.test(node.value)) body.summariesMarker ??= node;
    if (index === titleAt) {
      body.titleHeading = node;
      return;
    }
    const heading = node.type === "heading" ? node : minuteParagraph(node, topDepth ?? 2);
    if (!heading) {
      const current = open[open.length - 1];
      if (current) current.content.push(node);
      else body.preamble.push(node);
      return;
    }
    const form = node.type === "heading" ? "heading" : "paragraph";
    topDepth ??= heading.depth;
    let depth = heading.depth;
    if (depth < topDepth) {
      body.headingJumps.push({ heading, expected: topDepth, siblings: true });
      depth = topDepth;
    }
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const parent = open[open.length - 1];
    const expectedDepth = parent ? parent.heading.depth + 1 : topDepth;
    if (form === "heading" && heading.depth > expectedDepth) body.headingJumps.push({ heading, expected: expectedDepth, siblings: false });
    const siblings = parent ? parent.children : body.agenda;
    const item = readHeading(heading, depth, form, siblings, parent, o.loc);
    siblings.push(item);
    open.push(item);
  });
  const scan = (nodes, item) => {
    for (const n of nodes) collect(n, item, body, o);
  };
  scan(body.preamble, void 0);
  const walkItems = (items2) => {
    for (const item of items2) {
      scan(item.content, item);
      walkItems(item.children);
    }
  };
  walkItems(body.agenda);
  body.numberedParagraphs = [body.preamble, ...allItems(body.agenda).map((i) => i.content)].flatMap((c) => numberedRuns(c, o));
  if (marker) body.outstandingPlacement = { kind: "marker", node: marker };
  else {
    const first = findActionsItem(body.agenda);
    if (first) {
      const para = first.content.find((n) => n.type === "paragraph");
      body.outstandingPlacement = { kind: "after", node: para ?? first.heading };
    }
  }
  return body;
}
function titleIndex(nodes) {
  const first = nodes.findIndex((n) => n.type === "heading");
  if (first < 0) return void 0;
  const h = nodes[first];
  if (h.depth === 1) return first;
  const sameLevel = nodes.filter((n) => n.type === "heading" && n.depth === h.depth).length;
  return sameLevel === 1 && /\b(minutes|meeting)\b/i.test(toString(h)) ? first : void 0;
}
var MINUTE_NUMBER = /^\d{1,4}\/\d{2,4}[ \t]/;
function minuteParagraph(node, depth) {
  if (node.type !== "paragraph" || node.children.length !== 1) return void 0;
  const strong = node.children[0];
  if (strong.type !== "strong" || strong.children[0]?.type !== "text" || !MINUTE_NUMBER.test(strong.children[0].value)) return void 0;
  const h = { type: "heading", depth, children: strong.children };
  if (node.position) h.position = node.position;
  return h;
}
function allItems(items2) {
  return items2.flatMap((i) => [i, ...allItems(i.children)]);
}
function numberedRuns(nodes, o) {
  const runs = [];
  let run;
  let lists = 0;
  for (const n of nodes) {
    if (n.type !== "list" || !n.ordered) continue;
    const start = n.start ?? 1;
    const continues = run !== void 0 && run.length > 0 && start > 1 && (start === run[run.length - 1].number + 1 || lists >= 2);
    if (!continues) {
      runs.push(run = []);
      lists = 0;
    }
    lists++;
    let next = n.start ?? 1;
    for (const item of n.children) {
      const number = item.data?.number ?? next;
      next = number + 1;
      const at2 = item.position?.start.offset;
      const written = at2 === void 0 ? void 0 : /^\d{1,9}[.)]/.exec(o.source.slice(at2, at2 + 11))?.[0];
      if (at2 !== void 0 && written) run.push({ number, text: written, span: o.loc.span(at2, at2 + written.length) });
    }
  }
  return runs.filter((r) => r.length > 0);
}
function findActionsItem(items2) {
  for (const item of items2) {
    if (/action/i.test(item.title)) return item;
    const sub = findActionsItem(item.children);
    if (sub) return sub;
  }
  return void 0;
}
function readHeading(h, depth, form, siblings, parent, loc) {
  const titleContent = h.children.map((c) => ({ ...c }));
  const first = titleContent[0];
  const previous = siblings.flatMap((s) => s.written ? [s.written] : []);
  let written;
  let numberSpan;
  if (first && first.type === "text") {
    written = readNumber(first.value, previous);
    if (written) {
      titleContent[0] = { ...first, value: first.value.slice(written.length) };
      const start = first.position?.start.offset;
      if (start !== void 0) numberSpan = loc.span(start + written.offset, start + written.offset + written.text.length);
    }
  }
  const title = toString({ type: "heading", depth: h.depth, children: titleContent }).trim();
  const item = {
    number: keyOf(written, siblings, parent),
    numbered: written !== void 0,
    kind: sectionKind(title),
    form,
    title,
    titleContent: titleContent.filter((c) => !(c.type === "text" && c.value === "")),
    depth,
    level: parent ? parent.level + 1 : 1,
    heading: h,
    span: loc.span(h.position.start.offset, h.position.end.offset),
    content: [],
    children: [],
    decisions: [],
    actions: []
  };
  if (written) {
    item.written = written;
    const plain = written.text.replace(/[.)]$/, "");
    if (written.text !== plain || written.scheme !== "decimal") item.writtenNumber = written.text;
  }
  if (numberSpan) item.numberSpan = numberSpan;
  return item;
}
function keyOf(written, siblings, parent) {
  if (written?.scheme === "decimal" || written?.scheme === "multilevel") return written.parts.join(".");
  const own = written ? written.text.replace(/[().:]/g, "") : `#${siblings.length + 1}`;
  return parent ? `${parent.number}/${own}` : own;
}
function collect(node, item, body, o) {
  if (node.type === "paragraph") {
    const line = readActionLine(node, o.source, o.idPattern, o.loc);
    if (line) {
      body.actionLines.push(item ? { ...line, item: item.number } : line);
      return;
    }
    const d = decision(node, node, item, o);
    if (d) {
      body.decisions.push(d);
      item?.decisions.push(d);
    }
    return;
  }
  if (node.type === "listItem") {
    const para = node.children.find((c) => c.type === "paragraph");
    const d = para ? decision(node, para, item, o) : void 0;
    if (d) {
      node.data = { ...node.data, decisionVerb: d.verb };
      body.decisions.push(d);
      item?.decisions.push(d);
      for (const c of node.children) if (c !== para) collect(c, item, body, o);
      return;
    }
  }
  if ("children" in node && node.type !== "heading" && node.type !== "table") {
    for (const c of node.children) collect(c, item, body, o);
  }
}
function decision(node, para, item, o) {
  const strong = para.children.find((c) => c.type === "strong" && o.decisionVerbs.has(toString(c).trim()));
  if (!strong?.position || !node.position) return void 0;
  const d = {
    verb: toString(strong).trim(),
    text: lineText(node),
    node,
    span: o.loc.span(node.position.start.offset, node.position.end.offset),
    verbSpan: o.loc.span(strong.position.start.offset, strong.position.end.offset)
  };
  if (item) d.item = item.number;
  return d;
}

// src/model/action-owners.ts
var PLACEHOLDER = /^(?:\?+|tbc|tbd|tba|n\/?a|-+|–|—|none|nobody|unknown|unassigned|owner)$/i;
var EVERYONE = /^(?:all|everyone|everybody|all present|(?:all\s+)?(?:(?:board|committee|council|ec|group|club)\s+)?members|the\s+(?:board|committee|council|group|club|meeting))$/i;
var ROLE = /^(?:(?:the|our)\s+)?(?:(?:vice|deputy|assistant)[ -])?(?:chair|chairman|chairwoman|chairperson|chairs|clerk|secretary|secretariat|treasurer|president|mayor|minute[ -]taker|convenor|convener|coordinator|director|manager|officer|auditor|quartermaster)s?$/i;
var SHARED_TITLE = /^(?:cllrs|councillors|drs|profs|messrs|mmes)\.?\s+/i;
var SPLIT = /\s*(?:\/|\+|,|;|&|\band\b|\bwith\b)\s*/i;
var INITIALS = new RegExp("^\\p{Lu}{2,4}$", "u");
function parseOwners(written) {
  const text = written.trim().replace(/[.:;,]+$/, "").trim();
  if (text === "") return { owners: [] };
  if (PLACEHOLDER.test(text)) return { owners: [], placeholder: text };
  if (EVERYONE.test(text)) return { owners: [{ text, kind: "everyone" }] };
  const body = text.replace(SHARED_TITLE, "");
  const owners = [];
  for (const raw of body.split(SPLIT)) {
    const t = raw.trim().replace(/^the\s+/i, (m) => ROLE.test(raw.trim()) ? m : "");
    if (t === "") continue;
    if (PLACEHOLDER.test(t)) return { owners: [], placeholder: text };
    owners.push({ text: t, kind: kindOf(t) });
  }
  return { owners };
}
function kindOf(t) {
  if (EVERYONE.test(t)) return "everyone";
  if (ROLE.test(t)) return "role";
  if (INITIALS.test(t)) return "initials";
  return "name";
}
var isRole = (s) => ROLE.test(s.trim());
var isEveryone = (s) => EVERYONE.test(s.trim());
var isPlaceholder = (s) => PLACEHOLDER.test(s.trim());

// src/model/natural-actions.ts
var AGENDA = /^agenda\b/i;
var MATTERS_ARISING = /matters\s+arising/i;
var REVIEW = /^(?:review(?:\s+of)?\s+(?:the\s+)?(?:previous|earlier|outstanding|open)?.*actions?|.*actions?\s+(?:from|of)\s+(?:the\s+)?(?:previous|earlier|last)|(?:outstanding|carried[- ]forward|open|previous)\s+actions?|actions?\s+(?:outstanding|carried forward)|matters arising|old business)/i;
var ACTIONS = /^(?:(?:new|agreed|summary\s+of(?:\s+the)?|list\s+of)\s+)?actions?(?:\s+(?:points?|items?|summary|list|agreed|arising|log|register))?\s*:?$/i;
var ELECTION = /\belect(?:ion|ed)?\b|\bnominations?\b|\bappoint\s+new\b/i;
function sectionKind2(title) {
  if (title === void 0) return "other";
  const t = title.replace(/^[\d.\s)(a-z]{0,6}\s/i, (m) => /\d/.test(m) ? "" : m).trim();
  if (AGENDA.test(t)) return "agenda";
  if (REVIEW.test(t)) return "review";
  if (ACTIONS.test(t)) return "actions";
  if (ELECTION.test(t)) return "election";
  return "other";
}
var OPEN_WORDS = /\b(not\s+(?:yet\s+)?(?:done|complete|completed|started)|incomplete|ongoing|on-going|in\s+progress|carried\s+forward|carry\s+forward|pending|open|outstanding|progressing)\b/i;
var CLOSED_WORDS = /\b(closed|done|complete|completed|finished|resolved|superseded|withdrawn)\b/i;
function statusOf(text) {
  const open = OPEN_WORDS.exec(text);
  if (open) return { status: "open", word: open[1] };
  const closed = CLOSED_WORDS.exec(text);
  if (closed) return { status: "closed", word: closed[1] };
  return void 0;
}
function emphasisedStatus(p) {
  let found;
  for (const c of p.children) {
    if (c.type !== "emphasis" && c.type !== "strong") continue;
    const t = toString(c).trim();
    if (t.length > 40) continue;
    const s = statusOf(t);
    if (s && /^[\s\p{P}]*(?:done|closed|complete|completed|ongoing|open|in progress|carried forward|not done|not yet complete|pending)[\s\p{P}]*(?:(?:done|closed)[\s\p{P}]*)?$/iu.test(t)) found = s;
  }
  return found;
}
var LABEL = /^\s*(?:action(?:\s+(?:point|item)s?)?|actions)(?:\s+(?<id>\d+(?:\.\d+)*[a-z]?))?\s*(?<sep>:|\s[-–—]\s|[-–—]\s)\s*(?<rest>[\s\S]*)$/i;
var REFERENCE = /^action\s+\d+(?:\.\d+)*$/i;
var DASH_OWNER = /^(?<owner>[^-–—:\n]{1,60}?)\s+[-–—]\s+(?<task>[\s\S]+)$/;
var OWNER_VERB = new RegExp("^(?<owner>(?:[^.;:!?\\n]|\\.(?=\\s*\\p{Lu})){1,80}?)\\s*(?:\\([^)]{1,40}\\)\\s*)?\\s+(?<verb>to|will|would|shall|is\\s+to|are\\s+to|responsible\\s+for|offered\\s+to|offers\\s+to|agreed\\s+to|undertook\\s+to)\\s+(?<next>\\p{Ll}[\\p{L}'-]*)", "u");
var INITIALS_RUN = new RegExp("^(?<owner>\\p{Lu}{2,4}(?:\\s*[/&,+]\\s*\\p{Lu}{2,4})*)\\s*(?::|[-\u2013\u2014])?\\s+(?=\\S)", "u");
var LEAD_ID = /^(?<id>[A-Z]{0,3}\d+(?:[./]\d+)*)\s*[.:)]?\s+/;
var NOT_A_TASK = /* @__PURE__ */ new Set(["be", "been", "have", "had", "not", "like", "love", "prefer", "seem", "appear", "need", "probably", "likely", "by"]);
var PRONOUN = /^(he|she|they)$/i;
function leadingOwner(text) {
  const t = text.trim();
  const unknown = /^(\?{1,3})\s/.exec(t);
  if (unknown) return unknown[1];
  const dash = DASH_OWNER.exec(t);
  if (dash && looksLikeOwner(dash.groups.owner)) return dash.groups.owner.trim();
  const ov = OWNER_VERB.exec(t);
  if (ov && looksLikeOwner(ov.groups.owner)) return ov.groups.owner.trim();
  const run = INITIALS_RUN.exec(t);
  if (run) return run.groups.owner;
  return void 0;
}
function looksLikeOwner(s) {
  const t = s.trim().replace(/^(?:cllrs?\.?|councillors)\s+/i, "");
  if (t === "" || isPlaceholder(t)) return isPlaceholder(t);
  const parts = t.split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => isRole(p) || /^(?:all\s+)?(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|de|van|von|la|le|of))*(?:\s+members?)?$/u.test(p) || new RegExp("^all(?:\\s+\\p{Ll}+)?\\s+members$", "iu").test(p));
}
function readNaturalActions(root, o) {
  const reviewedLines = /* @__PURE__ */ new Set();
  const actions = [];
  const reviews = [];
  const titles = [];
  const span = (n) => o.loc.span(n.position.start.offset, n.position.end.offset);
  const nearest = () => titles.filter(Boolean).at(-1);
  const kind = () => {
    return titles.reduce((k, t) => {
      if (!t) return k;
      const s = sectionKind2(t);
      return s === "other" && (k === "review" || k === "election") ? k : s;
    }, "other");
  };
  const pushAction = (a) => {
    const section = nearest();
    actions.push(section === void 0 ? a : { ...a, section });
  };
  const paragraph = (p, item, k) => {
    if (!p.position) return;
    if (o.taken.has(p) && k !== "review" && !emphasisedStatus(p)) return;
    const text = toString(p).replace(/\s+/g, " ").trim();
    if (text === "") return;
    const node = item ?? p;
    const label = LABEL.exec(text);
    const lead = leadSegmentIsLabel(p);
    if (label && lead) {
      const id = label.groups.id ?? "";
      let rest = label.groups.rest.trim();
      const dashed = /[-–—]/.test(label.groups.sep);
      const notation = dashed ? "dash" : "label";
      const sub = item ? subStatus(item) : void 0;
      const status = emphasisedStatus(p) ?? sub ?? trailingStatus(rest);
      if (k === "review" || status) {
        const r = { id, text: rest, source: item ? "list" : "paragraph", span: span(node) };
        const owner2 = leadingOwner(rest);
        if (owner2) r.ownerText = owner2;
        if (status) {
          r.status = status.status;
          r.statusWord = status.word;
        } else r.status = "open";
        reviews.push(r);
        if (o.taken.has(p)) reviewedLines.add(p);
        return;
      }
      if (o.taken.has(p)) return;
      rest = rest.replace(/\s*[-–—]?\s*$/, "");
      const task = dashed ? DASH_OWNER.exec(rest) : null;
      const a = { id, notation, text: task && looksLikeOwner(task.groups.owner) ? task.groups.task.trim() : rest, content: p.children, node, span: span(node) };
      const owner = leadingOwner(rest) ?? (label.groups.sep === ":" && isPlaceholder(rest.split(/\s+/)[0] ?? "") ? rest.split(/\s+/)[0] : void 0);
      if (owner) a.ownerText = owner;
      if (!id) {
        const at2 = afterLabel(o.source, p.position.start.offset);
        if (at2 !== void 0) a.idInsert = { at: at2, form: "after-label" };
      }
      pushAction(a);
      return;
    }
    if (k === "review" && MATTERS_ARISING.test(nearest() ?? "")) {
      reviews.push({ id: "", text, source: "matters-arising", span: span(node) });
      return;
    }
    if (k === "review" || k === "agenda") return;
    const tail = trailingMarker(p, text, o);
    if (tail) {
      const a = { id: "", notation: tail.notation, text: tail.text, content: p.children, node, span: span(node) };
      if (tail.owner) a.ownerText = tail.owner;
      pushAction(a);
      return;
    }
    if (o.prose && k !== "election") for (const s of proseActions(text, o.owners)) pushAction({ id: "", notation: "prose", text: s.text, ownerText: s.owner, content: p.children, node, span: span(node) });
  };
  const listEntry = (item, entryKind) => {
    const p = item.children.find((c) => c.type === "paragraph");
    if (!p || o.taken.has(p) || !item.position) return;
    let text = toString(p).replace(/\s+/g, " ").trim();
    if (text === "") return;
    const label = LABEL.exec(text);
    let notation = entryKind;
    let id = "";
    if (label && leadSegmentIsLabel(p)) {
      id = label.groups.id ?? "";
      text = label.groups.rest.trim();
      if (/[-–—]/.test(label.groups.sep)) notation = "dash";
    }
    const lead = LEAD_ID.exec(text);
    if (!id && lead && /\d/.test(lead.groups.id)) {
      id = lead.groups.id;
      text = text.slice(lead[0].length);
    }
    const a = { id, notation, text, content: p.children, node: item, span: span(item) };
    const owner = leadingOwner(text);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at2 = notation === "dash" ? afterLabel(o.source, p.position.start.offset) : p.position.start.offset;
      if (at2 !== void 0) a.idInsert = { at: at2, form: notation === "dash" ? "after-label" : "before-text" };
    }
    pushAction(a);
  };
  const table = (t, k) => {
    const [head, ...rows] = t.children;
    if (!head) return;
    const headers = head.children.map((c) => toString(c).trim().toLowerCase());
    const col = (re) => headers.findIndex((h) => re.test(h));
    const idCol = col(/^(?:id|#|no\.?|ref\.?|number|action\s+(?:id|no\.?|number))$/);
    const textCol = col(/^(?:action|actions|description|task|item|action\s+point)s?$/);
    const ownerCol = col(/^(?:owner|owners|who|by\s+whom|responsible|lead|assigned\s+to|action\s+by|by)$/);
    const statusCol = col(/^(?:status|state|progress|update)$/);
    if (textCol === -1 && idCol === -1) return;
    for (const row of rows) {
      if (!row.position) continue;
      const cell = (i) => i === -1 ? "" : toString(row.children[i] ?? { type: "text", value: "" }).replace(/\s+/g, " ").trim();
      const text = cell(textCol);
      const id = cell(idCol);
      if (text === "" && id === "") continue;
      if (k === "review" || statusCol !== -1 && k !== "actions") {
        const s = statusOf(cell(statusCol));
        const r = { id, text, source: "table", span: span(row) };
        if (ownerCol !== -1 && cell(ownerCol)) r.ownerText = cell(ownerCol);
        if (s) {
          r.status = s.status;
          r.statusWord = s.word;
        }
        reviews.push(r);
        continue;
      }
      if (k !== "actions" || !o.prose) continue;
      const a = { id, notation: "table", text, content: [{ type: "text", value: text }], node: row, span: span(row) };
      const owner = ownerCol !== -1 ? cell(ownerCol) : leadingOwner(text);
      if (owner !== void 0) a.ownerText = owner;
      pushAction(a);
    }
  };
  const block = (n, item, k) => {
    if (n.type === "paragraph") return paragraph(n, item, k);
    if (n.type === "table") return table(n, k);
    if (n.type === "list") return list(n, k);
    if (n.type === "blockquote") for (const c of n.children) block(c, void 0, k);
  };
  const list = (l, k) => {
    for (const item of l.children) {
      if (k === "actions" && o.prose) {
        listEntry(item, "list");
        continue;
      }
      const [first, ...more] = item.children;
      if (first) block(first, item, k);
      const isReview = first?.type === "paragraph" && reviews.length > 0 && reviews.at(-1).span.start.offset === item.position?.start.offset;
      if (!isReview) for (const c of more) block(c, void 0, k);
    }
  };
  for (const n of root.children) {
    if (n.type === "yaml") continue;
    if (n.type === "heading") {
      const title = toString(n).trim();
      const h = HEADING_ACTION.exec(title);
      if (h && n.position) {
        const a = { id: h.groups.id ?? "", notation: "heading", text: h.groups.rest.trim(), content: n.children, node: n, span: span(n) };
        const owner = leadingOwner(a.text);
        if (owner) a.ownerText = owner;
        if (kind() === "review") reviews.push({ id: a.id, text: a.text, source: "paragraph", span: a.span, status: "open" });
        else pushAction(a);
      }
      titles.length = n.depth - 1;
      titles[n.depth - 1] = title;
      continue;
    }
    block(n, void 0, kind());
  }
  return { actions, reviews, reviewedLines };
}
function afterLabel(source, start) {
  const m = /^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:action(?:[ \t]+(?:point|item)s?)?|actions)(?![\p{L}\p{N}])/iu.exec(source.slice(start, start + 40));
  return m ? start + m[0].length : void 0;
}
var HEADING_ACTION = /^action\s+(?<id>\d+(?:\.\d+)*)?\s*[:\-–—]\s*(?<rest>.+)$/i;
function leadSegmentIsLabel(p) {
  const first = p.children[0];
  if (!first) return false;
  if (first.type === "text") return /^\s*action/i.test(first.value);
  if (first.type === "strong" || first.type === "emphasis") {
    const t = toString(first).trim();
    return /^action/i.test(t) && !(REFERENCE.test(t) && p.children.length === 1);
  }
  return false;
}
function subStatus(item) {
  const sub = item.children.find((c) => c.type === "list");
  const first = sub?.children[0];
  if (!first) return void 0;
  const text = toString(first).replace(/\s+/g, " ").trim();
  const head = text.split(/(?<=[.!?])\s/)[0] ?? text;
  return head.length <= 60 ? statusOf(head) : void 0;
}
function trailingStatus(text) {
  const m = /(?:^|[-–—.]\s*)((?:done|closed|complete|completed|ongoing|in progress|carried forward|not done)[.\s]*(?:closed)?\.?)\s*$/i.exec(text);
  return m ? statusOf(m[1]) : void 0;
}
function trailingMarker(p, text, o) {
  const end = /^(?<body>[\s\S]+?[.!?])\s*\(?action\)?\s*:\s*(?<owner>[^.:;]{1,60}?)\.?\)?$/i.exec(text);
  if (end && looksLikeOwner(end.groups.owner)) return { notation: "marker", text: end.groups.body.trim(), owner: end.groups.owner.trim() };
  const bracket = /^(?<body>[\s\S]+?)\s*\(ACTION\)\s*\.?$/.exec(text);
  if (bracket) {
    const sentences2 = splitSentences(bracket.groups.body);
    const last = sentences2.at(-1) ?? bracket.groups.body;
    const owner = leadingOwner(last);
    return owner ? { notation: "marker", text: last, owner } : { notation: "marker", text: last };
  }
  const tail = p.children.at(-1);
  if (tail?.type === "emphasis" && p.children.length > 1) {
    const owner = toString(tail).trim();
    const before = toString({ type: "paragraph", children: p.children.slice(0, -1) }).trim();
    if (/[.!?]$/.test(before) && owner.split(/\s+/).length <= 4 && !statusOf(owner) && looksLikeOwner(owner) && o.owners.resolve(owner) !== void 0) {
      const sentences2 = splitSentences(before);
      return { notation: "italic-owner", text: sentences2.at(-1) ?? before, owner };
    }
  }
  return void 0;
}
function splitSentences(text) {
  return text.split(new RegExp('(?<![\\s(](?:Cllrs?|Clr|Mr|Mrs|Ms|Dr|Prof|St|\\p{Lu}))(?<=[.!?])\\s+(?=[\\p{Lu}"\u201C(\\[])', "u")).map((s) => s.trim()).filter(Boolean);
}
function proseActions(text, owners) {
  const out = [];
  let subject;
  for (const raw of splitSentences(text)) {
    const s = raw.replace(/^\[[^\]]{1,30}\]\s*/, "");
    const m = OWNER_VERB.exec(s) ?? OWNER_VERB.exec(s.replace(new RegExp("^[^:]{1,60}:\\s+(?=\\p{Lu})", "u"), ""));
    const lead = /^(?<owner>[^.;:!?\n]{1,60}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?:had|has|have|was|were|is|are|reported|said|noted|contacted|asked)\b/u.exec(s);
    if (m) {
      let owner = m.groups.owner.trim();
      const verb = m.groups.verb.toLowerCase();
      const next = m.groups.next.toLowerCase();
      if (PRONOUN.test(owner) && subject && (verb === "will" || verb === "would")) owner = subject;
      const ok = !NOT_A_TASK.has(next) && looksLikeOwner(owner) && resolvesAll(owner, owners);
      if (ok) {
        out.push({ text: s.slice(s.indexOf(m.groups.owner)), owner });
        subject = owner;
        continue;
      }
    }
    if (lead) {
      const owner = lead.groups.owner.trim();
      if (!PRONOUN.test(owner)) subject = looksLikeOwner(owner) && resolvesAll(owner, owners) ? owner : void 0;
    }
  }
  return out;
}
function resolvesAll(owner, owners) {
  const parts = owner.replace(/^(?:cllrs?\.?|councillors)\s+/i, "").split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
  return parts.some((p) => owners.resolve(p) !== void 0);
}

// src/model/prose-reviews.ts
var ID = String.raw`[A-Z]{0,3}\d+(?:[./]\d+)*[a-z]?`;
var MENTION = new RegExp(String.raw`\bactions?(?:\s+(?:points?|items?))?\s+(?:no\.?\s*)?(${ID}(?:\s*(?:,|&|\band\b)\s*${ID})*)(?![\p{L}\p{N}/])`, "giu");
var EACH_ID = new RegExp(ID, "g");
function proseStatus(sentence) {
  const said = sentence.replace(new RegExp("\\b(?:to|will|would|shall|should|must|can|could|cannot|may|might)\\s+(?:not\\s+)?(?:be\\s+|have\\s+been\\s+)?\\p{L}+", "giu"), " ").replace(/(?<!\b(?:remains?|remained|is|are|was|were|still|left|kept|stays?)\s+(?:still\s+)?)\b(?:open|outstanding)\b/gi, " ");
  return statusOf(said);
}
function readProseMentions(root, loc, read) {
  const out = [];
  const paragraph = (p, at2) => {
    if (!at2.position) return;
    const span = loc.span(at2.position.start.offset, at2.position.end.offset);
    for (const sentence of splitSentences(toString(p).replace(/\s+/g, " ").trim())) {
      const ids = [...sentence.matchAll(MENTION)].flatMap((m) => m[1].match(EACH_ID) ?? []);
      if (ids.length === 0) continue;
      const status = proseStatus(sentence);
      for (const id of ids) out.push({ id, text: sentence, span, ...status ? { status: status.status, statusWord: status.word } : {} });
    }
  };
  const visit2 = (n, item) => {
    if (read(n) || item !== void 0 && read(item)) return;
    if (n.type === "paragraph") return paragraph(n, item ?? n);
    if (n.type === "list") for (const li of n.children) {
      if (read(li)) continue;
      for (const c of li.children) visit2(c, c.type === "paragraph" ? li : void 0);
    }
    if (n.type === "blockquote") for (const c of n.children) visit2(c);
  };
  for (const n of root.children) visit2(n);
  return out;
}

// src/model/owner-resolve.ts
var TITLE = /^(?:cllrs?\.?|councillors?|clr\.?|comhairleoir|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|sir|dame|inspector)\s+/i;
function ownerIndex(meeting, config) {
  const unique = /* @__PURE__ */ new Map();
  const add = (key, p) => {
    if (!key) return;
    const k = normaliseName(key);
    if (k === "") return;
    const seen = unique.get(k);
    unique.set(k, seen === void 0 || seen === p ? p : null);
  };
  const exact = /* @__PURE__ */ new Map();
  for (const p of meeting.people) {
    const name = p.name.replace(TITLE, "").trim();
    if (!name) continue;
    exact.set(normaliseName(name), p);
    exact.set(normaliseName(p.name), p);
    if (p.initials) exact.set(normaliseName(p.initials), p);
    const words2 = name.split(/\s+/);
    if (words2.length > 1) {
      add(words2[0], p);
      add(words2[words2.length - 1], p);
      add(words2.map((w) => w[0]).join(""), p);
    }
    if (p.role) add(p.role, p);
  }
  const bodies = new Set([...config.parties, ...config.roster.map((m) => m.category), meeting.code, config.code, meeting.committee].filter((s) => !!s).map(normaliseName));
  for (const m of config.roster) for (const a of [m.name, m.initials, ...m.aliases]) if (a) bodies.add(normaliseName(a));
  return {
    resolve(token) {
      const t = token.trim().replace(TITLE, "");
      const k = normaliseName(t);
      if (k === "") return void 0;
      const p = exact.get(k) ?? unique.get(k);
      if (p) return { kind: "person", person: p };
      if (isEveryone(t)) return { kind: "everyone" };
      if (isRole(t)) return { kind: "role" };
      const body = k.replace(/^the\s+/, "");
      if (bodies.has(body)) return { kind: "body", name: t };
      return void 0;
    }
  };
}

// src/model/build-meeting.ts
function buildMeeting(input) {
  const { frontMatter: fm, config } = input;
  const s = (k) => scalar(fm, k);
  const committee = s("committee") ?? config.committee;
  const code = s("code") ?? config.code;
  const meetingText = s("meeting");
  const titles = titleSets(config.titles);
  const m = {
    path: input.path,
    title: s("title") ?? (committee ? `${committee} Meeting` : "Meeting"),
    status: s("status") ?? "draft",
    attendees: readPeople(field(fm, "attendees"), "attendees", titles),
    participants: [...readPeople(field(fm, "participants"), "participants", titles), ...readPeople(field(fm, "in_attendance"), "participants", titles)],
    observers: readPeople(field(fm, "observers"), "observers", titles),
    apologies: readPeople(field(fm, "apologies"), "apologies", titles),
    absent: readPeople(field(fm, "absent"), "absent", titles),
    people: [],
    attendanceChanges: [],
    motions: [],
    outstanding: items(field(fm, "outstanding")).map(readReview),
    reviews: [],
    nextMeetings: items(field(fm, "next_meetings")).map(readNextMeeting),
    preamble: [],
    agenda: [],
    actions: [],
    decisions: [],
    outstandingPlacement: { kind: "before-agenda" },
    headingJumps: [],
    closing: { sections: [], blocks: [] },
    numberedParagraphs: [],
    fields: fm ? fieldSpans(fm) : {}
  };
  if (committee !== void 0) m.committee = committee;
  if (code !== void 0) m.code = code;
  if (meetingText !== void 0) {
    m.meeting = meetingText;
    const parsed = parseMeetingNumber(meetingText);
    if (parsed) {
      m.meetingNumber = parsed.number;
      if (parsed.suffix) m.meetingSuffix = parsed.suffix;
    }
  }
  for (const key of ["reference", "date", "start", "end", "venue"]) {
    const v = s(key);
    if (v !== void 0) m[key] = v;
  }
  if (m.date === void 0) {
    const fromName = dateFromPath(input.path);
    if (fromName !== void 0) m.date = fromName;
  }
  const classification = s("classification") ?? config.classification;
  if (classification !== void 0) m.classification = classification;
  const secretariat = s("secretariat") ?? config.secretariat;
  if (secretariat !== void 0) m.secretariat = secretariat;
  if (s("title") !== void 0) m.titleWritten = s("title");
  if (input.frontMatterSpan) m.frontMatterSpan = input.frontMatterSpan;
  m.reviews = m.outstanding.map((o) => ({
    id: o.id,
    ...o.id ? { ref: normaliseId(o.id) } : {},
    ...o.status ? { status: o.status } : {},
    source: "front-matter",
    span: o.span,
    outstanding: o
  }));
  m.people = [...m.attendees, ...m.participants, ...m.observers, ...m.apologies, ...m.absent].flatMap((g) => g.people);
  const idPattern = idPatternOf(config);
  const body = readBody(input.tree, {
    source: input.source,
    loc: input.loc,
    idPattern,
    decisionVerbs: new Set(config.decisionVerbs)
  });
  m.preamble = body.preamble;
  if (body.titleHeading) {
    m.titleHeading = body.titleHeading;
    const written = lineText(body.titleHeading);
    if (m.titleWritten === void 0 && written !== "") m.title = written;
  }
  m.agenda = body.agenda;
  readNatural(m, body.decisions, input);
  m.outstandingPlacement = body.outstandingPlacement;
  m.headingJumps = body.headingJumps;
  m.numberedParagraphs = body.numberedParagraphs;
  m.closing = findClosing(m.agenda, m.preamble);
  if (body.summariesMarker) m.summariesMarker = body.summariesMarker;
  const firstNext = m.nextMeetings[0]?.date;
  const byNumber = /* @__PURE__ */ new Map();
  const index = (list) => list.forEach((i) => {
    byNumber.set(i.number, i);
    index(i.children);
  });
  index(m.agenda);
  for (const { attrSpans, ...line } of body.actionLines) {
    const parts = idPattern.parse(line.id);
    const parsed = line.owner !== void 0 ? parseOwners(line.owner) : { owners: [] };
    const action = {
      ...line,
      identity: "",
      notation: "v1",
      owners: parsed.owners,
      idWellFormed: idPattern.wellFormed(line.id)
    };
    if (parsed.placeholder !== void 0) action.ownerPlaceholder = parsed.placeholder;
    if (line.id === "") {
      const at2 = afterLabel(input.source, line.span.start.offset);
      if (at2 !== void 0) action.idInsert = { at: at2, form: "after-label" };
    }
    if (parts) action.idParts = parts;
    const due = line.attributes.due;
    if (due !== void 0 && realDate(due)) {
      action.due = due;
      action.dueSource = "attribute";
      if (attrSpans.due) action.dueSpan = attrSpans.due;
    } else if (due === void 0 && firstNext) {
      action.due = firstNext;
      action.dueSource = "next-meeting";
    }
    if (due !== void 0 && attrSpans.due) action.dueSpan = attrSpans.due;
    m.actions.push(action);
  }
  addNaturalActions(m, input, body.actionLines.map((l) => l.node));
  for (const a of m.actions) if (a.item) byNumber.get(a.item)?.actions.push(a);
  return m;
}
function addNaturalActions(m, input, v1Nodes) {
  const firstNext = m.nextMeetings[0]?.date;
  const options = { source: input.source, loc: input.loc, owners: ownerIndex(m, input.config), taken: new Set(v1Nodes), prose: false };
  let natural = readNaturalActions(input.tree, options);
  const reviewed = natural.reviewedLines;
  if (!m.actions.some((a) => a.id !== "" && !a.nearMiss && !(a.node.type === "paragraph" && reviewed.has(a.node)))) natural = readNaturalActions(input.tree, { ...options, prose: true });
  m.actions = m.actions.filter((a) => !(a.node.type === "paragraph" && natural.reviewedLines.has(a.node)));
  const items2 = flatItems(m.agenda);
  const section = items2.find((i) => /matters\s+arising|\baction/i.test(i.title));
  if (section) m.reviewSection = section.span;
  const itemAt = (offset) => items2.filter((i) => i.span.start.offset <= offset).at(-1)?.number;
  const listed = natural.actions.filter((a) => a.notation !== "prose");
  for (const n of natural.actions) {
    if (n.notation === "prose" && listed.some((l) => sameAction(l, n))) continue;
    const parsed = n.ownerText !== void 0 ? parseOwners(n.ownerText) : { owners: [] };
    const a = {
      id: n.id,
      identity: "",
      notation: n.notation,
      owners: parsed.owners,
      idWellFormed: false,
      text: n.text,
      content: n.content,
      attributes: {},
      node: n.node,
      span: n.span,
      idSpan: n.span
    };
    if (n.idInsert) a.idInsert = n.idInsert;
    if (parsed.placeholder !== void 0) a.ownerPlaceholder = parsed.placeholder;
    else if (n.ownerText !== void 0 && parsed.owners.length > 0) {
      a.owner = n.ownerText;
      a.ownerSource = "text";
    }
    const item = itemAt(n.span.start.offset);
    if (item !== void 0) a.item = item;
    if (firstNext) {
      a.due = firstNext;
      a.dueSource = "next-meeting";
    }
    m.actions.push(a);
  }
  m.actions.sort((x, y) => x.span.start.offset - y.span.start.offset);
  m.actions.forEach((a, i) => {
    a.identity = a.id ? normaliseId(a.id) : actionIdentity(m, i + 1);
  });
  for (const r of natural.reviews) {
    const review = { id: r.id, source: r.source, span: r.span, text: r.text };
    if (r.id) review.ref = normaliseId(r.id);
    if (r.ownerText !== void 0) review.ownerText = r.ownerText;
    if (r.status !== void 0) review.status = r.status;
    if (r.statusWord !== void 0) review.statusWord = r.statusWord;
    m.reviews.push(review);
  }
  addProseReviews(m, input, natural.reviews);
}
function addProseReviews(m, input, read) {
  const raised = new Set(m.actions.filter((a) => a.id !== "").map((a) => normaliseId(a.id)));
  const taken = /* @__PURE__ */ new Set([...m.actions.map((a) => a.span.start.offset), ...read.map((r) => r.span.start.offset)]);
  const byId = /* @__PURE__ */ new Map();
  for (const p of readProseMentions(input.tree, input.loc, (n) => n.position !== void 0 && taken.has(n.position.start.offset))) {
    const ref = normaliseId(p.id);
    if (raised.has(ref)) continue;
    const seen = byId.get(ref);
    if (seen && (seen.status !== void 0 || p.status === void 0)) continue;
    const review = { id: p.id, ref, source: "prose", span: p.span, text: p.text };
    if (p.status !== void 0) review.status = p.status;
    if (p.statusWord !== void 0) review.statusWord = p.statusWord;
    byId.set(ref, review);
  }
  m.reviews.push(...[...byId.values()].sort((a, b) => a.span.start.offset - b.span.start.offset));
}
function flatItems(items2) {
  return items2.flatMap((i) => [i, ...flatItems(i.children)]);
}
var sameAction = (a, b) => sameSubject(a.text, b.text);
function readNatural(m, marked, input) {
  const { config, loc, source } = input;
  const itemOf = /* @__PURE__ */ new Map();
  const index = (items2) => items2.forEach((i) => {
    itemOf.set(i.heading, i.number);
    i.content.forEach((c) => itemOf.set(c, i.number));
    index(i.children);
  });
  index(m.agenda);
  const units = proseUnits(input.tree, source, itemOf);
  const people = personIndex(m.people, { aliases: config.aliases, titles: config.titles });
  m.attendanceChanges = readAttendanceChanges(units, people, loc);
  m.motions = readMotions({ units, index: people, loc, source });
  for (const d of marked) {
    d.kind = "marked";
    const unit = units.find((u) => u.node === d.node || d.node.type === "listItem" && d.node.children.includes(u.node));
    const sentence = sentences(d.text).find((x) => x.text.includes(d.verb));
    if (sentence && sentence.text.length < d.text.length) d.text = sentence.text;
    if (/:$/.test(d.text) && unit?.introduces) d.text = `${d.text} ${joinItems(listItemsText(unit.introduces, source))}`;
  }
  const taken = [...marked, ...m.motions].map((x) => [x.span.start.offset, x.span.end.offset]);
  const prose = readProseDecisions({
    units,
    loc,
    source,
    taken,
    patterns: decisionPatterns({ committee: m.committee, code: m.code, verbs: config.proseDecisionVerbs, subjects: config.decisionSubjects })
  });
  const fromMotions = m.motions.filter((x) => x.outcome === "carried" || x.outcome === "implied").map((x) => {
    const d = { verb: x.outcomeText ?? (x.outcome === "implied" ? "moved" : "carried"), text: x.text ?? "", kind: "motion", motion: x, node: units.find((u) => u.start >= x.span.start.offset).node, span: x.span, verbSpan: x.span };
    if (x.item !== void 0) d.item = x.item;
    return d;
  });
  m.decisions = [...marked, ...prose, ...fromMotions].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const byNumber = /* @__PURE__ */ new Map();
  const all = (items2) => items2.forEach((i) => {
    byNumber.set(i.number, i);
    all(i.children);
  });
  all(m.agenda);
  for (const d of [...prose, ...fromMotions]) if (d.item) byNumber.get(d.item)?.decisions.push(d);
}
function readReview(r) {
  const review = { id: (scalar(r, "id") ?? "").trim(), span: r.span, fields: fieldSpans(r) };
  for (const key of ["action", "owner", "raised", "target", "revised", "update"]) {
    const v = scalar(r, key);
    if (v !== void 0) review[key] = v;
  }
  const status = scalar(r, "status");
  if (status === "open" || status === "closed") review.status = status;
  return review;
}
function readWhen(text) {
  const t = text.trim();
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T,]+(.+))?$/.exec(t);
  if (day && realDate(day[1])) return { date: day[1], when: "date", ...day[2] ? { time: day[2].trim() } : {} };
  const month = /^(\d{4}-\d{2})(?:[ ,]+(.+))?$/.exec(t);
  if (month) return { date: "", when: "month", month: month[1], ...month[2] ? { time: month[2].trim() } : {} };
  return { date: "", when: "text" };
}
function readNextMeeting(n) {
  const written = scalar(n, "date") ?? "";
  const next = { ...readWhen(written), written, span: n.span, fields: fieldSpans(n) };
  const label = scalar(n, "label");
  if (label !== void 0) next.label = label;
  const venue = scalar(n, "venue");
  if (venue !== void 0) next.venue = venue;
  return next;
}

// src/parse/limits.ts
var MAX_SOURCE_BYTES = 1024 * 1024;
var MAX_NESTING = 100;
function tooDeep(root, limit = MAX_NESTING) {
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (!node.children) continue;
    const level = node.type === "listItem" || node.type === "root" ? depth : depth + 1;
    if (level > limit) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], level]);
  }
  return void 0;
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}
function deepLine(text, from = 0, limit = MAX_NESTING) {
  const indents = [];
  for (let pos = from; pos < text.length; ) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    let i = pos;
    let quotes = 0;
    let markers = 0;
    let firstMarker = -1;
    for (; ; ) {
      while (i < end && (text[i] === " " || text[i] === "	")) i++;
      const c = text[i];
      if (c === ">") {
        quotes++;
        i++;
        continue;
      }
      let m = i;
      if (c === "-" || c === "+" || c === "*") m = i + 1;
      else while (m < end && m - i < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
      if (m > i && m - i <= 9 && (c === "-" || c === "+" || c === "*" || text[m] === "." || text[m] === ")")) {
        const after = c === "-" || c === "+" || c === "*" ? m : m + 1;
        if (after < end && (text[after] === " " || text[after] === "	")) {
          if (firstMarker === -1) firstMarker = i - pos;
          markers++;
          i = after;
          continue;
        }
      }
      break;
    }
    if (firstMarker !== -1) {
      while (indents.length > 0 && indents[indents.length - 1] >= firstMarker) indents.pop();
      if (quotes + indents.length + markers > limit) return pos + firstMarker;
      indents.push(firstMarker);
    } else if (quotes > limit) return pos;
    else if (i < end && i === pos) indents.length = 0;
    pos = end + 1;
  }
  return void 0;
}
var MAX_INLINE_MARKS = 2e3;
function crowdedBlock(text, from = 0, limit = MAX_INLINE_MARKS) {
  let marks = 0;
  let blockStart = from;
  let lineStart = true;
  let blank = true;
  const word = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) marks = 0;
      lineStart = true;
      blank = true;
      continue;
    }
    if (lineStart) {
      if (blank && marks === 0) blockStart = i;
      lineStart = false;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if (c === 42 || c === 126 || c === 91 || c === 95 && !(word(text.charCodeAt(i - 1)) && word(text.charCodeAt(i + 1)))) {
      if (++marks > limit) return blockStart;
    }
  }
  return void 0;
}

// src/parse/yaml-errors.ts
var import_yaml = __toESM(require_dist(), 1);
function describeYamlErrors(doc, yaml, where) {
  const errors = doc.errors;
  const multiline = errors.filter((e) => e.code === "MULTILINE_IMPLICIT_KEY");
  const out = [];
  let duplicates;
  for (const e of errors) {
    if (e.code === "BLOCK_AS_IMPLICIT_KEY" && multiline.some((m) => m.pos[0] <= e.pos[0] && e.pos[0] < m.pos[1])) continue;
    out.push({ ...describe(e, doc, yaml, where, () => duplicates ??= duplicateKeys(doc)), code: e.code });
  }
  out.sort((a, b) => a.start - b.start);
  const byLine = /* @__PURE__ */ new Map();
  for (const f of out) {
    const { line } = where(f.start);
    const seen = byLine.get(line);
    if (!seen || f.code === "TAB_AS_INDENT" && seen.code !== "TAB_AS_INDENT") byLine.set(line, f);
  }
  return [...byLine.values()].sort((a, b) => a.start - b.start);
}
function describe(e, doc, yaml, where, duplicates) {
  const [p0, p1] = e.pos;
  const raw = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
  switch (e.code) {
    case "DUPLICATE_KEY": {
      const dup = duplicates().get(p0);
      if (dup) {
        const first = dup.first !== void 0 ? `: it is already given on line ${where(dup.first).line}` : "";
        return { start: dup.range[0], end: dup.range[1], message: `Duplicate key "${dup.key}"${first}; give each key once` };
      }
      return at(yaml, p0, p1, `Duplicate key ${quoteLine(yaml, p0)}; give each key once`);
    }
    case "TAB_AS_INDENT": {
      const text = lineText2(yaml, p0).trim();
      return { start: p0, end: Math.max(p1, p0 + 1), message: `Tab used for indentation before "${text}": YAML indentation must be spaces` };
    }
    case "MULTILINE_IMPLICIT_KEY": {
      const lastLineStart = yaml.lastIndexOf("\n", Math.max(p0, p1 - 1)) + 1;
      const start = Math.max(p0, lastLineStart);
      return at(yaml, start, p1, `Bad indentation at ${quoteLine(yaml, start)}: the line is read as part of the value above it; line it up with its sibling keys`);
    }
    case "BLOCK_AS_IMPLICIT_KEY": {
      const rest = yaml.slice(p0, lineEnd(yaml, p0)).trim();
      return at(yaml, p0, p1, `The value "${rest}" contains ": ", which YAML reads as a key: put the value in quotes`);
    }
    case "MISSING_CHAR": {
      const quote = /closing (["'])/.exec(raw)?.[1];
      if (quote) {
        const open = openingQuote(doc, quote, p0);
        if (open !== void 0) {
          const { line, column } = where(open);
          const shown = yaml.slice(open, lineEnd(yaml, open)).trim();
          return { start: p0, end: Math.max(p1, p0), message: `The quoted text ${shown} (line ${line}, column ${column}) is never closed: add the closing ${quote}` };
        }
      }
      if (/without - indicator/.test(raw)) {
        const s = skipIndent(yaml, p0);
        return at(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: it is neither a list item (\`- \`) nor lined up with the keys above it`);
      }
      return at(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
    }
    case "BAD_INDENT": {
      const s = skipIndent(yaml, p0);
      return at(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: ${raw}`);
    }
    default:
      return at(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
  }
}
function at(yaml, start, end, message) {
  const s = skipIndent(yaml, start);
  return { start: s, end: Math.max(s + 1, end), message };
}
function skipIndent(yaml, offset) {
  const ls = yaml.lastIndexOf("\n", offset - 1) + 1;
  if (!/^[ ]*$/.test(yaml.slice(ls, offset))) return offset;
  let i = offset;
  while (yaml[i] === " ") i++;
  return i < yaml.length && yaml[i] !== "\n" && yaml[i] !== "\r" ? i : offset;
}
function duplicateKeys(doc) {
  const found = /* @__PURE__ */ new Map();
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      if (!(0, import_yaml.isMap)(map)) return;
      const firstAt = /* @__PURE__ */ new Map();
      for (const p of map.items) {
        const k = p.key;
        if (!k?.range) continue;
        const name = (0, import_yaml.isScalar)(k) ? String(k.value) : String(k);
        if (firstAt.has(name)) {
          const d = { key: name, range: [k.range[0], k.range[1]] };
          const first = firstAt.get(name);
          if (first !== void 0) d.first = first;
          found.set(k.range[0], d);
        } else firstAt.set(name, k.range[0]);
      }
    }
  });
  return found;
}
function openingQuote(doc, quote, stop) {
  const type = quote === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
  let best;
  (0, import_yaml.visit)(doc, {
    Scalar(_, s) {
      const r = s.range;
      if (s.type === type && r && r[0] <= stop && r[1] >= stop - 1 && (best === void 0 || r[0] > best)) best = r[0];
    }
  });
  return best;
}
function lineEnd(yaml, offset) {
  const n = yaml.indexOf("\n", offset);
  const e = n < 0 ? yaml.length : n;
  return yaml[e - 1] === "\r" ? e - 1 : e;
}
function lineText2(yaml, offset) {
  return yaml.slice(yaml.lastIndexOf("\n", offset - 1) + 1, lineEnd(yaml, offset));
}
function quoteLine(yaml, offset) {
  const t = lineText2(yaml, offset).trim();
  return t ? `"${t.length > 60 ? `${t.slice(0, 57)}\u2026` : t}"` : "the end of the front matter";
}

// src/schema/minutes-spec.ts
var str = (description, required = false) => ({ spec: { kind: "string" }, description, required });
var bool = (description) => ({ spec: { kind: "boolean" }, description });
var MEETING_NUMBER = new RegExp(`^${MEETING_NUMBER_SOURCE}$`);
var personFields = {
  name: str("Full name", true),
  role: str('`chair`, `secretary`, or any other text such as "Presenter"'),
  alternate_for: str("The member this person stands in for"),
  items: {
    spec: { kind: "list", of: { kind: "text", pattern: /^\d+(\.\d+)*$/, patternHint: 'an agenda item number such as "2" or "3.1"' } },
    description: "Agenda item numbers this person attended (part attendance)"
  },
  part: {
    spec: { kind: "either", of: [{ kind: "boolean" }, { kind: "string" }] },
    description: 'Attended part of the meeting: `true`, or the minutes\' own words ("2nd part of the meeting")'
  },
  remote: bool("Joined remotely"),
  initials: str("How the body refers to the person, e.g. `JM`"),
  representing: str("The body or person this person speaks for"),
  organisation: str("The organisation the person comes from")
};
function personSpec(withProxy) {
  const fields = withProxy ? { ...personFields, proxy_to: str("The attendee who holds this member's vote") } : personFields;
  return { kind: "object", name: withProxy ? "apology" : "person", fields, shorthand: "name" };
}
var peopleBy = (keyName, withProxy = false) => ({
  kind: "either",
  of: [
    { kind: "record", keyName, of: { kind: "list", of: personSpec(withProxy) } },
    { kind: "list", of: personSpec(withProxy) }
  ]
});
var REVIEW_STATUSES = ["open", "closed"];
var MEETING_STATUSES = ["draft", "final", "approved"];
var reviewSpec = {
  kind: "object",
  name: "action review",
  fields: {
    id: str("The action ID, e.g. `OPSG 37x/01`", true),
    action: str("The action's text as raised"),
    owner: str("Who must do it: a party, a category or a person"),
    raised: { spec: { kind: "date" }, description: "Date raised" },
    target: { spec: { kind: "date" }, description: "Last target date" },
    revised: { spec: { kind: "date" }, description: "New target date set at this meeting" },
    status: { spec: { kind: "enum", values: REVIEW_STATUSES }, description: "`open` or `closed`", required: true, missingReportedBy: "review-status" },
    update: { spec: { kind: "markdown" }, description: "Markdown: what was reported at this meeting" }
  }
};
var nextMeetingSpec = {
  kind: "object",
  name: "next meeting",
  fields: {
    date: { spec: { kind: "when" }, description: 'When: a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC", with an optional time ("2026-04-14 15:00 GMT")', required: true },
    label: str('e.g. "Next main meeting"'),
    venue: str("Where it will be held")
  }
};
var CONFIGURABLE_KEYS = ["committee", "code", "secretariat", "classification"];
var minutesSpec = {
  kind: "object",
  name: "front matter",
  fields: {
    committee: str("Full name of the committee, e.g. `Operations Group`", true),
    code: { spec: { kind: "string", pattern: /^\S(.*\S)?$/, patternHint: 'a short code such as "OPSG"' }, description: "Short code: the action-ID prefix, e.g. `OPSG`" },
    meeting: {
      spec: { kind: "text", pattern: MEETING_NUMBER, patternHint: 'a number with an optional letter suffix, such as 41 or "38x"' },
      description: "Number in the series, with an optional letter suffix for extraordinary meetings; without it the date places the meeting in its series"
    },
    reference: str("Document reference, e.g. `OPSG_41_2501`"),
    title: str("Default: `<committee> Meeting`"),
    date: { spec: { kind: "date" }, description: "Meeting date, YYYY-MM-DD (default: a date at the start of the file name)", required: true },
    start: { spec: { kind: "time" }, description: 'Start time, "HH:MM", optionally with a time zone ("15:00 GMT")' },
    end: { spec: { kind: "time" }, description: 'End time, "HH:MM", optionally with a time zone ("17:30 CET")' },
    venue: str("Where the meeting was held"),
    status: { spec: { kind: "enum", values: MEETING_STATUSES }, description: "`draft` (default), `final` or `approved`" },
    classification: str("TLP level (`clear`, `white`, `green`, `amber`, `amber+strict`, `red`) or any other marking"),
    secretariat: str('Who takes the minutes: "Managed by \u2026"'),
    attendees: { spec: peopleBy("category"), description: "Members present, by category", required: true },
    participants: { spec: peopleBy("organisation"), description: "Others present, by organisation" },
    in_attendance: { spec: peopleBy("organisation"), description: "Others present (another name for `participants`)" },
    observers: { spec: peopleBy("organisation"), description: "Observers and the public: present, not entitled to vote" },
    apologies: { spec: peopleBy("category", true), description: "Members who sent apologies, by category" },
    absent: { spec: peopleBy("category"), description: "Members absent without apologies" },
    outstanding: { spec: { kind: "list", of: reviewSpec }, description: "Actions from earlier meetings reviewed at this one" },
    next_meetings: { spec: { kind: "list", of: nextMeetingSpec }, description: "The next meetings" }
  }
};

// src/core/analyse.ts
function analyse(input, config, options = {}) {
  let text;
  let bom = false;
  let sourceEncoding = "utf-8";
  const size = sizeOf(input.contents);
  if (size > MAX_SOURCE_BYTES) {
    const file2 = newFile(input.path);
    const at2 = { line: 1, column: 1, offset: 0 };
    addFinding(file2, inputLimit, config, at2, `The file is ${formatBytes(size)}, more than the ${formatBytes(MAX_SOURCE_BYTES)} minutebook reads: minutes are rarely over 100 kB, so look for a pasted log, image or document`);
    return { file: file2 };
  }
  if (typeof input.contents === "string") {
    text = input.contents.charCodeAt(0) === 65279 ? input.contents.slice(1) : input.contents;
    bom = text !== input.contents;
  } else {
    const decoded = decodeSource(input.contents);
    if (!decoded.ok) {
      const file2 = newFile(input.path);
      const point = { line: decoded.line, column: decoded.column, offset: decoded.offset };
      addFinding(file2, encoding, config, point, `Cannot read the file: ${decoded.reason}`);
      return { file: file2 };
    }
    text = decoded.text;
    bom = decoded.bom;
    sourceEncoding = decoded.encoding;
  }
  const file = newFile(input.path, text);
  const loc = createLocator(text);
  const result = { file, source: text, bom, encoding: sourceEncoding, loc };
  const split = splitFrontMatter(text);
  if (split.kind === "missing") {
    const what = text.trim() === "" ? "The file is empty" : "The file does not start with a front matter block (a line `---`, YAML, then `---`)";
    addFinding(file, frontmatterMissing, config, loc.point(0), `${what}: minutes need their meeting details there`);
    return result;
  }
  if (split.kind === "unclosed") {
    addFinding(file, frontmatterMissing, config, loc.span(0, 3), "The front matter block opened with `---` on line 1 is never closed: add a line `---` after the YAML");
    return result;
  }
  const { block } = split;
  const doc = parseYaml(block);
  if (doc.errors.length > 0) {
    const where = (o) => loc.point(block.offset + o);
    for (const e of describeYamlErrors(doc, block.yaml, where)) {
      addFinding(file, yamlSyntax, config, loc.span(block.offset + e.start, block.offset + e.end), `YAML syntax error: ${e.message}`);
    }
    return result;
  }
  const satisfied = new Set(CONFIGURABLE_KEYS.filter((k) => config[k] !== void 0));
  if (dateFromPath(input.path) !== void 0) satisfied.add("date");
  const checked = checkYaml(doc, minutesSpec, block.offset, loc, { satisfied });
  const tree = parseWithinLimits(text, block.end, loc);
  if ("limit" in tree) {
    addFinding(file, inputLimit, config, tree.at, tree.limit);
    return result;
  }
  result.tree = tree;
  const frontMatterSpan = loc.span(block.start, block.end);
  const meeting = buildMeeting({
    path: input.path,
    source: text,
    loc,
    tree,
    config,
    frontMatterSpan,
    ...checked.root ? { frontMatter: checked.root } : {}
  });
  result.meeting = meeting;
  result.directives = directivesOf(text, tree, { start: block.start, end: block.end });
  for (const rule of options.fileRules === false ? [] : fileRules) {
    const ctx = {
      path: input.path,
      source: text,
      tree,
      meeting,
      config,
      loc,
      schemaProblems: checked.problems,
      ...options.exists ? { exists: options.exists } : {},
      report: (place, message, options2) => void addFinding(file, rule, config, place, message, options2?.fix)
    };
    rule.check(ctx);
  }
  return result;
}
function sizeOf(contents) {
  if (typeof contents !== "string") return contents.length;
  return contents.length * 3 <= MAX_SOURCE_BYTES ? contents.length : new TextEncoder().encode(contents).length;
}
function parseWithinLimits(text, bodyOffset, loc) {
  const deep = `lists, block quotes or emphasis are nested more than ${MAX_NESTING} levels deep; minutebook stops reading here`;
  const early = deepLine(text, bodyOffset);
  if (early !== void 0) return { limit: `The Markdown is too deeply nested: ${deep}`, at: loc.point(early) };
  const crowdedAt = crowdedBlock(text, bodyOffset);
  const crowded = crowdedAt === void 0 ? void 0 : loc.point(crowdedAt);
  if (crowded) return { limit: `This paragraph holds more than ${MAX_INLINE_MARKS} emphasis or link marks (\`*\`, \`_\`, \`~\`, \`[\`); minutebook stops reading here`, at: crowded };
  let tree;
  try {
    tree = parseMarkdown(text);
  } catch (e) {
    if (e instanceof RangeError) return { limit: `The Markdown cannot be read: ${deep}`, at: { line: 1, column: 1, offset: 0 } };
    throw e;
  }
  const node = tooDeep(tree);
  if (!node) return tree;
  const s = node.position?.start;
  return { limit: `The Markdown is too deeply nested: ${deep}`, at: s ? { line: s.line, column: s.column, offset: s.offset ?? 0 } : { line: 1, column: 1, offset: 0 } };
}

export {
  sameSubject,
  analyse
};
