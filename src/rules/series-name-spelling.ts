import { wordsOf } from '../config/types.js';
import { nameKey, nearMatch } from '../model/person-match.js';
import { patternsOf } from '../vocabulary/patterns.js';
import type { Person } from '../model/types.js';
import type { SeriesRule } from './types.js';

/*
 * The same person spelled differently from one meeting to the next ("Ines Carver", then "Ines
 * Carvor") is reported in the later meeting, naming the meeting where the other spelling stands.
 * Configured `aliases` are legitimate variants; short forms ("Sam" for "Samuel") are not spellings.
 */
export const seriesNameSpelling: SeriesRule = {
  id: 'series-name-spelling',
  scope: 'series',
  severity: 'warn',
  description: 'A person is spelled the same way in every meeting of the series',
  check(ctx) {
    const titles = wordsOf(ctx.config);
    const aliases = new Set(Object.entries(ctx.config.aliases).flatMap(([k, vs]) => [k, ...vs]).map(nameKey));
    const earlier: Array<{ person: Person; meeting: string }> = [];
    const known = new Set<string>();
    for (const m of ctx.meetings) {
      const before = new Set(known);
      for (const p of m.people) {
        const key = nameKey(p.parts.name);
        if (p.parts.public || key === '' || before.has(key) || aliases.has(key)) continue;
        const near = nearMatch(p.parts.full, earlier.map((e) => e.person), titles);
        if (!near || aliases.has(nameKey(near.parts.name))) continue;
        const where = earlier.find((e) => e.person === near)!.meeting;
        ctx.report(p.nameSpan, `"${p.parts.name}" is spelled "${near.parts.name}" in the meeting of ${where}: use one spelling (or list the variant under \`aliases\`)`, { path: m.path });
      }
      // One entry per spelling: the meeting where it first stands.
      for (const p of m.people) {
        const key = nameKey(p.parts.name);
        if (known.has(key)) continue;
        known.add(key);
        earlier.push({ person: p, meeting: m.date ?? m.path });
      }
    }
  },
};
