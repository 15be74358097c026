import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  csvTable,
  markdownTable,
  oneLine,
  textTable
} from "./chunk-S7OI3ZSX.js";
import {
  terminalWidth
} from "./chunk-5S6PEURO.js";
import {
  isoDate,
  loadSeries
} from "./chunk-CVX72NN7.js";
import {
  writeAtomic
} from "./chunk-K6FGQK75.js";
import {
  registerRows
} from "./chunk-OP6IMQB5.js";
import "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import "./chunk-765XEROR.js";
import "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/series/register-format.ts
var raisedText = (r) => r.raised ? `${r.raised}${r.raisedMeeting ? ` (${r.raisedMeeting})` : ""}` : "";
var closedText = (r) => r.closedMeeting ? `${r.closedMeeting}${r.closedDate ? ` (${r.closedDate})` : ""}` : "";
var targetText = (r) => r.targetHistory.map((t, i) => i === 0 ? t.date : `${t.date} (rev. ${t.meeting})`).join(" \u2192 ");
var ageText = (r) => r.ageDays === void 0 ? "" : `${r.ageDays}d`;
var COLUMNS = [
  ["ID", (r) => r.id],
  ["Owner", (r) => r.owner],
  ["Raised", raisedText],
  ["Target", targetText],
  ["Status", (r) => r.status],
  ["Closed", closedText],
  ["Age", ageText],
  ["Overdue", (r) => r.overdue ? "yes" : ""],
  ["Action", (r) => r.action]
];
function formatRegister(all, format, width = Infinity) {
  switch (format) {
    case "json":
      return JSON.stringify(all.flatMap((s) => s.rows.map((r) => ({ series: s.code, ...r }))), null, 2) + "\n";
    case "csv":
      return csv(all);
    case "markdown":
      return all.map((s) => markdown(s, all.length > 1)).join("\n");
    case "html":
      return html(all);
    default:
      return all.map((s) => table(s, all.length > 1, width)).join("\n");
  }
}
function table(s, titled, width) {
  const head = titled ? `${s.code}${s.committee ? ` \u2014 ${s.committee}` : ""}
` : "";
  if (s.rows.length === 0) return `${head}No actions match.
`;
  const cells = s.rows.map((r) => COLUMNS.map(([, f]) => oneLine(f(r))));
  return head + textTable(COLUMNS.map(([h]) => h), cells, { width }).join("\n") + "\n";
}
function markdown(s, titled) {
  const head = titled ? `## ${s.code}${s.committee ? ` \u2014 ${s.committee}` : ""}

` : "";
  if (s.rows.length === 0) return `${head}No actions match.
`;
  return head + markdownTable(COLUMNS.map(([h]) => h), s.rows.map((r) => COLUMNS.map(([, f]) => f(r))));
}
var CSV_COLUMNS = [
  ["series", (_r, code) => code],
  ["id", (r) => r.id],
  ["action", (r) => r.action],
  ["owner", (r) => r.owner],
  ["raised_meeting", (r) => r.raisedMeeting ?? ""],
  ["raised", (r) => r.raised ?? ""],
  ["target", (r) => r.target ?? ""],
  ["target_history", (r) => r.targetHistory.map((t) => `${t.date} ${t.kind} at ${t.meeting}`).join("; ")],
  ["status", (r) => r.status],
  ["closed_meeting", (r) => r.closedMeeting ?? ""],
  ["closed", (r) => r.closedDate ?? ""],
  ["age_days", (r) => r.ageDays === void 0 ? "" : String(r.ageDays)],
  ["overdue", (r) => r.overdue ? "true" : "false"]
];
function csv(all) {
  return csvTable(CSV_COLUMNS.map(([h]) => h), all.flatMap((s) => s.rows.map((r) => CSV_COLUMNS.map(([, f]) => f(r, s.code)))));
}
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function html(all) {
  const title = all.length === 1 ? `Action register \u2014 ${all[0].committee ?? all[0].code}` : "Action register";
  const sections = all.map((s) => {
    const rows = s.rows.map((r) => {
      const cls = [r.status, r.overdue ? "overdue" : ""].filter(Boolean).join(" ");
      return `<tr class="${cls}">${COLUMNS.map(([h, f]) => `<td data-col="${esc(h.toLowerCase())}">${esc(f(r))}</td>`).join("")}</tr>`;
    });
    const head = `<tr>${COLUMNS.map(([h]) => `<th scope="col">${esc(h)}</th>`).join("")}</tr>`;
    const body = s.rows.length ? rows.join("\n") : `<tr><td colspan="${COLUMNS.length}">No actions match.</td></tr>`;
    return `<section>
<h2>${esc(s.code)}${s.committee ? ` \u2014 ${esc(s.committee)}` : ""}</h2>
<table>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; margin: 2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
tr.closed td { color: #555; }
tr.overdue td[data-col="target"], tr.overdue td[data-col="overdue"] { color: #a00; font-weight: bold; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
${sections.join("\n")}
</body>
</html>
`;
}

// src/cli/commands/actions.ts
async function runActions(dir, flags, out, err) {
  const asOf = isoDate(flags.asOf, "--as-of");
  const { series } = await loadSeries(dir, flags, err);
  const all = series.map((s) => ({
    code: s.code,
    ...s.config.committee ?? s.meetings[0]?.committee ? { committee: s.config.committee ?? s.meetings[0]?.committee } : {},
    rows: registerRows(s.register, { open: flags.open, overdue: flags.overdue, asOf, ...flags.owner ? { owner: flags.owner } : {} })
  }));
  const text = formatRegister(all, flags.format, flags.output ? Infinity : terminalWidth());
  if (flags.output) writeAtomic(flags.output, text);
  else out(text);
  return 0;
}
export {
  runActions
};
