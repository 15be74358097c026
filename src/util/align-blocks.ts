import { diffSequences } from './diff-sequence.js';

/**
 * How one block of the old sequence and one of the new correspond: unchanged, changed (the same
 * block edited: its inside is compared next), deleted or inserted.
 */
export type Aligned =
  | { kind: 'same'; old: number; new: number }
  | { kind: 'changed'; old: number; new: number }
  | { kind: 'deleted'; old: number }
  | { kind: 'inserted'; new: number };

/** How far ahead a deleted block looks for the inserted block it became. */
const PAIRING_WINDOW = 32;

/**
 * Aligns two sequences of blocks: equal keys first (the shortest edit script over the keys), then,
 * in each stretch between equal blocks, a deleted block is paired in order with an inserted block
 * that `pairable` accepts (an edited paragraph). What stays unpaired is a deletion or an insertion:
 * a paragraph moved elsewhere is deleted where it was and inserted where it went.
 */
export function alignBlocks(oldKeys: readonly string[], newKeys: readonly string[], pairable: (oldIndex: number, newIndex: number) => boolean): Aligned[] {
  const out: Aligned[] = [];
  // A stretch between equal blocks, its deletions and insertions in whatever order the script gave them.
  let oldGap: number[] = [];
  let newGap: number[] = [];
  const flush = () => {
    let next = 0;
    for (const i of oldGap) {
      let match = -1;
      for (let k = next; k < newGap.length && k < next + PAIRING_WINDOW; k++) {
        if (pairable(i, newGap[k]!)) {
          match = k;
          break;
        }
      }
      if (match < 0) {
        out.push({ kind: 'deleted', old: i });
        continue;
      }
      for (; next < match; next++) out.push({ kind: 'inserted', new: newGap[next]! });
      out.push({ kind: 'changed', old: i, new: newGap[match]! });
      next = match + 1;
    }
    for (; next < newGap.length; next++) out.push({ kind: 'inserted', new: newGap[next]! });
    oldGap = [];
    newGap = [];
  };
  for (const run of diffSequences(oldKeys, newKeys)) {
    if (run.op === 'equal') {
      flush();
      for (let i = 0; i < run.aEnd - run.aStart; i++) out.push({ kind: 'same', old: run.aStart + i, new: run.bStart + i });
    } else if (run.op === 'delete') for (let i = run.aStart; i < run.aEnd; i++) oldGap.push(i);
    else for (let j = run.bStart; j < run.bEnd; j++) newGap.push(j);
  }
  flush();
  return out;
}

/** Words, runs of white space and single other characters: the units a changed paragraph is compared in. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}_'’-]+|[^\s\p{L}\p{N}\p{M}_'’-]/gu) ?? [];
}

/**
 * How alike two texts are, from 0 to 1: the share of their words they have in common (Dice's
 * coefficient over the bags of words). Cheap enough to ask of every candidate pair.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const words = (ts: readonly string[]) => ts.filter((t) => !/^\s+$/.test(t));
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}
