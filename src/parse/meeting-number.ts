import { compareText } from '../util/compare-text.js';

/**
 * The meeting number as FORMAT §2 writes it: digits, and a letter for an extraordinary meeting
 * (`38x` comes after 38 and before 39). The one definition: the schema, the model, the action-ID
 * pattern, the rules and the series read it from here.
 */
export const MEETING_NUMBER_SOURCE = '\\d+[a-z]?';

const WHOLE = /^(\d+)([a-z]?)$/;

export interface MeetingNumber {
  number: number;
  /** The letter of an extraordinary meeting. */
  suffix?: string;
}

export function parseMeetingNumber(text: string): MeetingNumber | undefined {
  const m = WHOLE.exec(text);
  if (!m) return undefined;
  return m[2] ? { number: Number(m[1]), suffix: m[2] } : { number: Number(m[1]) };
}

/** Series order of two meeting numbers: number, then suffix (none first). */
export function compareMeetingNumbers(a: MeetingNumber, b: MeetingNumber): number {
  return a.number - b.number || compareText(a.suffix ?? '', b.suffix ?? '');
}
