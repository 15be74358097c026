import { schemaRule } from './schema-rule.js';

export const valueType = schemaRule(
  { id: 'value-type', severity: 'error', description: 'Front-matter values must have the right type: text, number, list or map' },
  ['value-type'],
);
