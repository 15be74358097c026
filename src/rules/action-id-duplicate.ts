import type { NewAction } from '../model/types.js';
import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

export const actionIdDuplicate: FileRule = {
  id: 'action-id-duplicate',
  scope: 'file',
  severity: 'error',
  description: 'No action ID may be raised twice in one meeting',
  check(ctx) {
    const first = new Map<string, NewAction>();
    for (const a of v1Actions(ctx.meeting)) {
      if (a.id === '') continue;
      const seen = first.get(a.id);
      if (seen) ctx.report(a.idSpan, `Action ID "${a.id}" is raised twice: it was first raised on line ${seen.idSpan.start.line}`);
      else first.set(a.id, a);
    }
  },
};
