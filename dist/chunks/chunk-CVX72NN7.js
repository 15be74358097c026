import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  formatReport,
  loadSources
} from "./chunk-K6FGQK75.js";
import {
  check
} from "./chunk-OP6IMQB5.js";
import {
  UserError
} from "./chunk-765XEROR.js";

// src/cli/series-load.ts
async function loadSeries(dir, flags, err) {
  const loaded = await loadSources([dir ?? "."], flags);
  if (loaded.configFiles.length > 0) {
    err(formatReport(loaded.configFiles, { format: "stylish", color: false, quiet: false }).replace(/\n$/, ""));
    throw new UserError("the configuration has errors; fix them first");
  }
  if (loaded.problems.length > 0) throw new UserError(loaded.problems.join("; "), 1);
  const configFor = (p) => loaded.lookup.forFile(p).config;
  const analyses = check(loaded.inputs, { configFor });
  const resolved = [...new Set(analyses.flatMap((a) => a.series ? [a.series] : []))];
  const series = resolved.map((s) => ({ ...s, code: s.meetings[0].code }));
  const withErrors = analyses.filter((a) => a.file.messages.some((m) => m.fatal === true)).map((a) => a.file.path);
  if (withErrors.length > 0) {
    err(`minutebook: ${withErrors.length} ${withErrors.length === 1 ? "file has" : "files have"} errors (${withErrors.slice(0, 3).join(", ")}${withErrors.length > 3 ? ", \u2026" : ""}); run \`minutebook check\` for details`);
  }
  return { series, analyses, withErrors };
}
function isoDate(value, flag) {
  if (value === void 0) return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const d = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UserError(`${flag} expects a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

export {
  loadSeries,
  isoDate
};
