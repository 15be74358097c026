/** Dates and times as Word minutes write them: "24th January 2014", "21-October-2011", "January 9, 1990", "1000-1200", "19.00 – 21.00", "7:00 PM". */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH},?[\\s-]+(\\d{4})\\b`, 'i'), (m) => iso(+m[3]!, monthOf(m[2]!), +m[1]!)],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3]!, monthOf(m[1]!), +m[2]!)],
  // 05/09/2018 and 5.9.2018: day first (the reference set is British and European); a first
  // number above 12 can only be a day, a second above 12 only a day in the American order.
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, (m) => (+m[2]! > 12 ? iso(+m[3]!, +m[1]!, +m[2]!) : iso(+m[3]!, +m[2]!, +m[1]!))],
];

/** The first date written in `text`, as YYYY-MM-DD, with where it starts. */
export function findDate(text: string): { date: string; index: number } | undefined {
  let best: { date: string; index: number } | undefined;
  for (const [re, make] of PATTERNS) {
    const m = re.exec(text);
    const date = m && make(m);
    if (m && date && (!best || m.index < best.index)) best = { date, index: m.index };
  }
  return best;
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
