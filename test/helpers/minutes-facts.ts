import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

/**
 * What a reader must find in a rendered minutes file, read straight from its Markdown source
 * (independently of the compiler's model): people, action IDs, agenda titles in order, and the
 * front-matter values the title block shows.
 */
export interface MinutesFacts {
  people: string[];
  actionIds: string[];
  agendaTitles: string[];
  date: string;
  status: string;
  classification?: string;
  reviewDates: string[];
}

export function minutesFacts(path: string): MinutesFacts {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const end = text.indexOf('\n---', 4);
  const fm = parse(text.slice(4, end)) as Record<string, unknown>;
  const body = text.slice(text.indexOf('\n', end + 1) + 1);
  const people: string[] = [];
  for (const list of ['attendees', 'participants', 'apologies']) {
    const groups = (fm[list] ?? {}) as Record<string, Array<string | { name: string }>>;
    for (const g of Object.values(groups)) for (const p of g ?? []) people.push(typeof p === 'string' ? p : p.name);
  }
  const reviews = (fm.outstanding ?? []) as Array<{ id: string; raised?: string | Date }>;
  const actionIds = [...reviews.map((r) => String(r.id))];
  for (const m of body.matchAll(/^ACTION:?\s+([^:\n]+?)\s*:/gm)) actionIds.push(m[1]!.trim());
  const agendaTitles: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const h = !inFence && /^#{2,3}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) agendaTitles.push(plain(h[1]!.replace(/^\d+(?:\.\d+)*\.?\s+/, '')));
  }
  const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : String(fm.date);
  const facts: MinutesFacts = {
    people,
    actionIds,
    agendaTitles,
    date,
    // No `status`: the minutes say nothing of their status, and no label is printed.
    status: String(fm.status ?? 'none'),
    reviewDates: reviews.flatMap((r) => (r.raised ? [r.raised instanceof Date ? (r.raised as Date).toISOString().slice(0, 10) : String(r.raised)] : [])),
  };
  const classification = (fm.classification as string | undefined) ?? configValue(path, 'classification');
  if (classification !== undefined) facts.classification = classification;
  return facts;
}

/** The value from the nearest .minutebook.yaml that sets it (the file wins over configuration). */
function configValue(path: string, key: string): string | undefined {
  let dir = dirname(path);
  for (;;) {
    const c = join(dir, '.minutebook.yaml');
    if (existsSync(c)) {
      const v = (parse(readFileSync(c, 'utf8')) ?? {})[key];
      // The nearest configuration file is the one that applies, set or not.
      return v === undefined ? undefined : String(v);
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Markdown inline syntax removed: what a reader sees. */
export function plain(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** en-GB forms used by the default configuration. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
}
export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
}

export const STATUS_TEXT: Record<string, string> = { none: '', draft: 'Draft Minutes', final: 'Minutes', approved: 'Approved Minutes' };
