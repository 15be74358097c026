import type { ProblemKind } from '../schema/check.js';
import type { FileRule, RuleMeta } from './types.js';

/**
 * Rules whose findings come from the front-matter schema walk (src/schema/check.ts): the walk
 * finds them in one pass; each rule reports its own kinds so that severities stay per rule.
 */
export function schemaRule(meta: RuleMeta, kinds: readonly ProblemKind[]): FileRule {
  const wanted = new Set<string>(kinds);
  return {
    ...meta,
    scope: 'file',
    check(ctx) {
      for (const p of ctx.schemaProblems) if (wanted.has(p.kind)) ctx.report(p.span, p.message);
    },
  };
}
