import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  formats,
  hasFormat,
  loadRenderer
} from "./chunk-BOETKBWO.js";
import {
  REFERENCE_ASSET,
  ReferenceDocError,
  readReferenceDoc
} from "./chunk-L2XTUBSA.js";
import {
  TemplateError
} from "./chunk-PF3PCOA7.js";
import {
  commonFolder
} from "./chunk-QYYS766H.js";
import {
  counts,
  formatReport,
  leftAsideNote,
  loadSources,
  progress,
  writeAllAtomic
} from "./chunk-K6FGQK75.js";
import {
  check,
  inheritedOf
} from "./chunk-OP6IMQB5.js";
import {
  seriesContext
} from "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import {
  UserError,
  displayPath
} from "./chunk-765XEROR.js";
import {
  motionFacts,
  parseMarkdown,
  require_dist
} from "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

// src/cli/commands/build.ts
import { existsSync as existsSync2, mkdirSync } from "node:fs";
import { basename, dirname as dirname2, extname, join as join2, relative as relative2, resolve as resolve3 } from "node:path";

// src/model/review-update.ts
function reviewUpdateBlocks(text) {
  return parseMarkdown("\n" + text).children.filter((n) => n.type !== "yaml");
}

// src/render/wording.ts
var import_yaml = __toESM(require_dist(), 1);
var WORDING_FILE = "wording.yaml";
var SHAPE = {
  status: ["draft", "final", "approved"],
  actionStatus: ["open", "closed"],
  noRevisedDate: null,
  nextMeeting: null,
  roles: ["chair", "secretary"],
  annotations: ["role", "alternate", "part", "partText", "item", "items", "itemsAnd", "remote", "proxy", "representing", "organisation"],
  banners: ["clear", "white", "green", "amber", "amber+strict", "red"]
};
var cache = /* @__PURE__ */ new WeakMap();
function wordingOf(set) {
  const source = set[WORDING_FILE];
  if (!source) throw new TemplateError(WORDING_FILE, void 0, "the wording file is missing from the templates");
  let w = cache.get(source);
  if (!w) cache.set(source, w = parseWording(source));
  return w;
}
function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);
}
function parseWording(source) {
  const doc = (0, import_yaml.parseDocument)(source.text, { prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => source.text.slice(0, offset).split("\n").length;
  const fail = (offset, reason) => {
    throw new TemplateError(source.path, offset === void 0 ? void 0 : lineAt(offset), reason);
  };
  const error = doc.errors[0];
  if (error) fail(error.pos[0], error.message.split("\n")[0]);
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return fail(0, "the wording must be a mapping of names to words (see the built-in wording.yaml)");
  const text = (node, path, at) => {
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return fail(node?.range?.[0] ?? at, `${path} must be text`);
    return node.value;
  };
  const out = {};
  const rootRange = root.range?.[0] ?? 0;
  for (const [key, keys] of Object.entries(SHAPE)) {
    const pair = root.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
    const node = pair?.value;
    if (!pair) return fail(void 0, `${key} is missing (copy the built-in wording.yaml and change what you need)`);
    const at = pair.key.range?.[0] ?? rootRange;
    if (keys === null) {
      out[key] = text(node, key, at);
      continue;
    }
    if (!(0, import_yaml.isMap)(node)) return fail(at, `${key} must be a mapping (${keys.join(", ")})`);
    const group = {};
    for (const pair2 of node.items) {
      const k = (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : "";
      group[key === "roles" ? k.toLowerCase() : k] = text(pair2.value, `${key}.${k}`, at);
    }
    for (const k of keys) if (!(k in group)) fail(at, `${key}.${k} is missing`);
    out[key] = group;
  }
  return out;
}

// src/render/view-model.ts
var BANNERS = {
  clear: { label: "TLP:CLEAR", colour: "#FFFFFF", background: "#000000" },
  white: { label: "TLP:WHITE", colour: "#FFFFFF", background: "#000000" },
  green: { label: "TLP:GREEN", colour: "#33FF00", background: "#000000" },
  amber: { label: "TLP:AMBER", colour: "#FFC000", background: "#000000" },
  "amber+strict": { label: "TLP:AMBER+STRICT", colour: "#FFC000", background: "#000000" },
  red: { label: "TLP:RED", colour: "#FF2B2B", background: "#000000" }
};
function buildViewModel(meeting, config, words, series) {
  const dates = dateFormatter(config);
  const decisionByNode = /* @__PURE__ */ new Map();
  for (const d of meeting.decisions) if (d.node.type === "paragraph" && (d.kind ?? "marked") === "marked") decisionByNode.set(d.node, d);
  const actionByNode = /* @__PURE__ */ new Map();
  for (const a of meeting.actions) if (a.notation === "v1") actionByNode.set(a.node, a);
  const itemTitles = /* @__PURE__ */ new Map();
  const itemNumbers = /* @__PURE__ */ new Map();
  const indexTitles = (items) => {
    for (const i of items) {
      itemTitles.set(i.number, i.title);
      if (i.written) itemNumbers.set(i.number, i.written.text.replace(/[.:]$/, ""));
      indexTitles(i.children);
    }
  };
  indexTitles(meeting.agenda);
  const viewAction = (a) => {
    const v = { id: a.id, text: a.text, content: a.content, attributes: { ...a.attributes } };
    if (a.owner !== void 0) v.owner = a.owner;
    const due = a.due !== void 0 ? dates(a.due) : void 0;
    if (due) v.due = due;
    const item = a.item !== void 0 ? itemNumbers.get(a.item) : void 0;
    if (item !== void 0) v.item = item;
    return v;
  };
  const viewDecision = (d) => {
    const text = d.node.type === "listItem" ? d.text.replace(/\s*[;,]?\s*(?:and|or)?\s*$/, "").replace(/;$/, "") : d.text;
    const v = { verb: d.verb, text };
    if (d.motion) Object.assign(v, motionFacts(d.motion));
    if (d.item !== void 0) {
      const item = itemNumbers.get(d.item);
      if (item !== void 0) v.item = item;
      const t = itemTitles.get(d.item);
      if (t !== void 0) v.itemTitle = t;
    }
    return v;
  };
  const placement = meeting.outstandingPlacement;
  const closingBlocks = new Set(meeting.closing.blocks);
  const closingSections = new Set(meeting.closing.sections);
  const summaries = config.summaries === "off" ? "off" : meeting.summariesMarker ? "marker" : "end";
  const toBlocks = (nodes, leadingOutstanding, keepClosing = false) => {
    const blocks = [];
    if (leadingOutstanding) blocks.push({ kind: "outstanding" });
    const pushMarkdown = (n) => {
      const last = blocks[blocks.length - 1];
      if (last?.kind === "markdown") last.nodes.push(n);
      else blocks.push({ kind: "markdown", nodes: [n] });
    };
    for (const n of nodes) {
      if (!keepClosing && closingBlocks.has(n)) continue;
      if (summaries === "marker" && meeting.summariesMarker === n) {
        blocks.push({ kind: "summaries" });
        continue;
      }
      if (placement.kind === "marker" && placement.node === n) {
        blocks.push({ kind: "outstanding" });
        continue;
      }
      const action = actionByNode.get(n);
      const decision = decisionByNode.get(n);
      if (action) blocks.push({ kind: "action", action: viewAction(action) });
      else if (decision) blocks.push({ kind: "decision", decision: viewDecision(decision), content: n.children });
      else pushMarkdown(n);
      if (placement.kind === "after" && placement.node === n) blocks.push({ kind: "outstanding" });
    }
    return blocks;
  };
  const viewItem = (item) => ({
    number: item.written?.text ?? "",
    scheme: item.written?.scheme ?? "none",
    kind: item.kind,
    title: item.title,
    titleContent: item.titleContent,
    depth: item.level,
    blocks: toBlocks(item.content, placement.kind === "after" && placement.node === item.heading),
    children: item.children.map(viewItem)
  });
  const attendees = meeting.attendees.map((g) => viewGroup(g, words));
  const participants = meeting.participants.map((g) => viewGroup(g, words));
  const apologies = meeting.apologies.map((g) => viewGroup(g, words));
  const outstanding = [
    ...meeting.outstanding.map((r) => viewReview(r, inheritedOf(series, r), dates, words)),
    ...meeting.reviews.filter((r) => r.source !== "front-matter" && (r.source !== "matters-arising" && r.source !== "prose" || series?.register.reviewed.has(r))).map((r) => viewBodyReview(r, series?.register.reviewed.get(r), dates, words))
  ];
  const newActions = meeting.actions.map(viewAction);
  const decisions = meeting.decisions.map(viewDecision);
  const count = (gs) => gs.reduce((n, g) => n + g.people.length, 0);
  const vm = {
    locale: dates.locale,
    source: meeting.path,
    titleBlock: titleBlock(meeting, dates, words),
    attendees,
    participants,
    apologies,
    attendanceChanges: meeting.attendanceChanges.map((c) => ({ kind: c.kind, text: c.text, ...c.item !== void 0 ? { item: c.item } : {} })),
    preamble: toBlocks(meeting.preamble, false),
    outstandingBeforeAgenda: placement.kind === "before-agenda",
    agenda: meeting.agenda.filter((i) => !closingSections.has(i)).map(viewItem),
    summaries,
    closingBlocks: toBlocks(meeting.closing.blocks, false, true),
    closing: meeting.closing.sections.map(viewItem),
    outstanding,
    newActions,
    decisions,
    nextMeetings: meeting.nextMeetings.map((n) => viewNextMeeting(n, dates, words)),
    counts: {
      attendees: count(attendees),
      participants: count(participants),
      apologies: count(apologies),
      outstanding: outstanding.length,
      newActions: newActions.length,
      decisions: decisions.length
    }
  };
  const classification = meeting.classification ?? config.classification;
  if (classification !== void 0 && classification.trim() !== "") vm.banner = banner(classification, words);
  const secretariat = meeting.secretariat ?? config.secretariat;
  if (secretariat !== void 0) vm.secretariat = secretariat;
  return vm;
}
function banner(classification, words) {
  const key = classification.trim().toLowerCase().replace(/^tlp\s*:\s*/, "").replace(/\s*\+\s*/, "+");
  if (Object.hasOwn(BANNERS, key)) {
    const level = key;
    return { level, ...BANNERS[level], text: words?.banners[level] ?? "" };
  }
  return { level: "other", label: classification.trim(), text: "", colour: "#000000", background: "#FFFFFF" };
}
function dateFormatter(config) {
  const key = JSON.stringify([config.locale, config.dateFormats.long, config.dateFormats.short]);
  let fn = FORMATTERS.get(key);
  if (!fn) FORMATTERS.set(key, fn = makeDateFormatter(config));
  return fn;
}
var FORMATTERS = /* @__PURE__ */ new Map();
function makeDateFormatter(config) {
  let locale = config.locale;
  let long;
  let short;
  try {
    long = new Intl.DateTimeFormat(locale, { ...config.dateFormats.long, timeZone: "UTC" });
    short = new Intl.DateTimeFormat(locale, { ...config.dateFormats.short, timeZone: "UTC" });
  } catch {
    locale = "en-GB";
    long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    short = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  }
  const fn = (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : void 0;
    if (!d || d.getUTCDate() !== Number(m[3])) return { iso, long: iso, short: iso };
    return { iso: iso.trim(), long: long.format(d), short: short.format(d) };
  };
  return Object.assign(fn, { locale });
}
function titleBlock(m, dates, words) {
  const t = { title: m.title, documentTitle: m.title, status: m.status, statusText: words.status[m.status] ?? words.status.draft };
  if (m.committee !== void 0) t.committee = m.committee;
  if (m.code !== void 0) t.code = m.code;
  if (m.meeting !== void 0) t.meeting = m.meeting;
  if (m.reference !== void 0) t.reference = m.reference;
  if (m.date !== void 0) t.date = dates(m.date);
  if (m.start !== void 0) t.start = m.start;
  if (m.end !== void 0) t.end = m.end;
  if (m.start !== void 0) t.time = m.end !== void 0 ? `${m.start} \u2013 ${m.end}` : m.start;
  if (m.venue !== void 0) t.venue = m.venue;
  const which = m.meeting !== void 0 ? m.code ? `${m.code} ${m.meeting}` : `Meeting ${m.meeting}` : t.date?.long;
  t.documentTitle = which && !m.title.includes(which) ? `${m.title}, ${which}` : m.title;
  return t;
}
function viewNextMeeting(n, dates, words) {
  let text;
  if (n.when === "date") text = dates(n.date).long;
  else if (n.when === "month" && n.month) text = monthText(n.month, dates.locale);
  else text = n.written;
  if (n.time) text += `, ${n.time}`;
  const v = { label: n.label ?? words.nextMeeting, text, date: n.when === "date" ? dates(n.date) : { iso: n.written, long: text, short: text } };
  if (n.venue !== void 0) v.venue = n.venue;
  return v;
}
function monthText(month, locale) {
  const [y, m] = month.split("-").map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
  } catch {
    return month;
  }
}
function viewGroup(g, words) {
  return { name: g.name, people: g.people.map((p) => viewPerson(p, words)) };
}
function viewPerson(p, words) {
  if (p.written !== void 0) {
    const v2 = { name: p.written, annotations: [], display: p.written };
    if (p.role !== void 0) v2.role = p.role;
    if (p.initials !== void 0) v2.initials = p.initials;
    return v2;
  }
  const w = words.annotations;
  const annotations = [];
  if (p.organisation !== void 0) annotations.push({ kind: "organisation", text: fill(w.organisation, { name: p.organisation }) });
  if (p.representing !== void 0) annotations.push({ kind: "representing", text: fill(w.representing, { name: p.representing }) });
  if (p.role !== void 0 && p.role.trim() !== "") {
    const r = p.role.trim();
    const role = Object.hasOwn(words.roles, r.toLowerCase()) ? words.roles[r.toLowerCase()] : r;
    annotations.push({ kind: "role", text: fill(w.role, { role }) });
  }
  if (p.alternateFor !== void 0) annotations.push({ kind: "alternate", text: fill(w.alternate, { name: p.alternateFor }) });
  if (p.part) annotations.push({ kind: "part", text: p.partText !== void 0 ? fill(w.partText, { text: p.partText }) : w.part });
  if (p.items !== void 0 && p.items.length > 0) {
    const list = p.items.length === 1 ? p.items[0] : `${p.items.slice(0, -1).join(", ")}${w.itemsAnd}${p.items[p.items.length - 1]}`;
    annotations.push({ kind: "items", text: fill(p.items.length === 1 ? w.item : w.items, { items: list }) });
  }
  if (p.remote) annotations.push({ kind: "remote", text: w.remote });
  if (p.proxyTo !== void 0) annotations.push({ kind: "proxy", text: fill(w.proxy, { name: p.proxyTo }) });
  const v = { name: p.name, annotations, display: [p.name, ...annotations.map((a) => a.text)].join(" ") };
  if (p.role !== void 0) v.role = p.role;
  if (p.initials !== void 0) v.initials = p.initials;
  return v;
}
function viewBodyReview(r, entry, dates, words) {
  const status = r.status ?? "unknown";
  const row = {
    id: r.id || entry?.id || "",
    update: [],
    revisedText: words.noRevisedDate,
    status,
    statusText: status === "unknown" ? "" : words.actionStatus[status]
  };
  const action = entry?.text ?? r.text;
  if (action !== void 0) row.action = action;
  const owner = entry?.owner ?? r.ownerText;
  if (owner !== void 0) row.owner = owner;
  if (entry?.raised !== void 0) row.raised = dates(entry.raised);
  if (entry?.target !== void 0) row.target = dates(entry.target);
  return row;
}
function viewReview(r, inherited, dates, words) {
  const pick = (k) => r[k] ?? inherited[k];
  const status = r.status ?? "unknown";
  const row = {
    id: r.id,
    update: r.update !== void 0 ? reviewUpdateBlocks(r.update) : [],
    revisedText: words.noRevisedDate,
    status,
    statusText: status === "unknown" ? "" : words.actionStatus[status]
  };
  const action = pick("action");
  if (action !== void 0) row.action = action;
  const owner = pick("owner");
  if (owner !== void 0) row.owner = owner;
  const raised = pick("raised");
  if (raised !== void 0) row.raised = dates(raised);
  const target = pick("target");
  if (target !== void 0) row.target = dates(target);
  if (r.revised !== void 0) {
    row.revised = dates(r.revised);
    row.revisedText = row.revised.short;
  }
  return row;
}

// src/core/build.ts
async function build(inputs, options) {
  const analyses = check(inputs, { configFor: options.configFor, ...options.exists ? { exists: options.exists } : {}, ...options.context ? { context: options.context } : {}, ...options.contextFor ? { contextFor: options.contextFor } : {} });
  const errors = analyses.reduce((n, a) => n + a.file.messages.filter((m) => m.fatal === true).length, 0);
  const results = analyses.map((a) => ({ file: a.file, outputs: [], ...a.meeting ? { meeting: a.meeting } : {}, ...a.series ? { series: a.series } : {} }));
  if (errors > 0 && !options.force) return { results, errors, refused: true };
  const renderers = /* @__PURE__ */ new Map();
  const rendererFor = async (format, config) => {
    const templates = options.templatesFor(config);
    const assets = options.assetsFor?.(config, format);
    const key = `${format}\0${templateKey(templates)}\0${config.path ?? ""}`;
    let r = renderers.get(key);
    if (!r) {
      const mod = await loadRenderer(format);
      r = await mod.createRenderer({ templates, ...assets ? { assets } : {} });
      renderers.set(key, r);
    }
    return r;
  };
  let done = 0;
  for (const result of results) {
    options.onProgress?.(done++, results.length);
    const meeting = result.meeting;
    if (!meeting) continue;
    const config = options.configFor(meeting.path);
    const view = buildViewModel(meeting, config, wordingOf(options.templatesFor(config)), result.series);
    for (const format of options.formats) {
      const renderer = await rendererFor(format, config);
      const bytes = await renderer.render({ view, meeting, config });
      result.outputs.push({ path: options.outputPath(meeting.path, renderer.extension), format, bytes });
    }
  }
  options.onProgress?.(results.length, results.length);
  return { results, errors, refused: false };
}
function templateKey(t) {
  return Object.keys(t).sort().map((k) => `${k}=${t[k].path}`).join("\n");
}

// src/cli/read-templates.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
function builtinTemplatesDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, "templates");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new UserError("cannot find the built-in templates folder of minutebook (is the package installed completely?)");
    dir = parent;
  }
}
function readTemplateFolder(folder) {
  const found = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(hbs|xml|yaml)$/.test(name)) {
        const key = relative(folder, path).split(sep).join("/").replace(/\.hbs$/, "");
        found[key] = { text: readFileSync(path, "utf8"), path: displayPath(path) };
      }
    }
  };
  walk(folder);
  return found;
}
var TemplateReader = class {
  constructor(warn) {
    this.warn = warn;
    this.builtin = readTemplateFolder(builtinTemplatesDir());
  }
  warn;
  builtin;
  cache = /* @__PURE__ */ new Map();
  read(userDir) {
    const key = userDir ? resolve(userDir) : "";
    let set = this.cache.get(key);
    if (set) return set;
    if (!userDir) set = this.builtin;
    else {
      if (!existsSync(key) || !statSync(key).isDirectory()) throw new UserError(`${displayPath(key)}: the templates folder does not exist`);
      const user = readTemplateFolder(key);
      for (const [name, source] of Object.entries(user)) {
        if (!(name in this.builtin) && !/^[^/]+\/partials\//.test(name)) {
          this.warn(`minutebook: ${source.path}: not a template minutebook uses (expected e.g. html/minutes.hbs, html/partials/<name>.hbs, docx/word/styles.xml or wording.yaml under ${displayPath(key)})`);
        }
      }
      set = { ...this.builtin, ...user };
    }
    this.cache.set(key, set);
    return set;
  }
};

