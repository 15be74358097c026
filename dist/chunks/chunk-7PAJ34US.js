import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  analyse
} from "./chunk-IEW646I2.js";
import {
  UserError,
  displayPath,
  globMinutes,
  readStart,
  realPath,
  walk
} from "./chunk-765XEROR.js";
import {
  compareMeetings,
  idPatternOf,
  neededBefore,
  opensFrontMatter,
  placedOf,
  readHead
} from "./chunk-AIXC6QV4.js";

// src/cli/series-context.ts
import { readFileSync as readFileSync2 } from "node:fs";
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
function seriesFiles(root, lookup) {
  const patterns = lookup.forFile(resolve(root, "x.md")).config.files;
  return patterns ? globMinutes(patterns, root) : walk(root).map((f) => resolve(f)).sort();
}
function placedOfFile(path, config) {
  const start = readStart(path);
  if (start === void 0 || !opensFrontMatter(start.text)) return void 0;
  let head = readHead(start.text, { cut: start.cut });
  if (!head && start.cut) {
    try {
      head = readHead(readFileSync2(path, "utf8"));
    } catch {
      return void 0;
    }
  }
  return head && placedOf(path, head, config);
}
function seriesContext(lookup) {
  return (analyses) => {
    const checked = new Set(analyses.map((a) => realPath(a.file.path)));
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
      const others = seriesFiles(root, lookup).filter((f) => !checked.has(realPath(f)) && lookup.forFile(f).config.root === root && !lookup.isIgnored(f));
      if (others.length === 0) continue;
      const heads = others.flatMap((f) => placedOfFile(f, config) ?? []).sort(compareMeetings);
      const pattern = idPatternOf(config);
      for (const m of meetings) {
        const before = heads.filter((h) => h.code === m.code && h.date !== void 0 && compareMeetings(h, m) < 0);
        for (const h of neededBefore(m.outstanding.map((r) => r.id), before, pattern)) wanted.set(h.path, config);
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
  seriesFiles,
  placedOfFile,
  seriesContext
};
