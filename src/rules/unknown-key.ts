import { schemaRule } from './schema-rule.js';

export const unknownKey = schemaRule(
  { id: 'unknown-key', severity: 'error', description: 'Front-matter keys must be known ones; typos get a suggestion' },
  ['unknown-key'],
);
