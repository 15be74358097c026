import type { NumberScheme, WrittenNumber } from '../model/numbering.js';
import { nextNumberText } from '../model/numbering.js';
import type { AgendaItem, NumberedParagraph } from '../model/types.js';
import type { FileContext, FileRule } from './types.js';

export const agendaNumbering: FileRule = {
  id: 'agenda-numbering',
  scope: 'file',
  severity: 'error',
  description: 'Section numbers run on within their scheme among siblings (1, 2, 3…; 3.1, 3.2…; a), b)…; 044/18, 045/18…), with no gap or repeat',
  check(ctx) {
    walk(ctx, ctx.meeting.agenda, undefined);
    for (const run of ctx.meeting.numberedParagraphs) numberedParagraphs(ctx, run);
  },
};

const isDecimal = (s: NumberScheme) => s === 'decimal' || s === 'multilevel';
const familyOf = (s: NumberScheme) => (isDecimal(s) ? 'decimal' : s.replace(/-(lower|upper)$/, ''));

/**
 * Numbers are compared only with the sibling before them in the same scheme (NATURAL §3):
 * unnumbered and procedural sections, and numbers of another scheme, stand between them freely.
 * Each is compared with the number expected after its previous one as written, so that one slip
 * (1, 2, 4, 5) is reported once and not on every following item.
 */
function walk(ctx: FileContext, items: AgendaItem[], parent: AgendaItem | undefined): void {
  const previous = new Map<string, WrittenNumber>();
  const parentNumber = parent?.written && isDecimal(parent.written.scheme) ? parent.number : undefined;
  let unnumbered = 0;
  for (const item of items) {
    const w = item.written;
    if (!w) unnumbered++;
    // The first number after unnumbered sections may count them ("Apologies", then "2. Minutes").
    else if (item.numberSpan && !previous.size && w.value > 1 && w.value - 1 <= unnumbered) previous.set(familyOf(w.scheme), { ...w, value: w.value - 1, parts: [...w.parts.slice(0, -1), w.value - 1] });
    if (w && item.numberSpan) {
      // Decimal numbers with and without parent parts are one sequence under a numbered parent.
      const family = familyOf(w.scheme);
      const before = previous.get(family);
      checkOne(ctx, item, w, before, parentNumber, parent);
      previous.set(family, w);
    }
    walk(ctx, item.children, item);
  }
}

function checkOne(ctx: FileContext, item: AgendaItem, w: WrittenNumber, before: WrittenNumber | undefined, parentNumber: string | undefined, parent: AgendaItem | undefined): void {
  const kind = parent ? 'Sub-item' : 'Agenda item';
  const span = item.numberSpan!;
  if (isDecimal(w.scheme)) {
    const found = item.number;
    const prefix = w.parts.slice(0, -1).join('.');
    const prevOwn = before ? before.parts[before.parts.length - 1]! : undefined;
    if (parentNumber !== undefined) {
      const expected = `${parentNumber}.${(prevOwn ?? 0) + 1}`;
      if (w.parts.length === 1 && parentNumber !== undefined) {
        // `a)`-style plain numbers under a numbered item are a list of their own: compare values only.
        report(ctx, span, kind, found, String((prevOwn ?? 0) + 1), w.value, prevOwn, w.value === 0 && prevOwn === undefined);
        return;
      }
      if (prefix !== parentNumber) {
        ctx.report(span, `${kind} number ${found} is numbered under ${prefix} but stands under item ${parentNumber}: expected ${expected}, found ${found}`);
        return;
      }
      report(ctx, span, kind, found, expected, w.value, prevOwn, false, parentNumber);
      return;
    }
    if (w.parts.length > 1) {
      // Without a numbered parent, `4.1`, `4.2` run on among themselves; a new prefix starts at 1.
      const prevPrefix = before && before.parts.length > 1 ? before.parts.slice(0, -1).join('.') : undefined;
      if (prevPrefix === prefix) report(ctx, span, kind, found, `${prefix}.${prevOwn! + 1}`, w.value, prevOwn, false, prefix);
      return;
    }
    // Item 0 may open the minutes; plain numbers otherwise start at 1 and run on.
    report(ctx, span, kind, found, String((prevOwn ?? 0) + 1), w.value, prevOwn ?? (w.value === 0 ? -1 : 0), false);
    return;
  }
  // Running minute numbers continue the last meeting's, so the first one may be anything.
  if (w.scheme === 'minute' && !before) return;
  const prevValue = before?.value ?? 0;
  if (w.value === prevValue + 1) return;
  const expected = before ? nextNumberText(before) : nextNumberText(w, 1);
  const how = w.value > prevValue + 1 ? `skips ${skippedText(before ?? w, prevValue + 1, w.value)}` : w.value === prevValue ? 'repeats the number before it' : 'goes back';
  ctx.report(span, `${kind} number ${w.text} ${how}: expected ${expected}, found ${w.text}`);
}

function report(ctx: FileContext, span: AgendaItem['span'], kind: string, found: string, expected: string, own: number, prevOwn: number | undefined, allowed: boolean, prefix?: string): void {
  const prev = prevOwn ?? 0;
  if (allowed || own === prev + 1) return;
  const name = (n: number) => (prefix !== undefined ? `${prefix}.${n}` : String(n));
  const how = own > prev + 1 ? `skips ${own - (prev + 1) === 1 ? name(prev + 1) : `${name(prev + 1)} to ${name(own - 1)}`}` : own === prev ? 'repeats the number before it' : 'goes back';
  ctx.report(span, `${kind} number ${found} ${how}: expected ${expected}, found ${found}`);
}

function skippedText(n: WrittenNumber, from: number, to: number): string {
  const name = (v: number) => nextNumberText(n, v);
  return to - from === 1 ? name(from) : `${name(from)} to ${name(to - 1)}`;
}

/** Numbered paragraphs run on like section numbers: `2.` then `4.` skips `3.`. */
function numberedParagraphs(ctx: FileContext, run: NumberedParagraph[]): void {
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1]!.number;
    const p = run[i]!;
    if (p.number === prev + 1) continue;
    const expected = p.text.replace(/^\d+/, String(prev + 1));
    const skipped = p.text.replace(/^\d+/, String(p.number - 1));
    const how = p.number > prev + 1 ? `skips ${p.number - prev === 2 ? expected : `${expected} to ${skipped}`}` : p.number === prev ? 'repeats the number before it' : 'goes back';
    ctx.report(p.span, `Numbered paragraph ${p.text} ${how}: expected ${expected}, found ${p.text}`);
  }
}
