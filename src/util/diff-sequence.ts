/**
 * The shortest edit script between two sequences, by Myers' O(ND) algorithm in its linear-space
 * form: each step looks for the middle snake from both ends at once and splits the problem
 * there, so memory grows with the length of the sequences (two arrays of N + M integers a level,
 * freed on return), never with their product. A 10,000-word paragraph costs a few hundred
 * kilobytes whatever its edits; time is O((N + M) · D) for D differences.
 */

export type DiffOp = 'equal' | 'delete' | 'insert';

/** A stretch of the script: `a[aStart, aEnd)` and `b[bStart, bEnd)` (one of them empty unless `equal`). */
export interface DiffRun {
  op: DiffOp;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * The edit script turning `a` into `b`, items compared with `===` (intern strings or map them to
 * numbers first). Runs come in order; a deletion comes before the insertion at the same place.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): DiffRun[] {
  const out: DiffRun[] = [];
  const push = (op: DiffOp, aStart: number, aEnd: number, bStart: number, bEnd: number) => {
    if (aStart === aEnd && bStart === bEnd) return;
    const last = out[out.length - 1];
    if (last && last.op === op && last.aEnd === aStart && last.bEnd === bStart) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else out.push({ op, aStart, aEnd, bStart, bEnd });
  };
  // An explicit stack instead of recursion: the left half is done first, so runs come in order.
  type Task = { solve: boolean; aLo: number; aHi: number; bLo: number; bHi: number };
  const stack: Task[] = [{ solve: true, aLo: 0, aHi: a.length, bLo: 0, bHi: b.length }];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (!t.solve) {
      push('equal', t.aLo, t.aHi, t.bLo, t.bHi);
      continue;
    }
    let { aLo, aHi, bLo, bHi } = t;
    const aFrom = aLo;
    const bFrom = bLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
    }
    push('equal', aFrom, aLo, bFrom, bLo);
    let suffix = 0;
    while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
    aHi -= suffix;
    bHi -= suffix;
    if (suffix > 0) stack.push({ solve: false, aLo: aHi, aHi: aHi + suffix, bLo: bHi, bHi: bHi + suffix });
    if (aLo === aHi || bLo === bHi) {
      push('delete', aLo, aHi, bLo, bLo);
      push('insert', aHi, aHi, bLo, bHi);
      continue;
    }
    const [x, y] = middleSplit(a, aLo, aHi, b, bLo, bHi);
    stack.push({ solve: true, aLo: x, aHi, bLo: y, bHi });
    stack.push({ solve: true, aLo, aHi: x, bLo, bHi: y });
  }
  return out;
}

/**
 * Where the shortest path crosses its middle: a point (x, y) on it with 0 < progress < D, found by
 * running the forward and the reverse search at once until their furthest points overlap.
 * The common prefix and suffix are already stripped, so both ranges are non-empty and differ at
 * both ends, which makes D ≥ 2 and the split point a strict interior one.
 */
function middleSplit<T>(a: readonly T[], aLo: number, aHi: number, b: readonly T[], bLo: number, bHi: number): [number, number] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * maxD + 3;
  const fwd = new Int32Array(size).fill(-1);
  const rev = new Int32Array(size).fill(-1);
  fwd[offset + 1] = 0;
  rev[offset + 1] = 0;
  const delta = n - m;
  const oddDelta = (delta & 1) !== 0;
  // Diagonals that ran off the grid are not searched again.
  let fStart = 0;
  let fEnd = 0;
  let rStart = 0;
  let rEnd = 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d + fStart; k <= d - fEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && fwd[i - 1]! < fwd[i + 1]!) ? fwd[i + 1]! : fwd[i - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      fwd[i] = x;
      if (x > n) fEnd += 2;
      else if (y > m) fStart += 2;
      else if (oddDelta) {
        const j = offset + delta - k;
        if (j >= 0 && j < size && rev[j] !== -1 && x >= n - rev[j]!) return [aLo + x, bLo + y];
      }
    }
    for (let k = -d + rStart; k <= d - rEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && rev[i - 1]! < rev[i + 1]!) ? rev[i + 1]! : rev[i - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      rev[i] = x;
      if (x > n) rEnd += 2;
      else if (y > m) rStart += 2;
      else if (!oddDelta) {
        const j = offset + delta - k;
        if (j >= 0 && j < size && fwd[j] !== -1) {
          const fx = fwd[j]!;
          const fy = fx - (j - offset);
          if (fx >= n - x) return [aLo + fx, bLo + fy];
        }
      }
    }
  }
  // Unreachable for non-empty ranges (the searches always meet by d = ⌈(N+M)/2⌉); a split in the
  // middle of `a` is still correct, only longer.
  return [aLo + (n >> 1), bLo];
}
