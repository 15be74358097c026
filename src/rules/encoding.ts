import type { SourceRule } from './types.js';

/** Reported by the reader (src/core/analyse.ts) when the bytes are not UTF-8 text. */
export const encoding: SourceRule = {
  id: 'encoding',
  scope: 'source',
  severity: 'error',
  description: 'The file must be text: UTF-8, or UTF-16 or UTF-32 with a byte-order mark; no binary data, no invalid byte sequences',
};
