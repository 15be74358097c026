import { realDate } from '../schema/spec.js';
import type { Meeting } from './types.js';

/**
 * How the register names a meeting: its number where one is written, else its date (a series
 * holds one meeting a day; an extraordinary one on the same day carries a number). Actions
 * without an ID are this key and their place: `2024-03-23#2`.
 */
export function meetingKey(m: Pick<Meeting, 'meeting' | 'date' | 'path'>): string {
  return m.meeting ?? m.date ?? m.path;
}

export function actionIdentity(m: Pick<Meeting, 'meeting' | 'date' | 'path'>, ordinal: number): string {
  return `${meetingKey(m)}#${ordinal}`;
}

/** IDs compare with runs of white space folded, so `OPSG  41/01` and `OPSG 41/01` are the same action. */
export const normaliseId = (id: string): string => id.trim().replace(/\s+/g, ' ');

/** The `YYYY-MM-DD` a file name starts with (`2026-03-12-board.md`), when it is a real date: the meeting's date when the front matter gives none. */
export function dateFromPath(path: string): string | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const m = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return m && realDate(m[1]!) ? m[1] : undefined;
}
