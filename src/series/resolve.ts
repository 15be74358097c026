/**
 * Series resolution: the explicit, pure step between modelling each meeting and running the
 * rules. It groups meetings into series, orders them and follows every action through them
 * (the register). The series rules and the view model read its result; nothing here changes a
 * meeting.
 */
import type { Config } from '../config/types.js';
import type { ActionReview, Meeting } from '../model/types.js';
import { buildRegister, type Inherited, type Register } from './register.js';
import { groupSeries, idPatternOf } from './series.js';
import { resolveApprovals, type ApprovalLink } from './approvals.js';

export interface ResolvedSeries {
  config: Config;
  /** The meetings of one committee code, in series order (FORMAT §6). */
  meetings: readonly Meeting[];
  register: Register;
  /** Which meeting's minutes each approval approves (series/approvals.ts). */
  approvals: ApprovalLink[];
}

/** Resolves one series whose meetings are already in series order. */
export function resolveSeries(meetings: readonly Meeting[], config: Config): ResolvedSeries {
  return { config, meetings, register: buildRegister(meetings, idPatternOf(config)), approvals: resolveApprovals(meetings) };
}

/** Groups meetings into series (see series.ts) and resolves each. */
export function resolveAll(meetings: readonly Meeting[], configFor: (path: string) => Config): ResolvedSeries[] {
  return groupSeries(meetings, configFor).map((g) => resolveSeries(g.meetings, g.config));
}

/** What a review left out, as the meeting that raised the action wrote it; empty outside a series. */
export function inheritedOf(series: ResolvedSeries | undefined, review: ActionReview): Inherited {
  return series?.register.inherited.get(review) ?? {};
}
