import { schemaRule } from './schema-rule.js';

export const requiredKey = schemaRule(
  { id: 'required-key', severity: 'error', description: 'Required front-matter keys (committee, code, meeting, date, attendees) must be given' },
  ['required-key'],
);
