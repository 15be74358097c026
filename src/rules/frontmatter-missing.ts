import type { SourceRule } from './types.js';

/** Reported by the reader (src/core/analyse.ts) when there is no `---` block, or it never closes. */
export const frontmatterMissing: SourceRule = {
  id: 'frontmatter-missing',
  scope: 'source',
  severity: 'error',
  description: 'A minutes file starts with a YAML front matter block between `---` lines',
};
