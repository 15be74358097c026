import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  oneLine,
  textTable
} from "./chunk-S7OI3ZSX.js";
import {
  loadSources
} from "./chunk-K6FGQK75.js";
import {
  check
} from "./chunk-OP6IMQB5.js";
import {
  seriesContext
} from "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import {
  UserError
} from "./chunk-765XEROR.js";
import {
  describeCounts,
  meetingKey
} from "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/inspect/facts.ts
var at = (s) => s ? `${s.start.line}:${s.start.column}` : void 0;

// src/inspect/facets.ts
var sections = {
  key: "sections",
  title: "Sections",
  columns: [
    { header: "number", key: "number" },
    { header: "scheme", key: "scheme" },
    { header: "title", key: "title", width: 60 },
    { header: "kind", key: "kind" },
    { header: "level", key: "level" },
    { header: "at", key: "at" }
  ],
  rows(m) {
    const out = [];
    const walk = (items) => {
      for (const i of items) {
        out.push({ number: i.written?.text, scheme: i.written?.scheme, title: i.title, kind: i.kind, level: i.level, at: at(i.span) });
        walk(i.children);
      }
    };
    walk(m.agenda);
    return out;
  }
};
var people = {
  key: "people",
  title: "People",
  columns: [
    { header: "name", key: "name", width: 40 },
    { header: "list", key: "list" },
    { header: "group", key: "group", width: 30 },
    { header: "titles", key: "titles" },
    { header: "given", key: "given" },
    { header: "surname", key: "surname" },
    { header: "role", key: "role" },
    { header: "initials", key: "initials" },
    { header: "organisation", key: "organisation", width: 30 },
    { header: "notes", key: "notes", width: 40 },
    { header: "at", key: "at" }
  ],
  rows: (m) => m.people.map((p) => {
    const notes = [
      p.representing !== void 0 ? `representing ${p.representing}` : void 0,
      p.alternateFor !== void 0 ? `alternate for ${p.alternateFor}` : void 0,
      p.part ? p.partText ?? (p.items?.length ? `part: items ${p.items.join(", ")}` : "part") : void 0,
      p.remote ? "remote" : void 0,
      p.parts.public ? `${p.parts.count ?? ""} members of the public`.trim() : void 0
    ].filter((x) => x !== void 0);
    return {
      name: p.written ?? p.name,
      list: p.list,
      group: p.group || void 0,
      titles: p.parts.titles.length ? p.parts.titles : void 0,
      given: p.parts.given,
      surname: p.parts.surname,
      role: p.role,
      initials: p.initials,
      organisation: p.organisation,
      notes: notes.length ? notes : void 0,
      at: at(p.nameSpan)
    };
  })
};
var actions = {
  key: "actions",
  title: "Actions",
  columns: [
    { header: "id", key: "id" },
    { header: "owners", key: "owners", width: 30 },
    { header: "text", key: "text", width: 60 },
    { header: "due", key: "due" },
    { header: "section", key: "section" },
    { header: "notation", key: "notation" },
    { header: "at", key: "at" }
  ],
  rows: (m) => m.actions.map((a) => ({
    id: a.id || a.identity,
    owners: a.owners.map((o) => o.text),
    text: oneLine(a.text),
    due: a.due,
    section: a.item,
    notation: a.notation,
    at: at(a.span)
  }))
};
var reviews = {
  key: "reviews",
  title: "Reviews of earlier actions",
  columns: [
    { header: "action", key: "action", width: 50 },
    { header: "status", key: "status" },
    { header: "raised in", key: "raisedIn" },
    { header: "how", key: "source" },
    { header: "at", key: "at" }
  ],
  rows(m, ctx) {
    return m.reviews.filter((r) => r.source !== "matters-arising" && r.source !== "prose" || ctx.register?.reviewed.has(r)).map((r) => {
      const entry = ctx.register?.reviewed.get(r);
      const raised = entry?.raisedIn;
      return {
        action: r.id || (r.text !== void 0 ? oneLine(r.text) : r.ref),
        // A paragraph that names the action without saying where it stands.
        status: r.status ?? (r.source === "prose" ? "mentioned" : void 0),
        raisedIn: raised ? raised.date ?? raised.meeting : void 0,
        source: r.source,
        at: at(r.span)
      };
    });
  }
};
var decisions = {
  key: "decisions",
  title: "Decisions",
  columns: [
    { header: "verb", key: "verb" },
    { header: "how", key: "kind" },
    { header: "text", key: "text", width: 70 },
    { header: "section", key: "section" },
    { header: "at", key: "at" }
  ],
  rows: (m) => m.decisions.map((d) => ({ verb: d.verb, kind: d.kind, text: oneLine(d.text), section: d.item, at: at(d.span) }))
};
var who = (n) => {
  if (!n) return void 0;
  if (n.person) return n.person.name === n.written ? `${n.written} (${n.person.list})` : `${n.written} \u2192 ${n.person.name} (${n.person.list})`;
  return `${n.written} (${n.ambiguous ? "several people" : "no list"})`;
};
var motions = {
  key: "motions",
  title: "Motions",
  columns: [
    { header: "motion", key: "text", width: 50 },
    { header: "mover", key: "mover", width: 30 },
    { header: "seconder", key: "seconder", width: 30 },
    { header: "outcome", key: "outcome" },
    { header: "votes", key: "votes" },
    { header: "section", key: "section" },
    { header: "at", key: "at" }
  ],
  rows: (m) => m.motions.map((x) => ({
    text: x.text !== void 0 ? oneLine(x.text) : void 0,
    mover: who(x.mover),
    seconder: who(x.seconder),
    outcome: x.outcome === void 0 ? "none recorded" : x.outcomeText ? `${x.outcome} (${x.outcomeText})` : x.outcome,
    votes: x.counts.length ? x.counts.map(describeCounts) : void 0,
    section: x.item,
    at: at(x.span)
  }))
};
var attendance = {
  key: "attendance",
  title: "Attendance changes",
  columns: [
    { header: "change", key: "kind" },
    { header: "who", key: "who", width: 40 },
    { header: "item", key: "item" },
    { header: "section", key: "section" },
    { header: "at", key: "at" }
  ],
  rows: (m) => m.attendanceChanges.map((c) => ({ kind: c.kind, who: who(c.who), item: c.interestItem, section: c.item, at: at(c.span) }))
};
var FACETS = [sections, people, actions, reviews, decisions, motions, attendance];

