/**
 * Writes small fictional series of minutes into temporary folders for the series tests: the
 * Harbour Works Committee (HWC); every name is invented.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONFIG = `committee: Harbour Works Committee
code: HWC
secretariat: Quayside Secretariat
parties:
  - Harbour Office
  - Dredging Contractor
`;

export interface Review {
  id: string;
  status: 'open' | 'closed';
  extra?: Record<string, string>;
}

export interface MeetingSpec {
  n: number | string;
  date: string;
  next?: string;
  reviews?: Review[];
  /** Action texts: raised as HWC <n>/01, /02… */
  actions?: string[];
}

export function meetingText(m: MeetingSpec): string {
  const reviews = (m.reviews ?? [])
    .map((r) => {
      const extra = Object.entries(r.extra ?? {}).map(([k, v]) => `    ${k}: ${v}\n`).join('');
      return `  - id: ${r.id}\n${extra}    status: ${r.status}\n    update: Reported at the meeting.\n`;
    })
    .join('');
  const actions = (m.actions ?? []).map((t, i) => `ACTION HWC ${m.n}/${String(i + 1).padStart(2, '0')}: ${t}`).join('\n\n');
  return `---
meeting: ${typeof m.n === 'string' ? JSON.stringify(m.n) : m.n}
date: ${m.date}
venue: Harbour House
attendees:
  Members:
    - { name: Ada Fenwick, role: chair }
    - Bram Oakley
    - Cleo Marsh
${reviews ? `outstanding:\n${reviews}` : ''}${m.next ? `next_meetings:\n  - { date: ${m.next} }\n` : ''}---

## 1. Actions Outstanding

The Committee reviewed the outstanding actions.

## 2. Quay Maintenance

The Harbour Office reported on the quay works.

${actions || 'No actions were raised.'}

The Committee **NOTED** the report.
`;
}

export const fileName = (m: MeetingSpec) => `${m.date}-hwc-${m.n}.md`;

/** A temporary folder holding .minutebook.yaml and one file per meeting; returns the folder. */
export function writeSeries(meetings: MeetingSpec[], config = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-series-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.minutebook.yaml'), config);
  for (const m of meetings) writeFileSync(join(dir, fileName(m)), meetingText(m));
  return dir;
}

/** Three meetings in good order: 1 raises two actions, 2 closes one and raises one, 3 reviews both open ones. */
export const GOOD: MeetingSpec[] = [
  { n: 1, date: '2024-01-10', next: '2024-02-14', actions: ['The Harbour Office to survey the north quay.', 'The Dredging Contractor to publish the spring dredging plan.'] },
  {
    n: 2,
    date: '2024-02-14',
    next: '2024-03-13',
    reviews: [
      { id: 'HWC 1/01', status: 'open', extra: { revised: '2024-04-10' } },
      { id: 'HWC 1/02', status: 'closed' },
    ],
    actions: ['The Harbour Office to repaint the bollards on the east pier.'],
  },
  {
    n: 3,
    date: '2024-03-13',
    next: '2024-04-10',
    reviews: [
      { id: 'HWC 1/01', status: 'open' },
      { id: 'HWC 2/01', status: 'closed' },
    ],
  },
];

/** A series as the rule tester takes it: the configuration and one file per meeting, by name. */
export function seriesSources(meetings: MeetingSpec[], config = CONFIG): { config: string; files: Record<string, string> } {
  return { config, files: Object.fromEntries(meetings.map((m) => [fileName(m), meetingText(m)])) };
}

/** Writes a fresh copy of GOOD on each call and keeps the folders for the caller to remove. */
export function goodSeriesMaker(): { made: string[]; series: () => string } {
  const made: string[] = [];
  return {
    made,
    series: () => {
      const d = writeSeries(GOOD);
      made.push(d);
      return d;
    },
  };
}

/** Every finding's rule id, file by file, of a `check --format json` run. */
export const ruleIdsOf = (r: { files: Array<{ messages: Array<{ ruleId: string | null }> }> }): Array<string | null> => r.files.flatMap((f) => f.messages.map((m) => m.ruleId));
