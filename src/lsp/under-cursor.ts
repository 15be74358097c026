/**
 * What the cursor is on: an action ID (where it is raised, reviewed or mentioned in prose) or a
 * person (a name in the people lists, or a known name anywhere on the line).
 */
import type { Config } from '../config/types.js';
import { idPatternOf } from '../model/action-id.js';
import { peopleIndex } from '../model/identity.js';
import { normaliseName } from '../model/people.js';
import type { Meeting, Person } from '../model/types.js';
import { normaliseId } from '../model/meeting-key.js';
import { within } from './text-position.js';

export type Target = { kind: 'action'; id: string; start: number; end: number } | { kind: 'person'; name: string; start: number; end: number; listed?: Person };

const searchers = new Map<string, RegExp>();

/** The ID pattern as a search over a line rather than a whole-string match. */
function idSearch(config: Config): RegExp {
  let re = searchers.get(config.actionId);
  if (!re) {
    const loose = idPatternOf(config).loose.source.replace(/^\^/, '').replace(/\$$/, '');
    re = new RegExp(`(?<![\\w/])${loose}(?![\\w/])`, 'g');
    searchers.set(config.actionId, re);
  }
  return re;
}

/** `listed`: the people of the file as read now (their spans must match `source`). */
export function targetAt(source: string, offset: number, listed: readonly Person[], config: Config, knownNames: Iterable<string>, isKnownId: (id: string) => boolean): Target | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset) === -1 ? source.length : source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd);
  const at = offset - lineStart;

  const search = idSearch(config);
  const pattern = idPatternOf(config);
  search.lastIndex = 0;
  for (let m = search.exec(line); m; m = search.exec(line)) {
    if (m[0].length === 0) search.lastIndex++;
    if (at < m.index || at > m.index + m[0].length) continue;
    // A two-word code may have swallowed the word before the ID ("Following DXOG 18/03"): try
    // the match without its leading words too, and take the first the series knows, else the shortest.
    const candidates = [0, ...[...m[0].matchAll(/\s+/g)].map((w) => w.index + w[0].length)]
      .map((from) => ({ from: m!.index + from, id: m![0].slice(from) }))
      .filter((c) => pattern.loose.test(c.id) && c.from <= at);
    const chosen = candidates.find((c) => isKnownId(normaliseId(c.id))) ?? candidates[candidates.length - 1];
    if (chosen) return { kind: 'action', id: normaliseId(chosen.id), start: lineStart + chosen.from, end: lineStart + m.index + m[0].length };
  }

  const person = listed.find((p) => within(p.nameSpan, offset));
  if (person) return { kind: 'person', name: person.name, start: person.nameSpan.start.offset, end: person.nameSpan.end.offset, listed: person };

  // A name in prose or in an owner: the longest known name that covers the cursor.
  const lower = line.toLowerCase();
  let best: Target | undefined;
  for (const name of new Set([...knownNames].map((n) => n.trim()).filter((n) => n.length > 1))) {
    const needle = name.toLowerCase();
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      if (i <= at && at <= i + needle.length && (!best || needle.length > best.end - best.start)) best = { kind: 'person', name, start: lineStart + i, end: lineStart + i + needle.length };
    }
  }
  return best;
}

/** Every name the series and its roster know, for finding names in prose. */
export function knownNames(config: Config, meetings: readonly Meeting[]): string[] {
  const names = new Map<string, string>();
  for (const r of config.roster) for (const n of [r.name, ...r.aliases]) names.set(normaliseName(n), n);
  for (const m of meetings) for (const p of m.people) if (p.name) names.set(normaliseName(p.name), p.name);
  return [...names.values()];
}

/**
 * The identity key of a name, from the meeting's one index of people (model/identity.ts); keys
 * depend on the roster only, so the same key compares names in the series' other meetings.
 */
export function personKey(meeting: Meeting, config: Config): (name: string) => string {
  return peopleIndex(meeting, config.roster).key;
}
