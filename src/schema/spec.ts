/**
 * A small description language for YAML structures. One description serves three purposes: the
 * positioned checks of front matter and configuration, the typed reading into the model, and the
 * JSON Schemas shipped for editors (scripts/gen-schemas). Keeping one source stops them drifting.
 */
export type Spec =
  | { kind: 'string'; pattern?: RegExp; patternHint?: string }
  /** A string or number, kept as its source text (`41`, `"38x"`, `3.1`). */
  | { kind: 'text'; pattern?: RegExp; patternHint?: string }
  | { kind: 'integer'; min?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'time' }
  /** A date, a month (`2026-04`) or words ("TBC", "in April"), with an optional time: when a meeting will be. */
  | { kind: 'when' }
  | { kind: 'enum'; values: readonly string[]; caseInsensitive?: boolean }
  | { kind: 'markdown' }
  | { kind: 'list'; of: Spec }
  /** A map with free keys (categories, organisations), order kept. */
  | { kind: 'record'; of: Spec; keyName: string }
  | { kind: 'object'; fields: Record<string, Field>; shorthand?: string; name: string }
  /** The first alternative whose shape (scalar, list, map) fits is used. */
  | { kind: 'either'; of: Spec[] };

export interface Field {
  spec: Spec;
  required?: boolean;
  /**
   * A rule that reports this required key's absence itself (with a message of its own), so the
   * schema walk leaves it out; the JSON Schema still marks the key required for editors.
   */
  missingReportedBy?: string;
  description: string;
}

export const isDate = /^\d{4}-\d{2}-\d{2}$/;
/** `HH:MM`, optionally with a time zone as minutes write it: `15:00 GMT`, `17:30 CET`, `09:00 UTC+1`, `10:00 +02:00`. */
export const isTime = /^\d{2}:\d{2}(?:[ \t]*(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?$/;
export const isMonth = /^\d{4}-\d{2}$/;

/** Whether YYYY-MM-DD names a real calendar day. */
export function realDate(s: string): boolean {
  if (!isDate.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The days of a month, counted as `new Date(Date.UTC(y, m, 0)).getUTCDate()` counted them (which
 * reads years 0–99 as 1900–1999) without making a Date: the model checks every date it reads.
 */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return DAYS[m - 1]!;
  const year = y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The time zone written after a time, if any: `GMT` of `15:00 GMT`. */
export function timeZoneOf(s: string): string | undefined {
  const z = s.slice(5).trim();
  return z === '' ? undefined : z;
}

export function realTime(s: string): boolean {
  if (!isTime.test(s)) return false;
  const [h, m] = s.slice(0, 5).split(':').map(Number) as [number, number];
  return h <= 23 && m <= 59;
}
