/**
 * What `minutebook init` writes for a folder that already holds minutes: the committee's name,
 * its code and the action-ID scheme, read from the minutes themselves (pure: meetings in, values
 * out), so that the configuration fits what is there and no minutes file needs changing.
 */
import { findDate } from '../model/readers/kept-head.js';
import type { Meeting } from '../model/types.js';

export interface FittedSeries {
  committee?: string;
  code?: string;
  /** The action-ID pattern the minutes' own IDs follow, when they all follow one. */
  actionId?: string;
}

/** Words of a title that say what the document is, not whose it is. */
const DOCUMENT_WORDS = /\b(?:minutes|minute|meeting|meetings|notes|agenda|for|the|video|call|sync|of|held|on|at|draft|final|general|monthly|weekly)\b/gi;

function mostCommon(values: readonly string[], atLeast: number): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best && best[1] >= atLeast ? best[0] : undefined;
}

/** "Agenda for the June 21st video call of WebAssembly's Community Group" → "WebAssembly's Community Group". */
function whoseTitle(title: string): string | undefined {
  let t = title;
  const d = findDate(t, '2000');
  if (d) t = t.slice(0, d.index) + t.slice(d.index + d.length);
  const of = /\bof\s+(?:the\s+)?(.+)$/i.exec(t);
  if (of) t = of[1]!;
  t = t.replace(/\([^)]*\)/g, ' ').replace(DOCUMENT_WORDS, ' ').replace(/[-–—:,.#*_/\d]+/g, ' ').replace(/\s+/g, ' ').trim();
  return /^[\p{Lu}]/u.test(t) ? t : undefined;
}

/** "01-rust-leadership-council" → "Rust Leadership Council". */
export function folderTitle(folder: string): string {
  const words = folder.replace(/^\d+[-_ ]+/, '').split(/[-_ ]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

export function fitExisting(meetings: readonly Meeting[], folderName: string): FittedSeries {
  const out: FittedSeries = {};
  const third = Math.max(1, Math.ceil(meetings.length / 3));
  // The title, or the first heading when there is no title ("## Agenda for the … of X").
  const titles = meetings.flatMap((m) => [...new Set([m.title, m.agenda[0]?.title ?? ''])].flatMap((t) => whoseTitle(t) ?? []));
  const committee = mostCommon(meetings.flatMap((m) => (m.committee ? [m.committee] : [])), 1) ?? mostCommon(titles, third) ?? (folderName ? folderTitle(folderName) : undefined);
  if (committee) out.committee = committee;
  const code = mostCommon(meetings.flatMap((m) => (m.code ? [m.code] : [])), 1);
  if (code) out.code = code;
  else if (committee) {
    const initials = committee.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
    out.code = initials.length >= 2 ? initials.toUpperCase() : committee.replace(/[^\p{L}\d]/gu, '').slice(0, 6).toUpperCase();
  }
  // The IDs the minutes write: "RLC 12/03" is the default scheme with their code; bare "3" counts within a meeting.
  const ids = meetings.flatMap((m) => m.actions.filter((a) => a.id !== '' && !a.nearMiss).map((a) => a.id.trim()));
  if (ids.length >= 2) {
    const coded = ids.map((id) => /^([A-Z][A-Z0-9]{1,7}) \d+[a-z]?\/\d{2,}$/.exec(id)?.[1]);
    if (coded.every((c) => c !== undefined) && new Set(coded).size === 1) {
      out.code = coded[0]!;
      out.actionId = '{code} {meeting}/{seq}';
    } else if (ids.every((id) => /^\d+$/.test(id))) out.actionId = '{seq:1}';
  }
  return out;
}
