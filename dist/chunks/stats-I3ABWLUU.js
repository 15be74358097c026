import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  csvTable,
  markdownTable,
  textTable
} from "./chunk-S7OI3ZSX.js";
import {
  terminalWidth
} from "./chunk-5S6PEURO.js";
import {
  pickSeries
} from "./chunk-KKGUCNFZ.js";
import "./chunk-2M3MILXS.js";
import {
  isoDate,
  loadSeries
} from "./chunk-CVX72NN7.js";
import {
  writeAtomic
} from "./chunk-K6FGQK75.js";
import "./chunk-OP6IMQB5.js";
import "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import {
  displayPath
} from "./chunk-765XEROR.js";
import {
  identities,
  motionFacts
} from "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/series/decisions.ts
function decisionRows(meetings, f) {
  const verbs = f.verbs?.map((v) => v.toUpperCase());
  const text = f.text?.toLowerCase();
  const rows = [];
  for (const m of meetings) {
    if (f.since && (!m.date || m.date < f.since)) continue;
    if (f.until && (!m.date || m.date > f.until)) continue;
    const titles = /* @__PURE__ */ new Map();
    const index = (items) => items.forEach((i) => {
      titles.set(i.number, i.title);
      index(i.children);
    });
    index(m.agenda);
    for (const d of m.decisions) {
      if (verbs && !verbs.includes(d.verb.toUpperCase())) continue;
      if (text && !d.text.toLowerCase().includes(text)) continue;
      rows.push({
        meeting: m.meeting ?? "?",
        ...m.date ? { date: m.date } : {},
        ...d.item ? { item: d.item } : {},
        ...d.item && titles.has(d.item) ? { itemTitle: titles.get(d.item) } : {},
        verb: d.verb,
        text: d.text.replace(/\s+/g, " ").trim(),
        ...d.motion ? motionFacts(d.motion) : {},
        path: m.path,
        line: d.span.start.line
      });
    }
  }
  return rows;
}
function formatDecisions(rows, format, width = Infinity) {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  const cols = [
    ["Meeting", (r) => r.meeting],
    ["Date", (r) => r.date ?? ""],
    ["Item", (r) => r.item ? `${r.item}${r.itemTitle ? ` ${r.itemTitle}` : ""}` : ""],
    ["Verb", (r) => r.verb],
    ["Decision", (r) => r.text]
  ];
  if (rows.some((r) => r.mover || r.seconder || r.result)) {
    cols.splice(4, 0, ["Motion", (r) => [r.mover && `moved ${r.mover}`, r.seconder && `seconded ${r.seconder}`, r.result].filter(Boolean).join("; ")]);
  }
  if (format === "csv") {
    return csvTable(["meeting", "date", "item", "item_title", "verb", "text", "file", "line", "mover", "seconder", "result"], rows.map((r) => [r.meeting, r.date ?? "", r.item ?? "", r.itemTitle ?? "", r.verb, r.text, r.path, String(r.line), r.mover ?? "", r.seconder ?? "", r.result ?? ""]));
  }
  if (rows.length === 0) return "No decisions match.\n";
  const header = cols.map(([h]) => h);
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  if (format === "markdown") return markdownTable(header, cells);
  const maxWidths = header.map((h) => ({ Item: 32, Motion: 60, Decision: 1e3 })[h]);
  return textTable(header, cells, { maxWidths, width }).join("\n") + "\n";
}

