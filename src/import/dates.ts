/**
 * Times as Word minutes write them: "1000-1200", "19.00 – 21.00", "7:00 PM". Dates are read by the
 * model's reader of minutes kept without front matter (model/readers/kept-head.ts `findDate`), as `check`
 * reads them; this module only gives its answer the shape the importer uses.
 */
import { findDate as keptDate } from '../model/readers/kept-head.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date written in `text`, as YYYY-MM-DD, with where it starts. */
export function findDate(text: string): { date: string; index: number } | undefined {
  const d = keptDate(text);
  return d ? { date: d.iso, index: d.index } : undefined;
}

const clock = (h: string, m: string | undefined, ampm?: string) => {
  let hour = Number(h);
  if (ampm) {
    const pm = /p/i.test(ampm);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  const minute = Number(m ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
};

/** Start and end times: "1000-1200", "13:00 – 16:00", "19.00 – 21.00", "7:00 PM". */
export function findTimes(text: string): { start?: string; end?: string } {
  const range = /(?<![\d/.-])([01]?\d|2[0-3])[:.h]?([0-5]\d)\s*(?:hrs?\.?\s*)?(?:-|–|—|to|until)\s*([01]?\d|2[0-3])[:.h]?([0-5]\d)(?![\d/-])/i.exec(text);
  if (range) {
    const start = clock(range[1]!, range[2]);
    const end = clock(range[3]!, range[4]);
    if (start && end) return { start, end };
  }
  const single = /\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\b\.?/i.exec(text);
  if (single) {
    const start = clock(single[1]!, single[2], single[3]);
    if (start) return { start };
  }
  const plain = /\b(?:at|from|start(?:ed|ing)?(?: at)?)\s+([01]?\d|2[0-3])[:.]([0-5]\d)\b/i.exec(text);
  if (plain) {
    const start = clock(plain[1]!, plain[2]);
    if (start) return { start };
  }
  return {};
}
