import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);

// src/cli/common-folder.ts
import { sep } from "node:path";
function commonFolder(folders) {
  if (folders.length === 0) return void 0;
  let parts = folders[0].split(sep);
  for (const f of folders.slice(1)) {
    const other = f.split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

export {
  commonFolder
};
