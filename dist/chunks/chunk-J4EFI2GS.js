import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  MEETING_NUMBER_SOURCE,
  actionIdentity,
  addFinding,
  checkYaml,
  createLocator,
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
  newFile,
  normaliseId,
  parseMarkdown,
  parseMeetingNumber,
  parseYaml,
  readPeople,
  realDate,
  require_dist,
  scalar,
  splitFrontMatter,
  yamlSyntax
} from "./chunk-BG42AGZT.js";
import {
  toString
} from "./chunk-L43YP45H.js";
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

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
var NUMBER = /^[ \t]*(\d+(?:\.\d+)*)(\.?)[ \t]+/;
var MARKER = /^<!--\s*outstanding-actions\s*-->\s*$/i;
function readBody(root, o) {
  const body = { preamble: [], agenda: [], actionLines: [], decisions: [], outstandingPlacement: { kind: "before-agenda" } };
  let top;
  let current;
  let marker;
  for (const node of root.children) {
    if (node.type === "yaml") continue;
    if (node.type === "html" && MARKER.test(node.value)) marker ??= node;
    if (node.type === "heading" && node.depth === 1 && !body.titleHeading && body.agenda.length === 0) {
      body.titleHeading = node;
      continue;
    }
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3 && top)) {
      const parent = node.depth === 3 ? top : void 0;
      const siblings = parent ? parent.children : body.agenda;
      const item = readHeading(node, siblings, parent, o.loc);
      siblings.push(item);
      if (node.depth === 2) top = item;
      current = item;
      continue;
    }
    if (current) current.content.push(node);
    else body.preamble.push(node);
  }
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
function findActionsItem(items2) {
  for (const item of items2) {
    if (/action/i.test(item.title)) return item;
    const sub = findActionsItem(item.children);
    if (sub) return sub;
  }
  return void 0;
}
function readHeading(h, siblings, parent, loc) {
  const titleContent = h.children.map((c) => ({ ...c }));
  const first = titleContent[0];
  let number;
  let writtenNumber;
  let numberSpan;
  if (first && first.type === "text") {
    const m = NUMBER.exec(first.value);
    if (m) {
      number = m[1];
      writtenNumber = m[1] + m[2];
      titleContent[0] = { ...first, value: first.value.slice(m[0].length) };
      const start = first.position?.start.offset;
      if (start !== void 0) {
        const lead = m[0].length - m[0].trimStart().length;
        numberSpan = loc.span(start + lead, start + lead + writtenNumber.length);
      }
    }
  }
  const numbered = number !== void 0;
  if (!numbered) {
    const prev = siblings[siblings.length - 1];
    const last = prev ? Number(prev.number.split(".").pop()) : 0;
    number = parent ? `${parent.number}.${last + 1}` : String(last + 1);
  }
  const item = {
    number,
    numbered,
    title: toString({ type: "heading", depth: h.depth, children: titleContent }).trim(),
    titleContent: titleContent.filter((c) => !(c.type === "text" && c.value === "")),
    depth: h.depth,
    heading: h,
    span: loc.span(h.position.start.offset, h.position.end.offset),
    content: [],
    children: [],
    decisions: [],
    actions: []
  };
  if (writtenNumber !== void 0 && writtenNumber !== number) item.writtenNumber = writtenNumber;
  if (numberSpan) item.numberSpan = numberSpan;
  return item;
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
    text: toString(node).replace(/\s+/g, " ").trim(),
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

// src/model/build-meeting.ts
function buildMeeting(input) {
  const { frontMatter: fm, config } = input;
  const s = (k) => scalar(fm, k);
  const committee = s("committee") ?? config.committee;
  const code = s("code") ?? config.code;
  const meetingText = s("meeting");
  const m = {
    path: input.path,
    title: s("title") ?? (committee ? `${committee} Meeting` : "Meeting"),
    status: s("status") ?? "draft",
    attendees: readPeople(field(fm, "attendees"), "attendees"),
    participants: readPeople(field(fm, "participants"), "participants"),
    apologies: readPeople(field(fm, "apologies"), "apologies"),
    people: [],
    outstanding: items(field(fm, "outstanding")).map(readReview),
    reviews: [],
    nextMeetings: items(field(fm, "next_meetings")).map(readNextMeeting),
    preamble: [],
    agenda: [],
    actions: [],
    decisions: [],
    outstandingPlacement: { kind: "before-agenda" },
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
  m.people = [...m.attendees, ...m.participants, ...m.apologies].flatMap((g) => g.people);
  const idPattern = idPatternOf(config);
  const body = readBody(input.tree, {
    source: input.source,
    loc: input.loc,
    idPattern,
    decisionVerbs: new Set(config.decisionVerbs)
  });
  m.preamble = body.preamble;
  if (body.titleHeading) m.titleHeading = body.titleHeading;
  m.agenda = body.agenda;
  m.decisions = body.decisions;
  m.outstandingPlacement = body.outstandingPlacement;
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
      identity: line.id ? normaliseId(line.id) : actionIdentity(m, m.actions.length + 1),
      notation: "v1",
      owners: parsed.owners,
      idWellFormed: idPattern.wellFormed(line.id)
    };
    if (parsed.placeholder !== void 0) action.ownerPlaceholder = parsed.placeholder;
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
    if (action.item) byNumber.get(action.item)?.actions.push(action);
  }
  return m;
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
function readNextMeeting(n) {
  const next = { date: scalar(n, "date") ?? "", span: n.span, fields: fieldSpans(n) };
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
      const text = lineText(yaml, p0).trim();
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
function lineText(yaml, offset) {
  return yaml.slice(yaml.lastIndexOf("\n", offset - 1) + 1, lineEnd(yaml, offset));
}
function quoteLine(yaml, offset) {
  const t = lineText(yaml, offset).trim();
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
  part: bool("Attended part of the meeting, items not recorded"),
  remote: bool("Joined remotely"),
  initials: str("How the body refers to the person, e.g. `JM`")
};
function personSpec(withProxy) {
  const fields = withProxy ? { ...personFields, proxy_to: str("The attendee who holds this member's vote") } : personFields;
  return { kind: "object", name: withProxy ? "apology" : "person", fields, shorthand: "name" };
}
var peopleBy = (keyName, withProxy = false) => ({
  kind: "record",
  keyName,
  of: { kind: "list", of: personSpec(withProxy) }
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
    date: { spec: { kind: "date" }, description: "Date of the meeting", required: true },
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
    code: { spec: { kind: "string", pattern: /^\S(.*\S)?$/, patternHint: 'a short code such as "OPSG"' }, description: "Short code: the action-ID prefix, e.g. `OPSG`", required: true },
    meeting: {
      spec: { kind: "text", pattern: MEETING_NUMBER, patternHint: 'a number with an optional letter suffix, such as 41 or "38x"' },
      description: "Number in the series, with an optional letter suffix for extraordinary meetings",
      required: true
    },
    reference: str("Document reference, e.g. `OPSG_41_2501`"),
    title: str("Default: `<committee> Meeting`"),
    date: { spec: { kind: "date" }, description: "Meeting date, YYYY-MM-DD", required: true },
    start: { spec: { kind: "time" }, description: 'Start time, "HH:MM"' },
    end: { spec: { kind: "time" }, description: 'End time, "HH:MM"' },
    venue: str("Where the meeting was held"),
    status: { spec: { kind: "enum", values: MEETING_STATUSES }, description: "`draft` (default), `final` or `approved`" },
    classification: str("TLP level (`clear`, `white`, `green`, `amber`, `amber+strict`, `red`) or any other marking"),
    secretariat: str('Who takes the minutes: "Managed by \u2026"'),
    attendees: { spec: peopleBy("category"), description: "Members present, by category", required: true },
    participants: { spec: peopleBy("organisation"), description: "Others present, by organisation" },
    apologies: { spec: peopleBy("category", true), description: "Members who sent apologies, by category" },
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
  analyse
};