// src/series/stats.ts
function seriesStats(meetings, roster, register) {
  const ids = identities(roster);
  const members = [];
  const byKey = /* @__PURE__ */ new Map();
  const addMember = (m) => {
    if (!byKey.has(m.key)) {
      byKey.set(m.key, m);
      members.push(m);
    }
  };
  if (roster.length > 0) {
    for (const r of roster) addMember({ key: ids.key(r.name), name: r.name, category: r.category, ...r.since ? { since: r.since } : {}, ...r.until ? { until: r.until } : {} });
  } else {
    for (const m of meetings) {
      for (const g of m.attendees) for (const p of g.people) addMember({ key: ids.key(p.alternateFor ?? p.name), name: p.alternateFor ?? p.name, category: g.name });
      for (const g of m.apologies) for (const p of g.people) addMember({ key: ids.key(p.name), name: p.name, category: g.name });
    }
  }
  const stats = members.map((m) => ({ name: m.name, category: m.category, present: 0, alternate: 0, apologies: 0, absent: 0, eligible: 0, record: [] }));
  const perMeeting = [];
  const opened = openCounts(meetings, register);
  meetings.forEach((meeting, i) => {
    const seen = /* @__PURE__ */ new Map();
    for (const p of meeting.attendees.flatMap((g) => g.people)) {
      if (p.alternateFor) {
        const k = ids.key(p.alternateFor);
        if (!seen.has(k)) seen.set(k, "alternate");
      } else seen.set(ids.key(p.name), "present");
    }
    for (const p of meeting.apologies.flatMap((g) => g.people)) {
      const k = ids.key(p.name);
      if (!seen.has(k)) seen.set(k, "apologies");
    }
    const row = {
      meeting: meeting.meeting ?? "?",
      ...meeting.date ? { date: meeting.date } : {},
      present: 0,
      alternate: 0,
      apologies: 0,
      absent: 0,
      participants: meeting.participants.reduce((n2, g) => n2 + g.people.length, 0),
      openActions: opened[i]
    };
    members.forEach((m, j) => {
      const inOffice = !meeting.date || (!m.since || m.since <= meeting.date) && (!m.until || meeting.date <= m.until);
      const s = stats[j];
      const a = seen.get(m.key);
      if (!inOffice && a === void 0) {
        s.record.push(void 0);
        return;
      }
      const what = a ?? "absent";
      s.record.push(what);
      s.eligible++;
      s[what]++;
      row[what]++;
    });
    perMeeting.push(row);
  });
  for (const s of stats) if (s.eligible > 0) s.rate = (s.present + s.alternate) / s.eligible;
  return { members: stats, meetings: perMeeting };
}
function openCounts(meetings, register) {
  const index = new Map(meetings.map((m, i) => [m.path, i]));
  const counts = meetings.map(() => 0);
  for (const e of register.entries) {
    const first = e.raisedIn ? index.get(e.raisedIn.path) : e.reviews[0] ? index.get(e.reviews[0].at.path) : void 0;
    if (first === void 0) continue;
    const closed = e.closedIn ? index.get(e.closedIn.path) : void 0;
    for (let i = first; i < meetings.length && (closed === void 0 || i < closed); i++) counts[i]++;
  }
  return counts;
}

