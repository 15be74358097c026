/**
 * Reviews written in running prose: a paragraph that names an earlier action by ID. A status
 * phrase in the sentence gives the review its status; without one the paragraph is a mention,
 * which keeps the action open and counts as reviewed. IDs this meeting raises itself and IDs of
 * no open earlier action are not reviews.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from './helpers/rule-tester.js';
import { second } from './rules/cases/prose-reviews.js';
import { inspectAnalyses } from '../src/inspect/inspect.js';


function checked(body: string) {
  const r = checkSources(second(body));
  const a = r.analyses.find((x) => x.file.path === '2.md')!;
  const [report] = inspectAnalyses([a], () => a.series);
  return { lines: r.lines, register: a.series!.register.entries.map((e) => [e.key, e.status]), reviews: report!.facets.reviews! };
}

describe('reviews read from prose', () => {
  it('closes the earlier action and shows the review in inspect', () => {
    const r = checked('## Paths\n\nAction 2.1 was completed in January; the map is on the noticeboard.\n');
    expect(r.register).toEqual([['2.1', 'closed']]);
    expect(r.reviews).toEqual([{ action: '2.1', status: 'closed', raisedIn: '2026-01-12', source: 'prose', at: '14:1' }]);
  });

  it('keeps the action open on "carried forward", "ongoing" and "not done"', () => {
    for (const phrase of ['was carried forward', 'is ongoing', 'was not done']) {
      const r = checked(`## Paths\n\nAction 2.1 ${phrase}.\n`);
      expect(r.register, phrase).toEqual([['2.1', 'open']]);
      expect(r.reviews[0]!.status, phrase).toBe('open');
    }
  });

  it('shows a mention without a status as "mentioned" and leaves the action open', () => {
    const r = checked('## Paths\n\nKit spoke about the plot map (Action 2.1) and the new gate.\n');
    expect(r.lines).toEqual([]);
    expect(r.register).toEqual([['2.1', 'open']]);
    expect(r.reviews).toEqual([{ action: '2.1', status: 'mentioned', raisedIn: '2026-01-12', source: 'prose', at: '14:1' }]);
  });

  it('does not show an unknown ID or an own action as a review', () => {
    const r = checked('## Paths\n\nAction 7.4 was completed. The path is muddy. **Action 3.1**\n\n## Actions\n\n- 3.1 Tomas to order gravel.\n');
    expect(r.reviews).toEqual([]);
    expect(r.register).toEqual([['2.1', 'open'], ['3.1', 'open']]);
  });

  it('lets an explicit review of the same meeting win over a later sentence', () => {
    const r = checked('## Actions from the previous meeting\n\n- Action 2.1: Kit to circulate the plot map. _Ongoing_\n\n## Paths\n\nAction 2.1 was done, Kit thought.\n');
    expect(r.register).toEqual([['2.1', 'open']]);
    expect(r.reviews.map((x) => x.source)).toEqual(['list']);
  });

  it('does not read "open data" or a plan ("will be completed") as a status', () => {
    for (const text of ['Action 2.1 is about open data on plots.', 'Action 2.1 will be completed by Kit.']) {
      const r = checked(`## Paths\n\n${text}\n`);
      expect(r.reviews[0]!.status, text).toBe('mentioned');
      expect(r.register, text).toEqual([['2.1', 'open']]);
    }
  });
});
