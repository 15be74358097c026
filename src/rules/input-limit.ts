import type { SourceRule } from './types.js';

/**
 * Reported by the reader (src/core/analyse.ts) when a file is beyond what minutebook reads: so
 * that a pasted log or a pathological nesting costs a clear finding, not minutes of CPU or a crash.
 */
export const inputLimit: SourceRule = {
  id: 'input-limit',
  scope: 'source',
  severity: 'error',
  description: 'A minutes file is at most 1 MB, nested at most 100 levels deep, with at most 2,000 emphasis or link marks per paragraph',
};
