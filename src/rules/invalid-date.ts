import { schemaRule } from './schema-rule.js';

export const invalidDate = schemaRule(
  { id: 'invalid-date', severity: 'error', description: 'Dates must be real calendar dates written YYYY-MM-DD; times real times written HH:MM' },
  ['invalid-date', 'invalid-time'],
);
