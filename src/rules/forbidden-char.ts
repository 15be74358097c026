import { findForbiddenChars } from '../util/forbidden-chars.js';
import type { FileRule } from './types.js';

/**
 * Control characters (pasted from other programs, typically U+000B "vertical tab" from Word
 * line breaks, or U+001B from a terminal) that XML 1.0 cannot hold. The DOCX output drops them;
 * this says where they were, so that nothing disappears from the minutes unannounced.
 */
export const forbiddenChar: FileRule = {
  id: 'forbidden-char',
  scope: 'file',
  severity: 'warn',
  fixable: true,
  description: 'No control characters that Word documents cannot hold (they are removed from the DOCX output)',
  check(ctx) {
    for (const c of findForbiddenChars(ctx.source)) {
      ctx.report(ctx.loc.span(c.offset, c.offset + 1), `Control character ${c.code} cannot be written to a Word document and is left out of the DOCX output: delete it`, {
        fix: { start: c.offset, end: c.offset + 1, text: '' },
      });
    }
  },
};
