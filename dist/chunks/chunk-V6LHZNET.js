import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  analyse
} from "./chunk-UTGF7OTI.js";
import {
  addFinding,
  disableComment,
  isDisabled,
  registerOf,
  seriesRules
} from "./chunk-EOA3CJN6.js";

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

// src/core/check.ts
function check(inputs, options) {
  const analyses = inputs.map((i, k) => {
    options.onProgress?.(k, inputs.length);
    const a = analyse(i, options.configFor(i.path));
    if (options.release) releaseSyntax(a);
    return a;
  });
  options.onProgress?.(inputs.length, inputs.length);
  runSeries(analyses, options.context ?? options.contextFor?.(analyses) ?? [], options.configFor);
  for (const a of analyses) dropDisabled(a);
  return analyses;
}
function dropDisabled(a) {
  const directives = a.directives;
  const loc = a.loc;
  if (!directives?.length || !loc) return;
  const lineOf = (offset) => loc.point(offset).line;
  a.file.messages = a.file.messages.filter((m) => m.ruleId === disableComment.id || m.line == null || !isDisabled(directives, m.ruleId ?? "", m.line, lineOf));
}
function seriesOf(analyses, configFor) {
  const groups = /* @__PURE__ */ new Map();
  for (const a of analyses) {
    const m = a.meeting;
    if (!m?.code) continue;
    const config = configFor(m.path);
    const key = `${config.root ?? ""}\0${m.code}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { config, meetings: [] });
    g.meetings.push(m);
  }
  for (const g of groups.values()) g.meetings.sort(compareMeetings);
  return [...groups.values()];
}
function compareMeetings(a, b) {
  const d = (a.date ?? "").localeCompare(b.date ?? "");
  if (d !== 0) return d;
  const n = (a.meetingNumber ?? 0) - (b.meetingNumber ?? 0);
  if (n !== 0) return n;
  return (a.meetingSuffix ?? "").localeCompare(b.meetingSuffix ?? "");
}
function runSeries(analyses, context, configFor) {
  const byPath = new Map(analyses.map((a) => [a.file.path, a]));
  for (const { config, meetings } of seriesOf([...analyses, ...context], configFor)) {
    registerOf(meetings);
    for (const rule of seriesRules) {
      rule.check({
        meetings,
        config,
        report: (place, message, options) => {
          const target = byPath.get(options.path);
          if (target) addFinding(target.file, rule, config, place, message, options.fix);
        }
      });
    }
  }
}

export {
  check,
  seriesOf
};
