/**
 * What docs/templates.md promises templates about outstanding rows and decisions, checked on the
 * view model built in-process from minutes that the rules find clean.
 */
import { describe, expect, it } from 'vitest';
import { builtinTemplatesDir, readTemplateFolder } from '../src/cli/read-templates.js';
import { buildViewModel, defaultDateFormats } from '../src/render/view-model.js';
import { wordingOf } from '../src/render/wording.js';
import { checkSources } from './helpers/rule-tester.js';

const CONFIG = 'committee: Harbour Works Committee\ncode: HWC\nparties:\n  - Harbour Office\n';

const MINUTES = `---
meeting: 12
date: 2026-03-10
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
outstanding:
  - id: HWC 11/01
    action: Survey the outer berths.
    owner: Harbour Office
    raised: 2026-02-10
    target: 2026-04-01
    status: open
    update: Survey booked.
  - id: HWC 11/02
    action: Publish the tide tables.
    owner: Harbour Office
    raised: 2026-02-10
    target: 2026-03-01
    status: closed
    update: Published.
---

## 1. Dredging programme

The HWC:

- **NOTED** the dredging update; and
- **AGREED** the revised programme;
- **APPROVED** the budget, and
- **ENDORSED** the survey plan.

The HWC **NOTED** the tide tables; and the survey.
`;

function viewModel() {
  const checked = checkSources({ config: CONFIG, code: MINUTES });
  // The example must be valid minutes, or the view model would show a broken meeting.
  expect(checked.lines).toEqual([]);
  return buildViewModel(checked.analyses[0]!.meeting!, checked.config, wordingOf(readTemplateFolder(builtinTemplatesDir())));
}

describe('view model', () => {
  it('gives each outstanding row the status text of its status', () => {
    expect(viewModel().outstanding.map((r) => [r.id, r.status, r.statusText])).toEqual([
      ['HWC 11/01', 'open', 'Open'],
      ['HWC 11/02', 'closed', 'Closed'],
    ]);
  });

  it("drops a list's joining words from list-item decision summaries, and only there", () => {
    expect(viewModel().decisions.map((d) => [d.verb, d.text])).toEqual([
      ['NOTED', 'NOTED the dredging update'],
      ['AGREED', 'AGREED the revised programme'],
      ['APPROVED', 'APPROVED the budget'],
      ['ENDORSED', 'ENDORSED the survey plan.'],
      ['NOTED', 'The HWC NOTED the tide tables; and the survey.'],
    ]);
  });
});

describe('the default date formats written out', () => {
  it('give exactly what Intl gives for en-GB, every day from 1899 to 2101 and in odd years', () => {
    const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const days: Date[] = [];
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) days.push(new Date(t));
    for (const y of [1, 50, 999, 1000, 9999]) days.push(new Date(new Date(Date.UTC(2000, 5, 9)).setUTCFullYear(y)));
    expect(days.length).toBeGreaterThan(73_000);
    for (const d of days) {
      expect(defaultDateFormats.long(d)).toBe(long.format(d));
      expect(defaultDateFormats.short(d)).toBe(short.format(d));
    }
  });
});
