import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  analyse
} from "./chunk-UTGF7OTI.js";
import {
  UserError,
  displayPath,
  globSync,
  walk
} from "./chunk-L3KEEABT.js";
import {
  idPatternOf,
  meetingOfId,
  require_dist
} from "./chunk-EOA3CJN6.js";
import {
  __toESM
} from "./chunk-4M3DI6GN.js";

// src/cli/series-context.ts
import { closeSync, openSync, readFileSync as readFileSync2, readSync } from "node:fs";
var import_yaml = __toESM(require_dist(), 1);
import { resolve } from "node:path";

// src/cli/read-sources.ts
import { readFileSync } from "node:fs";
function readSource(path) {
  try {
    return { path: displayPath(path), contents: readFileSync(path) };
  } catch (e) {
    const code = e.code;
    const why = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : code === "ENOENT" ? "no such file" : `cannot read it (${code ?? "error"})`;
    throw new UserError(`${displayPath(path)}: ${why}`, 1);
  }
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// src/cli/series-context.ts
var FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
var key = (name) => new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, "m");
var KEYS = { code: key("code"), meeting: key("meeting"), date: key("date") };
var unquote = (s) => s.replace(/^(['"])(.*)\1$/, "$2");
function readHead(path, text) {
  const fm = FRONT.exec(text);
  if (!fm) return void 0;
  const yaml = fm[1];
  const found = {};
  for (const [k, re] of Object.entries(KEYS)) {
    const v = re.exec(yaml)?.[1];
    found[k] = v ? unquote(v) : void 0;
  }
  if (found.meeting === void 0 || found.date === void 0 || /^[[{&*!|>]/.test(found.code ?? "")) {
    try {
      const data = (0, import_yaml.parse)(yaml);
      for (const k of Object.keys(KEYS)) {
        const v = data?.[k];
        found[k] = typeof v === "string" || typeof v === "number" ? String(v) : void 0;
      }
    } catch {
      return void 0;
    }
  }
  const head = { path };
  if (found.code) head.code = found.code;
  if (found.date) head.date = found.date;
  if (found.meeting) {
    head.meeting = found.meeting;
    const m = /^(\d+)([a-z]?)$/.exec(found.meeting);
    if (m) {
      head.number = Number(m[1]);
      if (m[2]) head.suffix = m[2];
    }
  }
  return head;
}
var headOf = (m) => ({
  path: m.path,
  ...m.code !== void 0 ? { code: m.code } : {},
  ...m.meeting !== void 0 ? { meeting: m.meeting } : {},
  ...m.meetingNumber !== void 0 ? { number: m.meetingNumber } : {},
  ...m.meetingSuffix !== void 0 ? { suffix: m.meetingSuffix } : {},
  ...m.date !== void 0 ? { date: m.date } : {}
});
function compareHeads(a, b) {
  return (a.date ?? "").localeCompare(b.date ?? "") || (a.number ?? 0) - (b.number ?? 0) || (a.suffix ?? "").localeCompare(b.suffix ?? "");
}
function seriesFiles(root, lookup) {
  const patterns = lookup.forFile(resolve(root, "x.md")).config.files;
  const found = patterns ? globSync(patterns, { cwd: root, absolute: true, ignore: ["**/node_modules/**"] }) : walk(root);
  return found.map((f) => resolve(f)).sort();
}
var HEAD_BYTES = 8192;
var headBuffer = Buffer.allocUnsafe(HEAD_BYTES);
function readStart(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const text = headBuffer.toString("utf8", 0, n);
    if (n < HEAD_BYTES) return text;
    return text.slice(0, text.lastIndexOf("\n") + 1);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function headOfFile(path) {
  const start = readStart(path);
  if (start === void 0 || !/^\uFEFF?---[ \t]*\r?\n/.test(start)) return void 0;
  const quick = readHeadPartial(path, start);
  if (quick) return quick;
  try {
    return readHead(path, readFileSync2(path, "utf8"));
  } catch {
    return void 0;
  }
}
function readHeadPartial(path, start) {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(start);
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(start.slice(open[0].length - 1));
  const yaml = close ? start.slice(open[0].length, open[0].length - 1 + close.index) : start.slice(open[0].length);
  const meeting = KEYS.meeting.exec(yaml)?.[1];
  const date = KEYS.date.exec(yaml)?.[1];
  const code = KEYS.code.exec(yaml)?.[1];
  if (!meeting || !date || /^[[{&*!|>]/.test(code ?? "") || /^[[{&*!|>]/.test(meeting) || /^[[{&*!|>]/.test(date)) return void 0;
  if (!close && code === void 0) return void 0;
  const found = { meeting: unquote(meeting), date: unquote(date), ...code ? { code: unquote(code) } : {} };
  const head = { path, meeting: found.meeting, date: found.date };
  if (found.code) head.code = found.code;
  const m = /^(\d+)([a-z]?)$/.exec(found.meeting);
  if (m) {
    head.number = Number(m[1]);
    if (m[2]) head.suffix = m[2];
  }
  return head;
}
function neededBefore(meeting, before, config) {
  if (before.length === 0) return [];
  let from = before.length - 1;
  while (from > 0 && before[from].suffix !== void 0) from--;
  const pattern = idPatternOf(config);
  for (const r of meeting.outstanding) {
    if (!r.id) continue;
    const named = meetingOfId(r.id, pattern);
    if (named === void 0) return before;
    const i = before.findIndex((h) => h.meeting === named);
    if (i >= 0 && i < from) from = i;
  }
  return before.slice(from);
}
function seriesContext(lookup) {
  return (analyses) => {
    const checked = new Set(analyses.map((a) => resolve(a.file.path)));
    const byRoot = /* @__PURE__ */ new Map();
    for (const a of analyses) {
      const m = a.meeting;
      if (!m?.code || m.date === void 0) continue;
      const { config } = lookup.forFile(resolve(m.path));
      if (!config.root) continue;
      let g = byRoot.get(config.root);
      if (!g) byRoot.set(config.root, g = { config, meetings: [] });
      g.meetings.push(m);
    }
    const wanted = /* @__PURE__ */ new Map();
    for (const [root, { config, meetings }] of byRoot) {
      const others = seriesFiles(root, lookup).filter((f) => !checked.has(f) && lookup.forFile(f).config.root === root && !lookup.isIgnored(f));
      if (others.length === 0) continue;
      const heads = [];
      for (const f of others) {
        const h = headOfFile(f);
        if (h) heads.push({ ...h, code: h.code ?? config.code });
      }
      heads.sort(compareHeads);
      for (const m of meetings) {
        const me = headOf(m);
        const before = heads.filter((h) => h.code === m.code && h.date !== void 0 && compareHeads(h, me) < 0);
        for (const h of neededBefore(m, before, config)) wanted.set(h.path, config);
      }
    }
    const context = [];
    for (const [path, config] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
      try {
        context.push(analyse(readSource(path), lookup.forFile(path).config ?? config, { fileRules: false }));
      } catch {
      }
    }
    return context;
  };
}

export {
  readSource,
  readStdin,
  readHead,
  compareHeads,
  seriesFiles,
  seriesContext
};
