import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  formats,
  hasFormat,
  loadRenderer
} from "./chunk-7CGEAMMF.js";
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
} from "./chunk-JS3N77E2.js";
import {
  check,
  inheritedOf
} from "./chunk-OKIR4WVL.js";
import {
  seriesContext
} from "./chunk-MYFBHF5B.js";
import "./chunk-YFGH5TRL.js";
import {
  UserError,
  displayPath
} from "./chunk-A7U2EHOR.js";
import {
  parseMarkdown
} from "./chunk-Q3T3NFGY.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/cli/commands/build.ts
import { mkdirSync } from "node:fs";
import { basename, dirname as dirname2, extname, join as join2, relative as relative2, resolve as resolve3 } from "node:path";

// src/model/review-update.ts
function reviewUpdateBlocks(text) {
  return parseMarkdown("\n" + text).children.filter((n) => n.type !== "yaml");
}

// src/render/view-model.ts
var STATUS_TEXT = { draft: "Draft Minutes", final: "Minutes", approved: "Approved Minutes" };
var BANNERS = {
  clear: { label: "TLP:CLEAR", colour: "#FFFFFF", background: "#000000", text: "Disclosure is not limited: this document may be shared and published freely, subject to copyright." },
  white: { label: "TLP:WHITE", colour: "#FFFFFF", background: "#000000", text: "Disclosure is not limited: this document may be shared and published freely, subject to copyright." },
  green: { label: "TLP:GREEN", colour: "#33FF00", background: "#000000", text: "Limited disclosure: this document may be shared within the community, but not published or posted online." },
  amber: { label: "TLP:AMBER", colour: "#FFC000", background: "#000000", text: "Limited disclosure: recipients may share this document only within their organisation and with its clients, on a need-to-know basis." },
  "amber+strict": { label: "TLP:AMBER+STRICT", colour: "#FFC000", background: "#000000", text: "Limited disclosure: recipients may share this document only within their own organisation, on a need-to-know basis." },
  red: { label: "TLP:RED", colour: "#FF2B2B", background: "#000000", text: "For the named recipients only: this document must not be shared with anyone else." }
};
function buildViewModel(meeting, config, series) {
  const dates = dateFormatter(config);
  const decisionByNode = /* @__PURE__ */ new Map();
  for (const d of meeting.decisions) if (d.node.type === "paragraph") decisionByNode.set(d.node, d);
  const actionByNode = /* @__PURE__ */ new Map();
  for (const a of meeting.actions) actionByNode.set(a.node, a);
  const itemTitles = /* @__PURE__ */ new Map();
  const indexTitles = (items) => {
    for (const i of items) {
      itemTitles.set(i.number, i.title);
      indexTitles(i.children);
    }
  };
  indexTitles(meeting.agenda);
  const viewAction = (a) => {
    const v = { id: a.id, text: a.text, content: a.content, attributes: { ...a.attributes } };
    if (a.owner !== void 0) v.owner = a.owner;
    const due = a.due !== void 0 ? dates(a.due) : void 0;
    if (due) v.due = due;
    if (a.item !== void 0) v.item = a.item;
    return v;
  };
  const viewDecision = (d) => {
    const text = d.node.type === "listItem" ? d.text.replace(/\s*[;,]?\s*(?:and|or)?\s*$/, "").replace(/;$/, "") : d.text;
    const v = { verb: d.verb, text };
    if (d.item !== void 0) {
      v.item = d.item;
      const t = itemTitles.get(d.item);
      if (t !== void 0) v.itemTitle = t;
    }
    return v;
  };
  const placement = meeting.outstandingPlacement;
  const toBlocks = (nodes, leadingOutstanding) => {
    const blocks = [];
    if (leadingOutstanding) blocks.push({ kind: "outstanding" });
    const pushMarkdown = (n) => {
      const last = blocks[blocks.length - 1];
      if (last?.kind === "markdown") last.nodes.push(n);
      else blocks.push({ kind: "markdown", nodes: [n] });
    };
    for (const n of nodes) {
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
    number: item.number,
    title: item.title,
    titleContent: item.titleContent,
    depth: item.depth === 2 ? 1 : 2,
    blocks: toBlocks(item.content, placement.kind === "after" && placement.node === item.heading),
    children: item.children.map(viewItem)
  });
  const attendees = meeting.attendees.map((g) => viewGroup(g));
  const participants = meeting.participants.map((g) => viewGroup(g));
  const apologies = meeting.apologies.map((g) => viewGroup(g));
  const outstanding = meeting.outstanding.map((r) => viewReview(r, inheritedOf(series, r), dates));
  const newActions = meeting.actions.map(viewAction);
  const decisions = meeting.decisions.map(viewDecision);
  const count = (gs) => gs.reduce((n, g) => n + g.people.length, 0);
  const vm = {
    locale: dates.locale,
    source: meeting.path,
    titleBlock: titleBlock(meeting, dates),
    attendees,
    participants,
    apologies,
    preamble: toBlocks(meeting.preamble, false),
    outstandingBeforeAgenda: placement.kind === "before-agenda",
    agenda: meeting.agenda.map(viewItem),
    outstanding,
    newActions,
    decisions,
    nextMeetings: meeting.nextMeetings.map((n) => ({ label: n.label ?? "Next meeting", date: dates(n.date), ...n.venue !== void 0 ? { venue: n.venue } : {} })),
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
  if (classification !== void 0 && classification.trim() !== "") vm.banner = banner(classification);
  const secretariat = meeting.secretariat ?? config.secretariat;
  if (secretariat !== void 0) vm.secretariat = secretariat;
  return vm;
}
function banner(classification) {
  const key = classification.trim().toLowerCase().replace(/^tlp\s*:\s*/, "").replace(/\s*\+\s*/, "+");
  const known = BANNERS[key];
  if (known) return { level: key, ...known };
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
function titleBlock(m, dates) {
  const t = { title: m.title, status: m.status, statusText: STATUS_TEXT[m.status] ?? STATUS_TEXT.draft };
  if (m.committee !== void 0) t.committee = m.committee;
  if (m.code !== void 0) t.code = m.code;
  if (m.meeting !== void 0) t.meeting = m.meeting;
  if (m.reference !== void 0) t.reference = m.reference;
  if (m.date !== void 0) t.date = dates(m.date);
  if (m.start !== void 0) t.start = m.start;
  if (m.end !== void 0) t.end = m.end;
  if (m.start !== void 0) t.time = m.end !== void 0 ? `${m.start} \u2013 ${m.end}` : m.start;
  if (m.venue !== void 0) t.venue = m.venue;
  return t;
}
function viewGroup(g) {
  return { name: g.name, people: g.people.map(viewPerson) };
}
var ROLE_TEXT = { chair: "Chair", secretary: "Meeting Secretary" };
function viewPerson(p) {
  const annotations = [];
  if (p.role !== void 0 && p.role.trim() !== "") {
    const r = p.role.trim();
    annotations.push({ kind: "role", text: `(${ROLE_TEXT[r.toLowerCase()] ?? r})` });
  }
  if (p.alternateFor !== void 0) annotations.push({ kind: "alternate", text: `(Alternate for ${p.alternateFor})` });
  if (p.part) annotations.push({ kind: "part", text: "(Part)" });
  if (p.items !== void 0 && p.items.length > 0) {
    const list = p.items.length === 1 ? p.items[0] : `${p.items.slice(0, -1).join(", ")} and ${p.items[p.items.length - 1]}`;
    annotations.push({ kind: "items", text: `(agenda ${p.items.length === 1 ? "item" : "items"} ${list})` });
  }
  if (p.remote) annotations.push({ kind: "remote", text: "(remote)" });
  if (p.proxyTo !== void 0) annotations.push({ kind: "proxy", text: `(vote held by ${p.proxyTo})` });
  const v = { name: p.name, annotations, display: [p.name, ...annotations.map((a) => a.text)].join(" ") };
  if (p.role !== void 0) v.role = p.role;
  if (p.initials !== void 0) v.initials = p.initials;
  return v;
}
function viewReview(r, inherited, dates) {
  const pick = (k) => r[k] ?? inherited[k];
  const status = r.status ?? "unknown";
  const row = {
    id: r.id,
    update: r.update !== void 0 ? reviewUpdateBlocks(r.update) : [],
    revisedText: "N/A",
    status,
    statusText: status === "open" ? "Open" : status === "closed" ? "Closed" : ""
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
  const analyses = check(inputs, { configFor: options.configFor, ...options.context ? { context: options.context } : {}, ...options.contextFor ? { contextFor: options.contextFor } : {} });
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
    const view = buildViewModel(meeting, config, result.series);
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
      else if (name.endsWith(".hbs")) {
        const key = relative(folder, path).split(sep).join("/").slice(0, -".hbs".length);
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
          this.warn(`minutebook: ${source.path}: not a template minutebook uses (expected e.g. html/minutes.hbs or html/partials/<name>.hbs under ${displayPath(key)})`);
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
var cache = /* @__PURE__ */ new Map();
function referenceDocAssets(flag, config) {
  const path = flag !== void 0 ? resolve2(flag) : config.referenceDocx !== void 0 ? resolve2(config.base ?? config.root ?? ".", config.referenceDocx) : void 0;
  if (path === void 0) return void 0;
  const hit = cache.get(path);
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
  cache.set(path, assets);
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
    report = await build(loaded.inputs, { configFor, formats: formats2, templatesFor, assetsFor, outputPath, force: flags.force, contextFor: seriesContext(loaded.lookup), onProgress: shown.update });
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
