import { sep } from 'node:path';

/** The deepest folder that holds all the given folders (absolute paths), or undefined for none. */
export function commonFolder(folders: string[]): string | undefined {
  if (folders.length === 0) return undefined;
  let parts = folders[0]!.split(sep);
  for (const f of folders.slice(1)) {
    const other = f.split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}
