import { DIRECTIVE_RULE_ID, directivesOf } from '../model/directives.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { FileRule } from './types.js';

/**
 * A misspelt rule name in a disable comment would leave the finding it meant to silence, silently.
 * The known names come in the context (`ruleIds`): importing the registry that lists this rule
 * would make a circle.
 */
export const disableComment: FileRule = {
  id: DIRECTIVE_RULE_ID,
  scope: 'file',
  severity: 'error',
  description: 'Comments `minutebook-disable`, `-enable` and `-disable-next-line` name known rules',
  check(ctx) {
    const fm = ctx.meeting.frontMatterSpan;
    const block = fm ? { start: fm.start.offset, end: fm.end.offset } : undefined;
    for (const d of directivesOf(ctx.source, ctx.tree, block)) {
      for (const r of d.rules) {
        if (ctx.ruleIds.has(r.id)) continue;
        ctx.report(ctx.loc.span(r.start, r.end), `Unknown rule "${r.id}" in a minutebook-${d.kind} comment${didYouMean(r.id, ctx.ruleIds)}`);
      }
    }
  },
};
