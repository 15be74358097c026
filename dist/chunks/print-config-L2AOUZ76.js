import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  ConfigLookup,
  displayPath
} from "./chunk-765XEROR.js";
import "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/cli/print-config.ts
import { resolve } from "node:path";
var HIDDEN = /* @__PURE__ */ new Set(["span", "fields", "keySpan"]);
function printConfig(file, explicit) {
  const lookup = new ConfigLookup(explicit);
  const { config, file: source } = lookup.forFile(resolve(file));
  const shown = {
    file: displayPath(resolve(file)),
    configFile: config.path ? displayPath(config.path) : null,
    seriesRoot: config.root ? resolve(config.root) === process.cwd() ? "." : displayPath(config.root) : null,
    ignored: lookup.isIgnored(resolve(file)),
    problems: source?.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) ?? [],
    config: { ...config, path: void 0, root: void 0, base: void 0 }
  };
  return JSON.stringify(shown, (k, v) => HIDDEN.has(k) ? void 0 : v, 2) + "\n";
}
export {
  printConfig
};
