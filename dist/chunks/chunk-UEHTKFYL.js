import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  analyse
} from "./chunk-J4EFI2GS.js";
import {
  DIRECTIVE_RULE_ID,
  addFinding,
  groupSeries,
  isDisabled,
  isExtraordinary,
  normaliseId,
  seriesRules
} from "./chunk-BG42AGZT.js";

// src/series/register.ts
var refOf = (m) => ({ meeting: m.meeting ?? "?", path: m.path, ...m.date ? { date: m.date } : {} });
function buildRegister(meetings) {
  const byId = /* @__PURE__ */ new Map();
  const entries = [];
  const reviews = [];
  const missing = /* @__PURE__ */ new Map();
  const inherited = /* @__PURE__ */ new Map();
  let pending = /* @__PURE__ */ new Map();
  for (const m of meetings) {
    const at = refOf(m);
    const reviewed = /* @__PURE__ */ new Set();
    for (const review of m.outstanding) {
      if (!review.id) continue;
      const id = normaliseId(review.id);
      reviewed.add(id);
      let entry = byId.get(id);
      const facts = { review, meeting: m, raisedEarlier: entry?.raisedIn !== void 0 };
      if (entry) facts.before = snapshot(entry);
      reviews.push(facts);
      if (!entry) {
        entry = { id, targets: [], status: "open", reviews: [] };
        if (review.action !== void 0) entry.text = review.action;
        if (review.owner !== void 0) entry.owner = review.owner;
        if (review.raised !== void 0) entry.raised = review.raised;
        if (review.target !== void 0) setTarget(entry, review.target, "review", at);
        byId.set(id, entry);
        entries.push(entry);
      } else {
        const from = inheritedFrom(entry);
        if (from) inherited.set(review, from);
        if (entry.target === void 0 && review.target !== void 0) setTarget(entry, review.target, "review", at);
        if (entry.text === void 0 && review.action !== void 0) entry.text = review.action;
        if (entry.owner === void 0 && review.owner !== void 0) entry.owner = review.owner;
        if (entry.raised === void 0 && review.raised !== void 0) entry.raised = review.raised;
      }
      if (review.revised !== void 0) setTarget(entry, review.revised, "revised", at);
      entry.reviews.push({ at, ...review.status ? { status: review.status } : {} });
      entry.lastReviewedIn = at;
      if (review.status === "closed") {
        if (entry.status !== "closed") entry.closedIn = at;
        entry.status = "closed";
      } else if (review.status === "open") {
        entry.status = "open";
        delete entry.closedIn;
      }
    }
    const left = [...pending.values()].filter((p) => !reviewed.has(p.id));
    if (!isExtraordinary(m) && left.length > 0) missing.set(m, left);
    const next = /* @__PURE__ */ new Map();
    if (isExtraordinary(m)) for (const p of left) next.set(p.id, p);
    for (const review of m.outstanding) {
      if (review.id && review.status !== "closed") next.set(normaliseId(review.id), { id: normaliseId(review.id), from: at, how: "reviewed" });
    }
    for (const a of m.actions) {
      const id = normaliseId(a.id);
      if (!id || byId.has(id)) continue;
      const entry = { id, targets: [], status: "open", reviews: [], raisedIn: at, line: a, text: a.text };
      if (a.owner !== void 0) entry.owner = a.owner;
      if (m.date !== void 0) entry.raised = m.date;
      if (a.due !== void 0) setTarget(entry, a.due, "raised", at);
      byId.set(id, entry);
      entries.push(entry);
      next.set(id, { id, from: at, how: "raised" });
    }
    pending = next;
  }
  return { entries, byId, reviews, missing, inherited, meetings };
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
  return { config, meetings, register: buildRegister(meetings) };
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
    const a = analyse(i, options.configFor(i.path));
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
