/**
 * Decisions and motions recognised in the seed and the real minutes, measured against the lists
 * made by hand in test/reference/decisions.ts: precision ≥ 95 %, recall ≥ 90 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { defaultConfig } from '../src/config/types.js';
import type { Meeting, Motion } from '../src/model/types.js';
import { SHARED } from './helpers/cli.js';
import { requireShared } from './helpers/programs.js';
import { DECISIONS, MOTIONS, REFERENCE_FILES, SEED, SEED_FRONT_MATTER, type RefMotion } from './reference/decisions.js';

const REFERENCE = join(SHARED, 'reference');
// The seed and the real minutes are read from ../shared/: skipped with the reason without them, a
// failure under CI=true.
const seed = requireShared(join('reference', SEED), 'the seed minutes');
const real = seed.ok ? requireShared(join('reference', 'real'), 'the real minutes') : seed;

function meetingOf(file: string): { meeting: Meeting; shift: number } {
  let source = readFileSync(join(REFERENCE, file), 'utf8');
  let shift = 0;
  if (file === SEED) {
    source = SEED_FRONT_MATTER + source;
    shift = SEED_FRONT_MATTER.split('\n').length - 1;
  }
  const a = analyse({ path: file, contents: source }, defaultConfig());
  if (!a.meeting) throw new Error(`${file}: no meeting`);
  return { meeting: a.meeting, shift };
}

const overlaps = (a: number, b: number, c: number, d: number) => a <= d && c <= b;

const nameFits = (word: string | undefined, n: Motion['mover']) =>
  word === undefined ? n === undefined : !!n && (n.written.includes(word) || (n.person?.name.includes(word) ?? false));

function motionFits(ref: RefMotion, m: Motion, shift: number): boolean {
  if (!overlaps(m.span.start.line - shift, m.span.end.line - shift, ref.line, ref.line)) return false;
  const outcome = m.outcome ?? 'none';
  const votesFor = m.counts.find((c) => c.for !== undefined)?.for;
  return nameFits(ref.mover, m.mover) && nameFits(ref.seconder, m.seconder) && outcome === ref.outcome && (ref.for === undefined || votesFor === ref.for);
}

describe.skipIf(!real.ok)(`decisions and motions in the seed and the real minutes${real.ok ? '' : ` (skipped: ${real.reason})`}`, () => {
  // Analysed inside each test: a mutation run changes the code between tests, not between files.
  const analysed = () => REFERENCE_FILES.map((file) => ({ file, ...meetingOf(file) }));

  it(`decisions: precision ≥ 95 %, recall ≥ 90 % against ${DECISIONS.length} listed by hand`, () => {
    const used = new Set<number>();
    let truePositives = 0;
    const falsePositives: string[] = [];
    for (const { file, meeting, shift } of analysed()) {
      for (const d of meeting.decisions) {
        const [a, b] = [d.span.start.line - shift, d.span.end.line - shift];
        const i = DECISIONS.findIndex((r, k) => !used.has(k) && r.file === file && overlaps(a, b, r.lines[0], r.lines[1]));
        if (i >= 0) {
          used.add(i);
          truePositives++;
        } else falsePositives.push(`${file}:${a} ${d.text}`);
      }
    }
    const recognised = truePositives + falsePositives.length;
    const precision = truePositives / recognised;
    const recall = truePositives / DECISIONS.length;
    const missed = DECISIONS.filter((_, k) => !used.has(k)).map((r) => `${r.file}:${r.lines[0]} ${r.what}`);
    console.log(`decisions: ${truePositives} of ${recognised} recognised are right (precision ${(precision * 100).toFixed(1)} %); ${truePositives} of ${DECISIONS.length} found (recall ${(recall * 100).toFixed(1)} %)\nmissed:\n  ${missed.join('\n  ')}\nwrong:\n  ${falsePositives.join('\n  ')}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it(`motions: mover, seconder, outcome and votes right for ≥ 90 % of ${MOTIONS.length}, nothing taken for a motion that is not one`, () => {
    const used = new Set<number>();
    let right = 0;
    const wrong: string[] = [];
    for (const { file, meeting, shift } of analysed()) {
      for (const m of meeting.motions) {
        const i = MOTIONS.findIndex((r, k) => !used.has(k) && r.file === file && motionFits(r, m, shift));
        if (i >= 0) {
          used.add(i);
          right++;
        } else wrong.push(`${file}:${m.span.start.line - shift} ${m.mover?.written ?? '-'} / ${m.seconder?.written ?? '-'} ${m.outcome ?? 'none'}`);
      }
    }
    const total = right + wrong.length;
    console.log(`motions: ${right} of ${total} recognised are right (precision ${((right / total) * 100).toFixed(1)} %); ${right} of ${MOTIONS.length} found (recall ${((right / MOTIONS.length) * 100).toFixed(1)} %)${wrong.length ? `\nwrong:\n  ${wrong.join('\n  ')}` : ''}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
    expect(right / MOTIONS.length).toBeGreaterThanOrEqual(0.9);
  });
});
