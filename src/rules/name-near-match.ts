import { wordsOf } from '../config/types.js';
import { gendered, nearMatch } from '../model/person-match.js';
import { peopleOf } from '../model/owner-resolve.js';
import { patternsOf, type Patterns } from '../vocabulary/patterns.js';
import { plainBlocks } from '../parse/plain-text.js';
import type { FileRule } from './types.js';

/*
 * A name in the text that nearly matches someone on the lists, but is nobody on them, is most
 * likely that person misspelt: "Tom Reed" with "Tom Reeve (TR)" present, "Cllr Mr Ashdown" with
 * "Cllr Mrs P Ashdown". Names that match nobody closely (speakers, officials, people discussed)
 * are left alone.
 */
const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
const CANDIDATES = new WeakMap<Patterns, RegExp>();
function candidates(words: Patterns): RegExp {
  let re = CANDIDATES.get(words);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:(?:${words.titleAsWritten}\\s+)+(?:${CAP}\\s+)?${CAP}|${CAP}\\s+${CAP})(?![\\p{L}])`, 'gu');
    CANDIDATES.set(words, re);
  }
  return re;
}

export const nameNearMatch: FileRule = {
  id: 'name-near-match',
  scope: 'file',
  severity: 'warn',
  description: 'A name in the text that nearly matches a listed person is probably that person misspelt',
  check(ctx) {
    const { meeting, config } = ctx;
    const people = meeting.people.filter((p) => !p.parts.public && p.parts.name !== '');
    if (people.length === 0) return;
    const titles = wordsOf(config);
    const index = peopleOf(meeting, config);
    const aliases = new Set(Object.values(config.aliases).flat().map((a) => a.toLowerCase()));
    for (const block of plainBlocks(ctx.tree, ctx.source)) {
      for (const m of block.text.matchAll(candidates(titles))) {
        // "Tom Reeve's report": the possessive is not part of the name.
        const written = m[0].replace(/['’]s$/, '');
        if (aliases.has(written.toLowerCase())) continue;
        const r = index.resolve(written);
        const isGendered = gendered(written, titles);
        if (r.kind === 'ambiguous' || (r.kind === 'one' && !isGendered)) continue;
        const near = nearMatch(written, people, titles);
        if (!near || (r.kind === 'one' && r.person !== near)) continue;
        const at = block.offset(m.index!, written.length);
        const span = at === undefined ? ctx.loc.span(block.start, block.start) : ctx.loc.span(at, at + written.length);
        const listed = near.written ?? near.name;
        ctx.report(span, `"${written}" nearly matches "${listed}" in ${near.list} (did you mean "${near.name}"?)`);
      }
    }
  },
};
