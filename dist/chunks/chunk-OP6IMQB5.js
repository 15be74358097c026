import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  analyse,
  sameSubject
} from "./chunk-IEW646I2.js";
import {
  DIRECTIVE_RULE_ID,
  addFinding,
  groupSeries,
  idPatternOf,
  isDisabled,
  isExtraordinary,
  meetingKey,
  normaliseId,
  seriesRules
} from "./chunk-AIXC6QV4.js";

// src/series/register.ts
var refOf = (m) => ({ meeting: meetingKey(m), path: m.path, ...m.date ? { date: m.date } : {} });
function buildRegister(meetings, pattern) {
  const byId = /* @__PURE__ */ new Map();
  const entries = [];
  const reviews = [];
  const missing = /* @__PURE__ */ new Map();
  const inherited = /* @__PURE__ */ new Map();
  const reviewed = /* @__PURE__ */ new Map();
  const ambiguous = [];
  let pending = /* @__PURE__ */ new Map();
  const add = (entry) => {
    byId.set(entry.key, entry);
    entries.push(entry);
  };
  for (const m of meetings) {
    const at = refOf(m);
    const seen = /* @__PURE__ */ new Set();
    const next = /* @__PURE__ */ new Map();
    for (const r of m.reviews) {
      const found = resolveReview(r, m, entries, byId);
      if (r.source === "prose" && (found.kind !== "entry" || seen.has(found.entry.key))) continue;
      if (found.kind === "ambiguous") {
        ambiguous.push({ meeting: m, review: r, candidates: found.candidates });
        for (const e of found.entries) seen.add(e.key);
        continue;
      }
      let entry = found.kind === "entry" ? found.entry : void 0;
      const review = r.outstanding;
      if (review) {
        const facts = { review, meeting: m, raisedEarlier: entry?.raisedIn !== void 0 };
        if (entry) facts.before = snapshot(entry);
        reviews.push(facts);
      }
      if (!entry) {
        if (!r.id) continue;
        entry = { id: normaliseId(r.id), key: normaliseId(r.id), targets: [], status: "open", reviews: [] };
        if (review?.action !== void 0) entry.text = review.action;
        else if (r.text !== void 0) entry.text = r.text;
        if (review?.owner !== void 0) entry.owner = review.owner;
        else if (r.ownerText !== void 0) entry.owner = r.ownerText;
        if (review?.raised !== void 0) entry.raised = review.raised;
        if (review?.target !== void 0) setTarget(entry, review.target, "review", at);
        add(entry);
      } else if (review) {
        const from = inheritedFrom(entry);
        if (from) inherited.set(review, from);
        if (entry.target === void 0 && review.target !== void 0) setTarget(entry, review.target, "review", at);
        if (entry.text === void 0 && review.action !== void 0) entry.text = review.action;
        if (entry.owner === void 0 && review.owner !== void 0) entry.owner = review.owner;
        if (entry.raised === void 0 && review.raised !== void 0) entry.raised = review.raised;
      }
      reviewed.set(r, entry);
      seen.add(entry.key);
      if (review?.revised !== void 0) setTarget(entry, review.revised, "revised", at);
      entry.reviews.push({ at, ...r.status ? { status: r.status } : {} });
      entry.lastReviewedIn = at;
      if (r.status === "closed") {
        if (entry.status !== "closed") entry.closedIn = at;
        entry.status = "closed";
      } else if (r.status === "open" || r.status === void 0 && r.source !== "front-matter") {
        entry.status = "open";
        delete entry.closedIn;
      }
      if (entry.status === "open") next.set(entry.key, { id: entry.id, key: entry.key, from: at, how: "reviewed" });
    }
    const left = [...pending.values()].filter((p) => !seen.has(p.key));
    if (!isExtraordinary(m) && left.length > 0) missing.set(m, left);
    if (isExtraordinary(m)) for (const p of left) next.set(p.key, p);
    for (const a of m.actions) {
      const key = actionKey(a, m, byId, pattern);
      if (key === void 0) continue;
      const carried = byId.get(key);
      if (carried) {
        if (carried.raisedIn?.path !== m.path && carried.status === "open") {
          carried.text = a.text;
          if (a.owner !== void 0) carried.owner = a.owner;
        }
        continue;
      }
      const entry = { id: a.id ? normaliseId(a.id) : a.identity, key, targets: [], status: "open", reviews: [], raisedIn: at, line: a, text: a.text };
      const owner = a.owner ?? (a.owners.length > 0 ? a.owners.map((o) => o.text).join(", ") : void 0);
      if (owner !== void 0) entry.owner = owner;
      if (m.date !== void 0) entry.raised = m.date;
      if (a.due !== void 0) setTarget(entry, a.due, "raised", at);
      add(entry);
      if (a.notation !== "prose" || a.id !== "") next.set(key, { id: entry.id, key, from: at, how: "raised" });
    }
    pending = next;
  }
  return { entries, byId, reviews, missing, inherited, reviewed, ambiguous, meetings };
}
function actionKey(a, m, byId, pattern) {
  if (!a.id) return a.identity || void 0;
  const id = normaliseId(a.id);
  if (a.notation === "v1" && (!pattern || pattern.placeholders.includes("meeting"))) return id;
  const earlier = byId.get(id);
  if (!earlier || earlier.raisedIn?.path === m.path) return id;
  if (a.notation === "v1" || /^\d+$/.test(id)) return `${meetingKey(m)}/${id}`;
  return id;
}
function resolveReview(r, m, entries, byId) {
  const earlier = entries.filter((e) => e.raisedIn?.path !== m.path);
  if (r.source === "prose") {
    const open = earlier.filter((e) => e.id === normaliseId(r.id) && e.status === "open");
    return open.length === 1 ? { kind: "entry", entry: open[0] } : { kind: "none" };
  }
  if (r.id) {
    const id = normaliseId(r.id);
    const same = earlier.filter((e) => e.id === id);
    const raised = r.outstanding?.raised;
    let open = same.filter((e) => e.status === "open" && (raised === void 0 || e.raised === raised));
    const text = r.text?.replace(/[\s\p{P}]*(?:done|closed|ongoing|open)[\s\p{P}]*$/iu, "");
    if (open.length > 1 && text) {
      const said = open.filter((e) => e.text !== void 0 && sameSubject2(e.text, text));
      if (said.length > 0) open = said;
    }
    if (open.length > 1) return { kind: "ambiguous", candidates: open.map((e) => e.raisedIn).filter(Boolean), entries: open };
    const entry = open[0] ?? same.at(-1) ?? byId.get(id);
    return entry ? { kind: "entry", entry } : { kind: "none" };
  }
  if (r.text === void 0) return { kind: "none" };
  if (r.source === "matters-arising") {
    const about = earlier.filter((e) => e.status === "open" && e.text !== void 0 && e.owner !== void 0 && namesOwner(r.text, e.owner) && sameSubject2(e.text, r.text));
    return about.length === 1 ? { kind: "entry", entry: about[0] } : { kind: "none" };
  }
  const match = earlier.filter((e) => e.status === "open" && e.text !== void 0 && sameSubject2(e.text, r.text) && sameOwner(e.owner, r.ownerText));
  return match.length === 1 ? { kind: "entry", entry: match[0] } : { kind: "none" };
}
var sameSubject2 = (a, b) => sameSubject(a, b, { least: 2, min: 3 });
function namesOwner(text, owner) {
  const parts = owner.replace(/^(?:the|our)\s+/i, "").split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => new RegExp(`(?<![\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu").test(text));
}
function sameOwner(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  const norm = (s) => s.toLowerCase().replace(/^(?:the|our)\s+/, "").split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean).sort().join("|");
  return norm(a) === norm(b);
}
function setTarget(entry, date, kind, at) {
  entry.targets.push({ date, kind, at });
  entry.target = date;
}
function snapshot(e) {
  const { reviews: _r, targets, ...rest } = e;
  return { ...rest, targets: [...targets] };
}
function inheritedFrom(entry) {
  if (!entry.raisedIn) return void 0;
  const inherited = {};
  if (entry.text !== void 0) inherited.action = entry.text;
  if (entry.owner !== void 0) inherited.owner = entry.owner;
  if (entry.raised !== void 0) inherited.raised = entry.raised;
  if (entry.target !== void 0) inherited.target = entry.target;
  return inherited;
}
var DAY = 864e5;
var daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
function registerRows(register, filter) {
  const owner = filter.owner?.trim().toLowerCase();
  const rows = [];
  for (const e of register.entries) {
    const overdue = e.status === "open" && e.target !== void 0 && e.target < filter.asOf;
    if (filter.open && e.status !== "open") continue;
    if (filter.overdue && !overdue) continue;
    if (owner && !(e.owner ?? "").toLowerCase().split(/\s*[/,&]\s*|\s+and\s+/).concat((e.owner ?? "").toLowerCase()).includes(owner)) continue;
    const end = e.status === "closed" ? e.closedIn?.date : filter.asOf;
    const row = {
      id: e.id,
      action: e.text ?? "",
      owner: e.owner ?? "",
      ...e.raisedIn ? { raisedMeeting: e.raisedIn.meeting } : {},
      ...e.raised ? { raised: e.raised } : {},
      ...e.target ? { target: e.target } : {},
      targetHistory: e.targets.map((t) => ({ date: t.date, kind: t.kind, meeting: t.at.meeting })),
      status: e.status,
      ...e.closedIn ? { closedMeeting: e.closedIn.meeting } : {},
      ...e.closedIn?.date ? { closedDate: e.closedIn.date } : {},
      ...e.lastReviewedIn ? { lastReviewed: e.lastReviewedIn.meeting } : {},
      ...e.raised && end ? { ageDays: daysBetween(e.raised, end) } : {},
      overdue
    };
    rows.push(row);
  }
  return rows;
}

// src/core/release-syntax.ts
function releaseSyntax(a) {
  delete a.tree;
  const m = a.meeting;
  if (!m) return;
  m.preamble = [];
  const strip = (items) => {
    for (const item of items) {
      item.content = [];
      strip(item.children);
    }
  };
  strip(m.agenda);
  for (const action of m.actions) action.content = [];
}

// src/series/resolve.ts
function resolveSeries(meetings, config) {
  return { config, meetings, register: buildRegister(meetings, idPatternOf(config)) };
}
function resolveAll(meetings, configFor) {
  return groupSeries(meetings, configFor).map((g) => resolveSeries(g.meetings, g.config));
}
function inheritedOf(series, review) {
  return series?.register.inherited.get(review) ?? {};
}

// src/core/check.ts
function check(inputs, options) {
  const analyses = inputs.map((i, k) => {
    options.onProgress?.(k, inputs.length);
    const a = analyse(i, options.configFor(i.path), options.exists ? { exists: options.exists } : {});
    if (options.release) releaseSyntax(a);
    return a;
  });
  options.onProgress?.(inputs.length, inputs.length);
  const context = options.context ?? options.contextFor?.(analyses) ?? [];
  const meetings = [...analyses, ...context].flatMap((a) => a.meeting ? [a.meeting] : []);
  const resolved = resolveAll(meetings, options.configFor);
  const byPath = new Map(analyses.map((a) => [a.file.path, a]));
  for (const series of resolved) {
    for (const m of series.meetings) {
      const a = byPath.get(m.path);
      if (a) a.series = series;
    }
    runSeriesRules(series, byPath);
  }
  for (const a of analyses) dropDisabled(a);
  return analyses;
}
function dropDisabled(a) {
  const directives = a.directives;
  const loc = a.loc;
  if (!directives?.length || !loc) return;
  const lineOf = (offset) => loc.point(offset).line;
  a.file.messages = a.file.messages.filter((m) => m.ruleId === DIRECTIVE_RULE_ID || m.line == null || !isDisabled(directives, m.ruleId ?? "", m.line, lineOf));
}
function runSeriesRules(series, byPath) {
  for (const rule of seriesRules) {
    rule.check({
      ...series,
      report: (place, message, options) => {
        const target = byPath.get(options.path);
        if (target) addFinding(target.file, rule, series.config, place, message, options.fix);
      }
    });
  }
}

// src/core/apply-fixes.ts
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  const applied = [];
  let out = "";
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.text;
    at = f.end;
    applied.push(f);
  }
  return { text: out + text.slice(at), applied };
}

export {
  applyFixes,
  registerRows,
  resolveSeries,
  inheritedOf,
  check
};
