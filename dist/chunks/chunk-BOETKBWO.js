import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);

// src/render/registry.ts
var LOADERS = {
  html: () => import("./html-5N46X7X5.js"),
  docx: () => import("./docx-IS5FRIRR.js")
};
function formats() {
  return Object.keys(LOADERS).sort();
}
function hasFormat(format) {
  return Object.hasOwn(LOADERS, format);
}
async function loadRenderer(format) {
  const load = LOADERS[format];
  if (!load) throw new Error(`unknown output format "${format}" (known: ${formats().join(", ")})`);
  return load();
}

export {
  formats,
  hasFormat,
  loadRenderer
};