// src/cli/commands/reference-doc-assets.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
var cache2 = /* @__PURE__ */ new Map();
function referenceDocAssets(flag, config) {
  const path = flag !== void 0 ? resolve2(flag) : config.referenceDocx !== void 0 ? resolve2(config.base ?? config.root ?? ".", config.referenceDocx) : void 0;
  if (path === void 0) return void 0;
  const hit = cache2.get(path);
  if (hit) return hit;
  const from = flag !== void 0 ? "--reference-doc" : `reference_docx in ${config.path ? displayPath(config.path) : "the configuration"}`;
  let bytes;
  try {
    if (!statSync2(path).isFile()) throw new Error("not a file");
    bytes = readFileSync2(path);
  } catch {
    throw new UserError(`${displayPath(path)}: cannot read the reference document (${from})`);
  }
  try {
    readReferenceDoc(bytes, displayPath(path));
  } catch (e) {
    if (e instanceof ReferenceDocError) throw new UserError(`${e.message} (${from})`);
    throw e;
  }
  const assets = { [REFERENCE_ASSET]: bytes };
  cache2.set(path, assets);
  return assets;
}

// src/cli/commands/build.ts
async function runBuild(paths, flags, out, err) {
  const formats2 = [...new Set(flags.format.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean))];
  const unknown = formats2.filter((f) => !hasFormat(f));
  if (formats2.length === 0 || unknown.length > 0) {
    throw new UserError(`unknown output format "${unknown[0] ?? flags.format}" (known: ${formats().join(", ")})`);
  }
  if (paths.includes("-")) throw new UserError("build cannot read standard input: name the minutes files");
  const loaded = await loadSources(paths, flags);
  const configFor = (p) => loaded.lookup.forFile(p).config;
  if (loaded.configFiles.length > 0) {
    err(formatReport(loaded.configFiles, { format: "stylish", color: flags.color, quiet: false }));
    err("minutebook: the configuration has errors; fix them first");
    return 2;
  }
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  const aside = leftAsideNote(loaded);
  if (aside) err(aside);
  if (loaded.inputs.length === 0) return 1;
  const templates = new TemplateReader(err);
  const templatesFor = (config) => {
    if (flags.templates) return templates.read(flags.templates);
    if (config.templates) return templates.read(resolve3(config.base ?? config.root ?? ".", config.templates));
    return templates.read(void 0);
  };
  const sources = loaded.inputs.map((i) => resolve3(i.path));
  const outputPath = outputNaming(flags.outBase ? [join2(flags.outBase, "x"), ...sources] : sources, flags.out);
  let report;
  try {
    const assetsFor = (config, format) => format === "docx" ? referenceDocAssets(flags.referenceDoc, config) : void 0;
    const shown = progress("minutebook: building");
    report = await build(loaded.inputs, { configFor, formats: formats2, templatesFor, assetsFor, outputPath, force: flags.force, exists: existsSync2, contextFor: seriesContext(loaded.lookup), onProgress: shown.update });
    shown.done();
  } catch (e) {
    if (e instanceof TemplateError) throw new UserError(`template error: ${e.message}`);
    throw e;
  }
  const files = report.results.map((r) => r.file);
  const text = formatReport(files, { format: "stylish", color: flags.color, quiet: false });
  if (text) err(text.replace(/\n$/, ""));
  if (report.refused) {
    const { errors } = counts(files);
    err(`minutebook: nothing built: the checks found ${errors} ${errors === 1 ? "error" : "errors"} (fix them, or build anyway with --force)`);
    return 1;
  }
  const sourceSet = new Set(sources);
  const seen = /* @__PURE__ */ new Map();
  const outputs = report.results.flatMap((r) => r.outputs.map((o) => ({ ...o, abs: resolve3(o.path), source: r.file.path })));
  for (const o of outputs) {
    if (sourceSet.has(o.abs)) throw new UserError(`${displayPath(o.abs)}: refusing to overwrite a source file with the ${o.format} output`, 1);
    const other = seen.get(o.abs);
    if (other !== void 0) throw new UserError(`${displayPath(o.abs)}: both ${other} and ${o.source} would be written there`, 1);
    seen.set(o.abs, o.source);
  }
  for (const o of outputs) mkdirSync(dirname2(o.abs), { recursive: true });
  writeAllAtomic(outputs.map((o) => ({ path: o.abs, data: o.bytes })));
  for (const o of outputs) out(displayPath(o.abs));
  const unbuilt = report.results.filter((r) => !r.meeting).length;
  return loaded.problems.length > 0 || unbuilt > 0 || report.errors > 0 ? 1 : 0;
}
function outputNaming(sources, outDir) {
  const name = (p, ext) => `${basename(p, extname(p))}.${ext}`;
  if (outDir === void 0) return (source, ext) => join2(dirname2(resolve3(source)), name(source, ext));
  const base = commonFolder(sources.map((s) => dirname2(s))) ?? process.cwd();
  const target = resolve3(outDir);
  return (source, ext) => join2(target, relative2(base, dirname2(resolve3(source))), name(source, ext));
}
export {
  outputNaming,
  runBuild
};
