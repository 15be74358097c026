/**
 * Who an owner token stands for. Deliberately small: full name, first name or surname when only
 * one person listed has it, declared initials, initials of a listed name when only one person has
 * them, a role written in the front matter, the configured parties, roster and committee code.
 * Person matching proper (titles, "D. Rhys" ↔ Dafydd Rhys) belongs to the people model and is
 * meant to replace the body of this function.
 */
import { wordsOf } from '../config/types.js';
import type { Config } from '../config/types.js';
import { isEveryone, isRole } from './action-owners.js';
import { normaliseName } from './people.js';
import { patternsOf } from '../vocabulary/patterns.js';
import type { Meeting, Person } from './types.js';

export type Resolved = { kind: 'person'; person: Person } | { kind: 'role' } | { kind: 'body'; name: string } | { kind: 'everyone' };

export interface OwnerIndex {
  resolve(token: string): Resolved | undefined;
}

export function ownerIndex(meeting: Pick<Meeting, 'people' | 'code' | 'committee'>, config: Pick<Config, 'parties' | 'roster' | 'code' | 'vocabulary' | 'titles' | 'proseDecisionVerbs' | 'decisionSubjects'>): OwnerIndex {
  const words = wordsOf(config);
  const TITLE = new RegExp(`^(?:${words.title}\\s+)+`, 'i');
  const unique = new Map<string, Person | null>();
  const add = (key: string | undefined, p: Person) => {
    if (!key) return;
    const k = normaliseName(key);
    if (k === '') return;
    const seen = unique.get(k);
    unique.set(k, seen === undefined || seen === p ? p : null);
  };
  const exact = new Map<string, Person>();
  for (const p of meeting.people) {
    const name = p.name.replace(TITLE, '').trim();
    if (!name) continue;
    exact.set(normaliseName(name), p);
    exact.set(normaliseName(p.name), p);
    if (p.initials) exact.set(normaliseName(p.initials), p);
    const words = name.split(/\s+/);
    if (words.length > 1) {
      add(words[0], p);
      add(words[words.length - 1], p);
      add(words.map((w) => w[0]).join(''), p);
    }
    if (p.role) add(p.role, p);
  }
  const bodies = new Set([...config.parties, ...config.roster.map((m) => m.category), meeting.code, config.code, meeting.committee].filter((s): s is string => !!s).map(normaliseName));
  for (const m of config.roster) for (const a of [m.name, m.initials, ...m.aliases]) if (a) bodies.add(normaliseName(a));
  return {
    resolve(token) {
      const t = token.trim().replace(TITLE, '');
      const k = normaliseName(t);
      if (k === '') return undefined;
      const p = exact.get(k) ?? unique.get(k);
      if (p) return { kind: 'person', person: p };
      if (isEveryone(t, words)) return { kind: 'everyone' };
      if (isRole(t, words)) return { kind: 'role' };
      const body = k.replace(/^the\s+/, '');
      if (bodies.has(body)) return { kind: 'body', name: t };
      return undefined;
    },
  };
}
