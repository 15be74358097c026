import type { SourceRule } from './types.js';

/**
 * Reported by the reader (src/core/analyse.ts, from model/readers/people-section.ts) when the front matter
 * and the body of the minutes give different dates: a site's front matter dates the page (the body
 * wins), minutebook's own front matter wins over the body.
 */
export const frontmatterBodyMismatch: SourceRule = {
  id: 'frontmatter-body-mismatch',
  scope: 'source',
  severity: 'warn',
  description: 'The front matter and the body of the minutes give the same meeting date',
};
