import type { SourceRule } from './types.js';

/** Reported by the reader (src/core/analyse.ts) when the bytes are not UTF-8 text. */
export const encoding: SourceRule = {
  id: 'encoding',
  scope: 'source',
  severity: 'error',
  description: 'The file must be UTF-8 text: no binary data, no invalid byte sequences',
};
