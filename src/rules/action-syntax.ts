import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

/**
 * Near-miss action lines (`ACTION: LKF 27/05:`, `Action LKF 27/05 -`, a missing colon, extra
 * spaces in the ID) are still read as actions, so nothing is lost; the warning keeps the minutes
 * uniform, and `check --fix` rewrites the prefix, and only the prefix, to `ACTION <id>: `.
 */
export const actionSyntax: FileRule = {
  id: 'action-syntax',
  scope: 'file',
  severity: 'warn',
  fixable: true,
  description: 'Action lines must start `ACTION <id>: ` exactly; near-misses are recognised and fixed by `check --fix`',
  check(ctx) {
    for (const a of v1Actions(ctx.meeting)) {
      if (!a.nearMiss) continue;
      const canonical = `ACTION ${a.id}:`;
      const how = a.nearMiss.fix ? ' (check --fix rewrites it)' : '';
      const message =
        a.nearMiss.written === canonical
          ? `Action line "${canonical}" needs a space after the colon${how}`
          : `Action line starts "${a.nearMiss.written}": write "${canonical} "${how}`;
      ctx.report(a.nearMiss.span, message, a.nearMiss.fix ? { fix: a.nearMiss.fix } : {});
    }
  },
};
