import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);

// src/util/tables.ts
function csvTable(header, rows) {
  const field = (v) => /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
function markdownTable(header, rows) {
  const cell = (v) => oneLine(v).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
  const line = (r) => `| ${r.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n";
}
function textTable(header, rows, o = {}) {
  const widths = header.map((h, i) => Math.max(h.length, Math.min(o.maxWidths?.[i] ?? Infinity, Math.max(0, ...rows.map((r) => r[i].length)))));
  if (o.width !== void 0 && Number.isFinite(o.width) && widths.length > 0) {
    const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
    widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1], o.width - fixed));
  }
  const right = new Set(o.right ?? []);
  const line = (r) => r.map((v, i) => right.has(i) ? clip(v, widths[i]).padStart(widths[i]) : clip(v, widths[i]).padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
var oneLine = (s) => s.replace(/\s+/g, " ").trim();
var clip = (s, w) => s.length > w ? `${s.slice(0, Math.max(0, w - 1))}\u2026` : s;

export {
  csvTable,
  markdownTable,
  textTable,
  oneLine
};
