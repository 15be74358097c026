/**
 * The real minutes in ../shared/reference/real/ against the hand-written expectations in
 * real-actions.ts: `inspect` must find at least 90% of the actions a careful secretary would track,
 * with their owners, and invent none; reviews of earlier actions likewise. Run in-process through
 * the core (check, then the inspect facets), each committee's folder as one series.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { check } from '../../src/core/check.js';
import { inspectAnalyses, type InspectReport } from '../../src/inspect/inspect.js';
import type { Meeting } from '../../src/model/types.js';
import type { ResolvedSeries } from '../../src/series/resolve.js';
import { SHARED } from '../helpers/cli.js';
import { requireShared } from '../helpers/programs.js';
import { REAL_ACTIONS, type ExpectedAction } from './real-actions.js';

const REAL = join(SHARED, 'reference', 'real');
const real = requireShared(join('reference', 'real'), 'the real minutes');

function inspectFolder(folder: string): InspectReport[] {
  const dir = join(REAL, folder);
  const inputs = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ path: `${folder}/${n}`, contents: readFileSync(join(dir, n)) }));
  const configFor = () => defaultConfig();
  const analyses = check(inputs, { configFor });
  const series = new Map<Meeting, ResolvedSeries>(analyses.flatMap((a) => (a.meeting && a.series ? [[a.meeting, a.series] as const] : [])));
  return inspectAnalyses(analyses, (m) => series.get(m));
}

const norm = (s: string) => s.toLowerCase().replace(/^(?:the|our)\s+/, '').trim();
const matches = (e: { match: string; id?: string }, row: { id?: unknown; text?: unknown }) =>
  (e.id !== undefined && row.id === e.id) || (typeof row.text === 'string' && row.text.toLowerCase().includes(e.match.toLowerCase()));

interface Tally {
  required: number;
  found: number;
  invented: string[];
  missed: string[];
  wrongOwners: string[];
  reviewsExpected: number;
  reviewsFound: number;
  reviewsInvented: string[];
}

function measure(): Tally {
  const t: Tally = { required: 0, found: 0, invented: [], missed: [], wrongOwners: [], reviewsExpected: 0, reviewsFound: 0, reviewsInvented: [] };
  const folders = [...new Set(Object.keys(REAL_ACTIONS).map((k) => k.split('/')[0]!))];
  for (const folder of folders) {
    for (const report of inspectFolder(folder)) {
      const expected = REAL_ACTIONS[report.path];
      if (!expected) throw new Error(`no expectations written for ${report.path}`);
      const actions = report.facets.actions ?? [];
      for (const a of actions) {
        if (![...expected.required, ...expected.optional].some((e) => matches(e, a))) t.invented.push(`${report.path} ${String(a.at)}: ${String(a.text)}`);
      }
      for (const e of expected.required) {
        t.required++;
        const found = actions.find((a) => matches(e, a));
        if (!found) {
          t.missed.push(`${report.path}: ${e.match}`);
          continue;
        }
        t.found++;
        const owners = ((found.owners as string[] | undefined) ?? []).map(norm).sort();
        if (JSON.stringify(owners) !== JSON.stringify(e.owners.map(norm).sort())) t.wrongOwners.push(`${report.path}: ${e.match}: ${owners.join(', ')} (expected ${e.owners.join(', ')})`);
      }
      const reviews = (report.facets.reviews ?? []).map((r) => ({ id: r.action, text: r.action, status: r.status }));
      for (const r of reviews) if (!expected.reviews.some((e) => matches(e, r))) t.reviewsInvented.push(`${report.path}: ${String(r.text)}`);
      for (const e of expected.reviews) {
        t.reviewsExpected++;
        if (reviews.some((r) => matches(e, r) && r.status === e.status)) t.reviewsFound++;
      }
    }
  }
  return t;
}

describe.skipIf(!real.ok)(`actions in the real minutes${real.ok ? '' : ` (skipped: ${real.reason})`}`, () => {
  // Measured inside the tests, not while vitest collects them (a clone without ../shared/ then
  // collects this file without reading anything), and in each test, so that a mutation run,
  // which changes the code between tests, changes what each one measures.
  it('finds at least 90% of the actions a secretary would track, with their owners', () => {
    const t = measure();
    // The figures for the record: recall, owners right, invented.
    console.info(`real minutes: ${t.found}/${t.required} required actions found, ${t.invented.length} invented, ${t.wrongOwners.length} with wrong owners; reviews ${t.reviewsFound}/${t.reviewsExpected}, ${t.reviewsInvented.length} invented${t.missed.length ? `; missed: ${t.missed.join('; ')}` : ''}`);
    const recall = t.found / t.required;
    expect(t.missed.length, `missed: ${t.missed.join('; ')}`).toBeLessThanOrEqual(Math.floor(t.required * 0.1));
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(t.wrongOwners).toEqual([]);
  });

  it('invents no action', () => {
    const t = measure();
    expect(t.invented).toEqual([]);
  });

  it('reads the reviews of earlier actions with their status, and invents none', () => {
    const t = measure();
    expect(t.reviewsFound / t.reviewsExpected).toBeGreaterThanOrEqual(0.9);
    expect(t.reviewsInvented).toEqual([]);
  });

  it('has expectations for every real file', () => {
    const files = readdirSync(REAL, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(REAL, d.name)).filter((n) => n.endsWith('.md')).map((n) => `${d.name}/${n}`));
    expect(files.sort()).toEqual(Object.keys(REAL_ACTIONS).sort());
  });
});

export type { ExpectedAction };
