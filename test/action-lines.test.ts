/**
 * How ACTION lines are told from prose: `minutebook actions` (the real CLI) lists what the model
 * recognised (ID, owner, text, target); the rules, run in-process with the rule tester, report.
 * test/fixtures/actions/recognition/minutes.md opens with sentences that look like actions but are
 * not, then nine actions written canonically, in bold, in a list, in a quotation, and as near-misses.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/report.js';
import { ROOT, runCli } from './helpers/cli.js';
import { folderSources } from './helpers/rule-fixtures.js';
import { checkSources } from './helpers/rule-tester.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'actions');

interface Row {
  id: string;
  owner?: string;
  action?: string;
  targetHistory: Array<{ date: string; kind: string }>;
}

function actions(dir: string): Row[] {
  const r = runCli(['actions', dir, '--format', 'json', '--as-of', '2025-09-15']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

describe('ACTION lines and prose', () => {
  const dir = join(FIXTURES, 'recognition');

  it('recognises every action, canonical or near-miss, and no sentence of prose', () => {
    const rows = actions(dir);
    expect(rows.map((r) => [r.id, r.owner, r.action])).toEqual([
      ['LKF 27/01', 'Coastal Survey', 'The Coastal Survey to share the revised tide tables.'],
      ['LKF 27/02', 'Keepers', 'The Keepers to confirm the lamp inventory (see Annex A).'],
      ['LKF 27/03', 'Idris Penhallow', 'Idris Penhallow to test the fog horn.'],
      ['LKF 27/04', 'Selin Arkwright and the Coastal Survey', 'Selin Arkwright and the Coastal Survey to order spare lenses.'],
      ['LKF 27/05', 'Keepers', 'the Keepers to repaint the gallery rail.'],
      ['LKF 27/06', 'Bram Tiller', 'Bram Tiller to survey the approach channel.'],
      ['LKF 27/07', 'Keepers/MQ', 'The Keepers to agree the winter rota.'],
      ['LKF 27/08', 'Marta Quenby', 'Marta Quenby to write to the harbour office.'],
      ['LKF 27/09', 'Keepers', 'The Keepers to check the foghorn fuel.'],
    ]);
    // `due` wins; otherwise the first next meeting is the target.
    expect(rows.map((r) => r.targetHistory[0]?.date)).toEqual(['2025-10-20', '2025-10-20', '2025-10-01', ...Array(6).fill('2025-10-20')]);
  });

  it('reports the near-misses and nothing about the prose that mentions other actions', () => {
    const found = checkSources(folderSources(dir));
    expect(found.lines).toEqual([
      '53:1-53:19  warning  Action line starts "ACTION: LKF 27/03:": write "ACTION LKF 27/03: " (check --fix rewrites it)  action-syntax',
      '55:1-55:19  warning  Action line starts "Action LKF 27/04 -": write "ACTION LKF 27/04: " (check --fix rewrites it)  action-syntax',
      '57:1-57:19  warning  Action line starts "ACTION LKF 27 / 05": write "ACTION LKF 27/05: " (check --fix rewrites it)  action-syntax',
      '65:1-65:17  warning  Action line starts "Action LKF 27/09": write "ACTION LKF 27/09: " (check --fix rewrites it)  action-syntax',
    ]);
    expect(found.messages.every((m) => (m as Finding).fix !== undefined)).toBe(true);
  });
});

describe('a configured pattern: {code}-{yyyy}-{seq:3}', () => {
  const dir = join(FIXTURES, 'date-pattern');

  it('reads IDs of that form, with blanks, and checks year, width and sequence', () => {
    expect(actions(dir).map((r) => r.id)).toEqual(['LKF-2025-014', 'LKF-2025-015', 'LKF-2024-016', 'LKF-2025-17', 'LKF-2025-019']);
    // Numbers run on through the year: 014 may open the meeting, but 019 after 017 skips 018.
    expect(checkSources(folderSources(dir)).lines).toEqual([
      '27:1-27:26  warning  Action line starts "Action LKF - 2025 - 015 -": write "ACTION LKF-2025-015: " (check --fix rewrites it)  action-syntax',
      '29:8-29:20  error  Action ID "LKF-2024-016" is not this meeting\'s: its year is 2024, this meeting\'s is 2025 (expected "LKF-2025-016")  action-id-meeting',
      '31:8-31:19  error  Action ID "LKF-2025-17" is malformed: expected "LKF-2025-017" (the sequence number has 3 digits)  action-id-format',
      '33:8-33:20  error  Action ID "LKF-2025-019" is out of sequence: expected 018 here ("LKF-2025-018"); 018 is skipped. Actions are numbered one after another in the order they appear  action-id-sequence',
    ]);
  });
});
