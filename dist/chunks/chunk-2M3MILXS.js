import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  PLACEHOLDER,
  idPatternOf,
  isExtraordinary,
  normaliseName
} from "./chunk-AIXC6QV4.js";

// src/series/new-meeting.ts
var DAY = 864e5;
var addDays = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
function yamlString(s) {
  const plain = /^[A-Za-z][\w .,'()&/+–-]*$/.test(s) && !/[ ]$/.test(s) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(s) && !/ #|: /.test(s);
  return plain ? s : JSON.stringify(s);
}
var STANDING = /action|any other business|\baob\b|apolog|welcome|previous meeting|minutes of|next meeting/i;
var DEFAULT_ITEMS = ["Welcome and Apologies", "Minutes of the Previous Meeting", "Actions Outstanding", "Any Other Business"];
function newMeeting(latest, meetings, register, config, o = {}) {
  const number = `${(latest.meetingNumber ?? 0) + 1}`;
  const next = latest.nextMeetings.find((n) => latest.date === void 0 || n.date > latest.date);
  let date = o.date ?? next?.date;
  let dateNote = "";
  if (date === void 0) {
    const ordinary = meetings.filter((m) => m.date && !isExtraordinary(m));
    const prev = ordinary[ordinary.length - 2];
    const gap = prev?.date && latest.date ? Math.round((Date.parse(latest.date) - Date.parse(prev.date)) / DAY) : 28;
    date = addDays(latest.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), gap > 0 ? gap : 28);
    dateNote = `  # ${PLACEHOLDER}: confirm the date`;
  }
  const code = latest.code ?? config.code ?? "MEETING";
  const lines = ["---", `# Written by \`minutebook new\` from ${baseName(latest.path)}. Fill in every placeholder, then run \`minutebook check\`.`];
  const put = (k, v) => v !== void 0 && lines.push(`${k}: ${yamlString(v)}`);
  if (config.committee === void 0) put("committee", latest.committee);
  if (config.code === void 0) put("code", latest.code);
  lines.push(`meeting: ${number}`, `date: ${date}${dateNote}`);
  put("venue", (o.date === void 0 ? next?.venue : void 0) ?? latest.venue);
  lines.push("status: draft");
  if (config.classification === void 0) put("classification", latest.classification);
  if (config.secretariat === void 0) put("secretariat", latest.secretariat);
  lines.push(`attendees:  # ${PLACEHOLDER}: list who attended; move members who sent apologies to \`apologies\``);
  for (const [group, people] of attendeeSkeleton(latest, config.roster, date)) {
    lines.push(`  ${yamlString(group)}:`);
    for (const p of people) lines.push(`    - ${p}`);
  }
  const helpers = latest.participants.flatMap((g) => g.people.filter((p) => p.role === "secretary").map((p) => [g.name, p]));
  if (helpers.length > 0) {
    lines.push("participants:");
    for (const [group, p] of helpers) lines.push(`  ${yamlString(group)}:`, `    - { name: ${yamlString(p.name)}, role: secretary }`);
  }
  const open = register.entries.filter((e) => e.status === "open");
  if (open.length > 0) {
    lines.push("outstanding:");
    for (const e of open) {
      lines.push(`  - id: ${yamlString(e.id)}`);
      if (e.text !== void 0) lines.push(`    action: ${yamlString(e.text)}`);
      if (e.owner !== void 0) lines.push(`    owner: ${yamlString(e.owner)}`);
      if (e.raised !== void 0) lines.push(`    raised: ${e.raised}`);
      if (e.target !== void 0) lines.push(`    target: ${e.target}`);
      lines.push("    status: open", `    update: "${PLACEHOLDER}: what was reported; set status: closed when done"`);
    }
  }
  const later = latest.nextMeetings.filter((n) => n.date > date);
  if (later.length > 0) {
    lines.push("next_meetings:");
    for (const n of later) {
      const parts = [`date: ${n.date}`];
      if (n.label !== void 0) parts.push(`label: ${yamlString(n.label)}`);
      if (n.venue !== void 0) parts.push(`venue: ${yamlString(n.venue)}`);
      lines.push(`  - { ${parts.join(", ")} }`);
    }
  }
  lines.push("---", "");
  const standing = latest.agenda.map((i) => i.title).filter((t) => STANDING.test(t));
  const items = standing.length >= 2 ? standing : DEFAULT_ITEMS;
  const aob = items.findIndex((t) => /any other business|\baob\b/i.test(t));
  const agenda = aob >= 0 ? [...items.slice(0, aob), `${PLACEHOLDER}: agenda item`, ...items.slice(aob)] : [...items, `${PLACEHOLDER}: agenda item`];
  agenda.forEach((title, i) => {
    lines.push(`## ${i + 1}. ${title}`, "");
    if (/action/i.test(title) && !title.startsWith(PLACEHOLDER)) lines.push(`${PLACEHOLDER}: summarise the review of the outstanding actions.`, "");
    else if (!title.startsWith(PLACEHOLDER)) lines.push(`${PLACEHOLDER}: record this item.`, "");
    else lines.push(`${PLACEHOLDER}: record the discussion, the decisions and the actions (ACTION ${idPatternOf(config).format({ code, meeting: String(number), seq: 1, date })}: \u2026).`, "");
  });
  const slug = code.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "meeting";
  return { fileName: `${date}-${slug}-${number}.md`, meeting: number, date, text: lines.join("\n"), actions: open.length };
}
function attendeeSkeleton(latest, roster, date) {
  const roles = /* @__PURE__ */ new Map();
  for (const p of latest.attendees.flatMap((g) => g.people)) if (p.role === "chair" || p.role === "secretary") roles.set(normaliseName(p.alternateFor ?? p.name), p.role);
  const entry = (name) => {
    const role = roles.get(normaliseName(name));
    return role ? `{ name: ${yamlString(name)}, role: ${role} }` : yamlString(name);
  };
  const groups = /* @__PURE__ */ new Map();
  const add = (group, name) => {
    let g = groups.get(group);
    if (!g) groups.set(group, g = []);
    if (!g.includes(entry(name))) g.push(entry(name));
  };
  if (roster.length > 0) {
    for (const m of roster) {
      if (m.since && m.since > date || m.until && m.until < date) continue;
      add(m.category, m.name);
    }
  } else {
    const members = (p) => p.alternateFor ?? p.name;
    for (const g of [...latest.attendees, ...latest.apologies]) for (const p of g.people) add(g.name, members(p));
  }
  if (groups.size === 0) groups.set("Members", [`{ name: "${PLACEHOLDER}: the chair", role: chair }`]);
  return [...groups];
}
var baseName = (p) => p.split(/[\\/]/).pop() ?? p;

export {
  yamlString,
  newMeeting
};