// src/inspect/inspect.ts
function inspectAnalyses(analyses, seriesOfMeeting) {
  return analyses.map((a) => {
    const m = a.meeting;
    if (!m) {
      const first = a.file.messages.find((x) => x.fatal === true) ?? a.file.messages[0];
      return { path: a.file.path, unreadable: first ? `${first.line ?? 1}:${first.column ?? 1} ${first.reason}` : "no front matter", facets: {} };
    }
    const series = seriesOfMeeting(m);
    const meeting = { key: meetingKey(m) };
    if (m.committee !== void 0) meeting.committee = m.committee;
    if (m.code !== void 0) meeting.code = m.code;
    if (m.meeting !== void 0) meeting.number = m.meeting;
    if (m.date !== void 0) meeting.date = m.date;
    if (series) {
      meeting.place = series.meetings.indexOf(m) + 1;
    }
    const facets = {};
    const ctx = series?.register ? { register: series.register } : {};
    for (const f of FACETS) facets[f.key] = f.rows(m, ctx);
    return { path: a.file.path, meeting, facets };
  });
}
function formatInspectJson(reports) {
  return JSON.stringify(reports, null, 2) + "\n";
}
function formatInspectTable(reports) {
  const out = [];
  for (const r of reports) {
    out.push(r.path);
    if (r.unreadable !== void 0) {
      out.push(`  not understood: ${r.unreadable}`, "");
      continue;
    }
    const m = r.meeting;
    const parts = [m.committee, m.number !== void 0 ? `meeting ${m.number}` : void 0, m.date, m.place !== void 0 ? `${ordinal(m.place)} in its series` : void 0].filter(Boolean);
    out.push(`  Meeting: ${parts.join(", ")} (key ${m.key})`);
    for (const f of FACETS) {
      const rows = r.facets[f.key] ?? [];
      out.push("", `  ${f.title}: ${rows.length === 0 ? "none" : rows.length}`);
      if (rows.length > 0) out.push(...table(f.columns, rows).map((l) => `    ${l}`));
    }
    out.push("");
  }
  return out.join("\n");
}
var cell = (v) => v === void 0 ? "" : Array.isArray(v) ? v.join(", ") : String(v);
function table(columns, rows) {
  const cells = rows.map((r) => columns.map((c) => cell(r[c.key])));
  return textTable(columns.map((c) => c.header), cells, { maxWidths: columns.map((c) => c.width) });
}
var ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

// src/cli/commands/inspect.ts
async function runInspect(files, flags, out, err) {
  const loaded = await loadSources(files, flags);
  if (loaded.configFiles.length > 0) throw new UserError("the configuration has errors; run `minutebook check` for details");
  const configFor = (p) => loaded.lookup.forFile(p).config;
  const contextFor = seriesContext(loaded.lookup);
  const analyses = check(loaded.inputs, { configFor, contextFor });
  const bySeries = new Map(analyses.flatMap((a) => a.meeting && a.series ? [[a.meeting, a.series]] : []));
  const reports = inspectAnalyses(analyses, (m) => bySeries.get(m));
  out(flags.format === "json" ? formatInspectJson(reports) : formatInspectTable(reports));
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  return loaded.problems.length > 0 || reports.some((r) => r.unreadable !== void 0) ? 1 : 0;
}
export {
  runInspect
};
