import { PLACEHOLDER } from '../model/placeholder.js';
import type { FileRule } from './types.js';

const MARK = new RegExp(`\\b${PLACEHOLDER}\\b[^\\n"]*`, 'g');

export const placeholder: FileRule = {
  id: 'placeholder',
  scope: 'file',
  severity: 'warn',
  description: 'A `TODO` placeholder (as `minutebook new` writes them) is still in the minutes',
  check(ctx) {
    // Anywhere in the file, YAML comments included: `new` marks what to confirm there too.
    for (const m of ctx.source.matchAll(MARK)) {
      const text = m[0].trim();
      const start = m.index;
      ctx.report(ctx.loc.span(start, start + m[0].trimEnd().length), `Placeholder "${text.length > 70 ? `${text.slice(0, 69)}…` : text}" is still to be filled in`);
    }
  },
};
