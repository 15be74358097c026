/**
 * List numbers as Word shows them. mammoth restarts every list at 1, so a list that continues
 * after a paragraph, or one that starts at 5 (`w:start`, `w:startOverride` in numbering.xml),
 * would be renumbered. This walks the numbered paragraphs of document.xml in order with Word's
 * counters: one set per abstract numbering shared by its `w:num`s, restarted by a `w:num` that
 * overrides the start, a level's counter reset whenever a shallower level advances.
 */
import { attr } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

export function readNumbering(xml: string | undefined): Numbering {
  const nums: Numbering['nums'] = new Map();
  const abstracts: Numbering['abstracts'] = new Map();
  if (!xml) return { nums, abstracts };
  for (const a of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(a[1]!, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of a[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, 'w:ilvl') ?? 0);
      const start = /<w:start\b[^>]*w:val="(\d+)"/.exec(l[2]!);
      const format = /<w:numFmt\b[^>]*w:val="([^"]+)"/.exec(l[2]!);
      const text = /<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(l[2]!);
      levels.set(ilvl, { start: start ? Number(start[1]) : 1, format: format?.[1] ?? 'decimal', text: text?.[1] ?? `%${ilvl + 1}.` });
    }
    abstracts.set(id, levels);
  }
  for (const n of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(n[1]!, 'w:numId');
    const abs = /<w:abstractNumId\b[^>]*w:val="([^"]+)"/.exec(n[2]!);
    if (id === undefined || !abs) continue;
    const overrides = new Map<number, number>();
    for (const o of n[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2]!);
      if (s) overrides.set(Number(attr(o[1]!, 'w:ilvl') ?? 0), Number(s[1]));
    }
    nums.set(id, { abstract: abs[1]!, overrides });
  }
  return { nums, abstracts };
}

export interface ListNumber {
  /** The item's number at its own level, as a list's start. */
  value: number;
  /** The label Word shows ("4.1", "2)"), for numbered headings. */
  label: string;
  ordered: boolean;
}

const BULLET = new Set(['bullet', 'none']);

/** A counter over the numbered paragraphs of one document, called in document order. */
export function listCounter(numbering: Numbering): (numId: string, ilvl: number) => ListNumber | undefined {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  return (numId, ilvl) => {
    const num = numbering.nums.get(numId);
    if (!num) return undefined;
    const levels = numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    // Every num of one abstract numbering continues the same count (as Word and LibreOffice
    // number them); a num that overrides a start restarts it the first time it is used.
    let c = counters.get(num.abstract);
    if (!c) counters.set(num.abstract, (c = []));
    if (num.overrides.has(ilvl) && !restarted.has(`${numId}:${ilvl}`)) {
      restarted.add(`${numId}:${ilvl}`);
      c.length = Math.min(c.length, ilvl);
    }
    const startOf = (l: number) => (restarted.has(`${numId}:${l}`) ? num.overrides.get(l) : undefined) ?? levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    c.length = ilvl + 1;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(c[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
    return { value: c[ilvl]!, label, ordered: !BULLET.has(level.format) };
  };
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  // Word repeats the letter past Z: AA, BBB…
  const k = Math.max(1, n);
  return String.fromCharCode(65 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let k = n;
  for (const [v, r] of table) while (k >= v) (s += r), (k -= v);
  return s || String(n);
}
