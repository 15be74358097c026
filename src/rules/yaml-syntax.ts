import type { SourceRule } from './types.js';

/** Reported by the reader (src/core/analyse.ts) at the position where the YAML parser stopped. */
export const yamlSyntax: SourceRule = {
  id: 'yaml-syntax',
  scope: 'source',
  severity: 'error',
  description: 'The front matter must be valid YAML (no duplicate keys, tabs for indentation, unclosed quotes…)',
};
