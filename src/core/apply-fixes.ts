import type { Fix } from '../rules/types.js';

/** Applies non-overlapping fixes to a text; later overlapping ones are skipped. Pure. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  const applied: Fix[] = [];
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.text;
    at = f.end;
    applied.push(f);
  }
  return { text: out + text.slice(at), applied };
}
