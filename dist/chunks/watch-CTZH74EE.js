import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  commonFolder
} from "./chunk-QYYS766H.js";
import {
  seriesFiles
} from "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import {
  ConfigLookup,
  discover,
  displayPath,
  isConfigName
} from "./chunk-765XEROR.js";
import {
  compareMeetings,
  idPatternOf,
  neededAfter,
  placedOf,
  readHead,
  readReviewIds
} from "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/cli/commands/watch.ts
import { existsSync, readFileSync, statSync as statSync2 } from "node:fs";
import { basename, dirname, resolve, sep } from "node:path";

// src/cli/watch-tree.ts
import { readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function watchTree(root, onChange, skip = () => false) {
  const watchers = /* @__PURE__ */ new Map();
  const add = (folder) => {
    if (watchers.has(folder) || skip(folder)) return;
    let w;
    try {
      w = watch(folder, (_event, name) => {
        if (!name) return;
        const path = join(folder, name.toString());
        if (isFolder(path)) addTree(path);
        onChange(path);
      });
    } catch {
      return;
    }
    w.on("error", () => {
      w.close();
      watchers.delete(folder);
    });
    watchers.set(folder, w);
  };
  const addTree = (folder) => {
    add(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith(".")) addTree(join(folder, e.name));
    }
  };
  addTree(root);
  return {
    close: () => {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    }
  };
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/cli/commands/watch.ts
function dependents(changed, lookup) {
  const out = /* @__PURE__ */ new Set();
  for (const file of changed) {
    const { config } = lookup.forFile(file);
    if (!config.root || !existsSync(file)) continue;
    const head = readHead(readFileSync(file, "utf8"));
    if (!head?.date) continue;
    const me = placedOf(file, head, config);
    const after = [];
    for (const f of seriesFiles(config.root, lookup)) {
      if (f === file) continue;
      let text;
      try {
        text = readFileSync(f, "utf8");
      } catch {
        continue;
      }
      const h = readHead(text);
      if (!h) continue;
      const placed = placedOf(f, h, config);
      if (placed.code === me.code && compareMeetings(placed, me) > 0) after.push({ ...placed, reviewIds: readReviewIds(text) });
    }
    after.sort(compareMeetings);
    for (const h of neededAfter(me, after, idPatternOf(config))) out.add(h.path);
  }
  for (const f of changed) out.delete(f);
  return [...out].sort();
}
async function runWatch(paths, flags, build, out, err, o = {}) {
  const args = paths.length ? paths : ["."];
  await build(args);
  const lookup = () => new ConfigLookup(flags.config);
  const inScope = () => new Set(discover(args.filter((a) => existsSync(a) || /[*?[{]/.test(a))).files);
  const outBase = commonFolder([...inScope()].map((f) => dirname(f)));
  const folders = /* @__PURE__ */ new Set();
  for (const a of args) {
    const abs = resolve(a);
    if (existsSync(abs) && statSync2(abs).isDirectory()) folders.add(abs);
    else folders.add(dirname(abs));
  }
  const outDir = flags.out ? resolve(flags.out) : void 0;
  let pending = /* @__PURE__ */ new Set();
  let configChanged = false;
  let timer;
  let running = Promise.resolve();
  const flush = () => {
    const changed = [...pending];
    const all = configChanged;
    pending = /* @__PURE__ */ new Set();
    configChanged = false;
    running = running.then(async () => {
      const scope = inScope();
      const present = changed.filter((f) => existsSync(f));
      const targets = all ? [...scope] : [.../* @__PURE__ */ new Set([...present, ...dependents(present, lookup())])].filter((f) => scope.has(f));
      if (targets.length === 0) return;
      const stamp = (/* @__PURE__ */ new Date()).toTimeString().slice(0, 8);
      err(`minutebook: ${stamp} ${all ? "configuration changed" : changed.map((f) => displayPath(f)).join(", ") + " changed"}: building ${targets.length} ${targets.length === 1 ? "file" : "files"}`);
      const code = await build(targets.sort(), outBase);
      err(`minutebook: ${code === 0 ? "built" : "not built (see the findings above)"}; watching for changes (Ctrl-C stops)`);
    });
  };
  const onChange = (path) => {
    const base = basename(path);
    if (base.startsWith(".") && !isConfigName(base)) return;
    if (isConfigName(base)) configChanged = true;
    else if (path.toLowerCase().endsWith(".md")) pending.add(path);
    else return;
    clearTimeout(timer);
    timer = setTimeout(flush, o.debounce ?? 200);
  };
  const inOut = (path) => outDir !== void 0 && (path === outDir || path.startsWith(outDir + sep));
  for (const folder of folders) watchTree(folder, (p) => inOut(p) || onChange(p), inOut);
  err(`minutebook: watching ${[...folders].map((f) => displayPath(f) || ".").join(", ")} for changes (Ctrl-C stops)`);
  return new Promise(() => {
  });
}
export {
  dependents,
  runWatch
};
