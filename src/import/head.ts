/**
 * The date, the people and the chair of an imported meeting, read from its converted Markdown by
 * the model's reader of minutes kept without front matter (model/readers/kept-head.ts), so that `import`
 * and `check` read a meeting the same way: labelled lines and headings, "Present from <site>:"
 * groups, tables of attendees with initials and organisation, sentences such as "Directors Ada Pike
 * and Tom Reeve were present". What it does not find stays unset; nothing is guessed.
 */
import { keptGroups, readKeptHead } from '../model/readers/kept-head.js';
import type { KeptText } from '../model/readers/kept-head.js';
import type { Inferred, PeopleList } from './infer.js';


/** A person as the front matter writes them: "Paul Boroday (PB), OCDS". */
const written = (e: KeptText) => {
  const one = (t: string) => t.replace(/\s+/g, ' ');
  return `${one(e.text)}${e.initials && !e.text.includes(`(${e.initials})`) ? ` (${e.initials})` : ''}${e.organisation ? `, ${one(e.organisation)}` : ''}`;
};

/** Fills `r` with what the body says; the cover reading (title, cover table, page header) keeps what the body does not give. */
export function readBodyHead(markdown: string, r: Inferred): void {
  // A name without a date: the date must come from the text, never from the file's name.
  const head = readKeptHead(markdown, 0, 'imported.md');
  if (head.date?.source === 'body') r.date = head.date.iso;
  for (const g of keptGroups(head)) {
    const list: PeopleList = r[g.list];
    const people = g.entries.map(written);
    if (g.site) list.byCategory.set(g.site, [...(list.byCategory.get(g.site) ?? []), ...people]);
    else list.flat.push(...people);
  }
  if (head.chair && r.chair === undefined) r.chair = head.chair.text;
}

