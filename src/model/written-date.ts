/**
 * Dates as minutes write them when they name another meeting: "11 March", "11th March 2026",
 * "July 6", "14 Feb 2024", "2026-03-11", or only a month ("the October meeting"). A date written
 * without its year is the last such day before the meeting that writes it: minutes name earlier
 * meetings, and "the minutes of 6 July" read in a January meeting are last July's.
 */
import { realDate } from '../schema/spec.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month name or its usual abbreviation ("Feb", "Sept"); `May` only in full. */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH})\\.?${YEAR}\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s+${DAY}\\b${YEAR}`, 'i');
/** A month standing for a meeting: "the October meeting", "November 2024 meeting minutes", "minutes of March". */
const MONTH_MEETING = new RegExp(`\\b(${MONTH})${YEAR}\\s+(?:\\w+\\s+)?(?:meeting|minutes)\\b|\\bminutes\\s+(?:of|from|for)\\s+(?:the\\s+)?(${MONTH})${YEAR}\\b`, 'i');

export interface WrittenDate {
  /** A full ISO date, when a day was written (its year inferred when left out). */
  date?: string;
  /** `YYYY-MM`, when only a month was written. */
  month?: string;
  /** As written. */
  written: string;
  /** Offset of `written` in the text searched. */
  index: number;
}

const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, '0');

/** The first date or meeting month written in `text`; `before` (ISO) places a date written without its year. */
export function findWrittenDate(text: string, before?: string): WrittenDate | undefined {
  const found: WrittenDate[] = [];
  const iso = ISO.exec(text);
  if (iso && realDate(iso[0])) found.push({ date: iso[0], written: iso[0], index: iso.index });
  const dm = DAY_MONTH.exec(text);
  if (dm) add(found, dm, Number(dm[1]), dm[2]!, dm[3], before);
  const md = MONTH_DAY.exec(text);
  if (md) add(found, md, Number(md[2]), md[1]!, md[3], before);
  const mm = MONTH_MEETING.exec(text);
  if (mm) {
    const name = (mm[1] ?? mm[3])!;
    const year = mm[2] ?? mm[4];
    const month = monthIndex(name) + 1;
    const y = year !== undefined ? Number(year) : yearBefore(month, 1, before);
    const w: WrittenDate = { written: mm[0], index: mm.index };
    if (y !== undefined) w.month = `${y}-${pad(month)}`;
    // "Minutes of the November 18, 1998 meeting": the month is the start of a day's date, not a month alone.
    if (!found.some((f) => f.date && f.index >= mm.index && f.index < mm.index + mm[0].length)) found.push(w);
  }
  // The earliest in the text; at one place, a day wins over a month ("6 July meeting").
  found.sort((a, b) => a.index - b.index || (a.date ? -1 : 1));
  return found[0];
}

function add(found: WrittenDate[], m: RegExpExecArray, day: number, monthName: string, year: string | undefined, before: string | undefined): void {
  const month = monthIndex(monthName) + 1;
  if (month < 1 || day < 1 || day > 31) return;
  const y = year !== undefined ? Number(year) : yearBefore(month, day, before);
  const w: WrittenDate = { written: m[0], index: m.index };
  if (y !== undefined) {
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (!realDate(date)) return;
    w.date = date;
  }
  found.push(w);
}

/** The year of the last month/day strictly before `before` (its own day counts as before only in an earlier year). */
function yearBefore(month: number, day: number, before: string | undefined): number | undefined {
  if (before === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(before)) return undefined;
  const y = Number(before.slice(0, 4));
  const here = `${y}-${pad(month)}-${pad(day)}`;
  return here < before ? y : y - 1;
}
