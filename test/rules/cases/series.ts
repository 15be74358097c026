/**
 * The series rules, in-process, on small generated series (test/helpers/series.ts): three meetings
 * in good order, each case changing one thing. Every file of the series is checked, with every rule.
 */
import { GOOD, seriesSources, type MeetingSpec } from '../../helpers/series.js';

export const THIRD = '2024-03-13-hwc-3.md';

export const variant = (change: (s: MeetingSpec[]) => void) => {
  const s = structuredClone(GOOD);
  change(s);
  return seriesSources(s);
};
export const extraordinary = (third = GOOD[2]!): MeetingSpec[] => [GOOD[0]!, GOOD[1]!, { n: '2x', date: '2024-02-28', reviews: [{ id: 'HWC 1/01', status: 'open' }] }, third];