// src/series/stats-format.ts
var pct = (r) => r === void 0 ? "" : `${Math.round(r * 100)}%`;
var MARK = { present: "P", alternate: "A", apologies: "a", absent: "-" };
function formatStats(s, format) {
  if (format === "json") return JSON.stringify(s, null, 2) + "\n";
  if (format === "csv") {
    const head = ["category", "name", "present", "alternate", "apologies", "absent", "eligible", "rate", ...s.meetings.map((m) => `meeting_${m.meeting}`)];
    const rows2 = s.members.map((m) => [m.category, m.name, m.present, m.alternate, m.apologies, m.absent, m.eligible, m.rate === void 0 ? "" : m.rate.toFixed(3), ...m.record.map((r) => r ?? "")].map(String));
    return csvTable(head, rows2);
  }
  const header = ["Member", "Category", "Present", "Alternate", "Apologies", "Absent", "Rate", s.meetings.map((m) => m.meeting).join(" ")];
  const rows = s.members.map((m) => [m.name, m.category, String(m.present), String(m.alternate), String(m.apologies), String(m.absent), pct(m.rate), m.record.map((r, i) => (r ? MARK[r] : " ").padEnd(s.meetings[i].meeting.length)).join(" ")]);
  const totals = s.meetings.map((m) => `${m.meeting}: ${m.present} present, ${m.alternate} by alternate, ${m.apologies} apologies, ${m.absent} absent; ${m.openActions} open actions`);
  return [...textTable(header, rows, { right: [2, 3, 4, 5, 6] }), "", "P present, A by an alternate, a apologies, - absent, blank not in office", "", ...totals].join("\n") + "\n";
}
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var n = (v) => (Math.round(v * 10) / 10).toString();
function statsSvg(s, title) {
  const W = 760;
  const H = 400;
  const left = 56;
  const right = 56;
  const top = 56;
  const bottom = 72;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const count = Math.max(1, s.meetings.length);
  const slot = plotW / count;
  const barW = Math.min(48, slot * 0.6);
  const maxMembers = Math.max(1, ...s.meetings.map((m) => m.present + m.alternate + m.apologies + m.absent));
  const maxOpen = Math.max(1, ...s.meetings.map((m) => m.openActions));
  const yTicks = ticks(maxMembers);
  const oTicks = ticks(maxOpen);
  const yMax = yTicks[yTicks.length - 1];
  const oMax = oTicks[oTicks.length - 1];
  const y = (v) => top + plotH - v / yMax * plotH;
  const yo = (v) => top + plotH - v / oMax * plotH;
  const colours = [
    ["present", "#1f5f8b", "Present"],
    ["alternate", "#5b9bd5", "By an alternate"],
    ["apologies", "#f4b183", "Apologies"],
    ["absent", "#d9d9d9", "Absent"]
  ];
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Arial, Helvetica, sans-serif" font-size="12">`);
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="24" font-size="16" font-weight="bold" fill="#222222">${esc(title)}</text>`);
  for (const t of yTicks) {
    out.push(`<line x1="${left}" y1="${n(y(t))}" x2="${W - right}" y2="${n(y(t))}" stroke="#eeeeee"/>`);
    out.push(`<text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" fill="#444444">${t}</text>`);
  }
  out.push(`<text transform="translate(16 ${n(top + plotH / 2)}) rotate(-90)" text-anchor="middle" fill="#444444">Members</text>`);
  for (const t of oTicks) out.push(`<text x="${W - right + 6}" y="${n(yo(t) + 4)}" fill="#7f3f00">${t}</text>`);
  out.push(`<text transform="translate(${W - 14} ${n(top + plotH / 2)}) rotate(90)" text-anchor="middle" fill="#7f3f00">Open actions</text>`);
  s.meetings.forEach((m, i) => {
    const cx = left + slot * i + slot / 2;
    let base = 0;
    for (const [key, colour, label] of colours) {
      const v = m[key];
      if (v > 0) {
        out.push(`<rect x="${n(cx - barW / 2)}" y="${n(y(base + v))}" width="${n(barW)}" height="${n(y(base) - y(base + v))}" fill="${colour}"><title>Meeting ${esc(m.meeting)}: ${v} ${label.toLowerCase()}</title></rect>`);
      }
      base += v;
    }
    out.push(`<text x="${n(cx)}" y="${top + plotH + 16}" text-anchor="middle" fill="#222222">${esc(m.meeting)}</text>`);
    if (m.date && (count <= 12 || i % Math.ceil(count / 12) === 0)) out.push(`<text x="${n(cx)}" y="${top + plotH + 30}" text-anchor="middle" font-size="10" fill="#666666">${esc(m.date)}</text>`);
  });
  out.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}" stroke="#888888"/>`);
  const pts = s.meetings.map((m, i) => `${n(left + slot * i + slot / 2)},${n(yo(m.openActions))}`);
  if (pts.length > 1) out.push(`<polyline points="${pts.join(" ")}" fill="none" stroke="#c55a11" stroke-width="2.5"/>`);
  s.meetings.forEach((m, i) => out.push(`<circle cx="${n(left + slot * i + slot / 2)}" cy="${n(yo(m.openActions))}" r="4" fill="#c55a11"><title>Meeting ${esc(m.meeting)}: ${m.openActions} open actions</title></circle>`));
  let lx = left;
  const ly = H - 22;
  for (const [, colour, label] of colours) {
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${colour}"/><text x="${lx + 16}" y="${ly}" fill="#222222">${label}</text>`);
    lx += 28 + label.length * 6.5;
  }
  out.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="#c55a11" stroke-width="2.5"/><text x="${lx + 24}" y="${ly}" fill="#222222">Open actions</text>`);
  out.push("</svg>");
  return out.join("\n") + "\n";
}
function ticks(max) {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3].find((st) => max / st <= 6) ?? Math.ceil(max / 5);
  const out = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

// src/cli/commands/stats.ts
async function runStats(dir, flags, out, err) {
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? ".");
  const stats = seriesStats(s.meetings, s.config.roster, s.register);
  out(formatStats(stats, flags.format));
  if (flags.svg) {
    const name = s.config.committee ?? s.meetings[0]?.committee ?? s.code;
    writeAtomic(flags.svg, statsSvg(stats, `${name}: attendance and open actions`));
    err(`minutebook: wrote ${displayPath(flags.svg)}`);
  }
  return 0;
}
async function runDecisions(dir, flags, out, err) {
  const since = flags.since === void 0 ? void 0 : isoDate(flags.since, "--since");
  const until = flags.until === void 0 ? void 0 : isoDate(flags.until, "--until");
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? ".");
  const rows = decisionRows(s.meetings, {
    ...flags.verb ? { verbs: flags.verb.split(",").map((v) => v.trim()).filter(Boolean) } : {},
    ...flags.text ? { text: flags.text } : {},
    ...since ? { since } : {},
    ...until ? { until } : {}
  });
  out(formatDecisions(rows, flags.format, terminalWidth()));
  return 0;
}
export {
  runDecisions,
  runStats
};
