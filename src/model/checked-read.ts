import type { Checked } from '../schema/check.js';
import type { FieldSpans } from './types.js';

/** Spans of each key of a checked map, for rules that point at a value. */
export function fieldSpans(m: Checked): FieldSpans {
  const out: FieldSpans = {};
  if (m.kind !== 'map') return out;
  for (const [k, v] of m.entries) out[k] = v.keySpan ? { key: v.keySpan, value: v.span } : { value: v.span };
  return out;
}

export function entries(m: Checked | undefined): Array<[string, Checked]> {
  return m?.kind === 'map' ? m.entries : [];
}

export function items(m: Checked | undefined): Checked[] {
  return m?.kind === 'list' ? m.items : [];
}
