/**
 * The front matter written for an imported meeting: every value found, a `TODO` for a required
 * one not found (the `placeholder` rule reports it until someone fills it in), never a guess.
 */
import { PLACEHOLDER as TODO } from '../model/placeholder.js';
import { yamlString } from '../series/new-meeting.js';
import { isEmptyList, type Inferred, type PeopleList } from './infer.js';

export function slugOf(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\.docx$/i, '')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return slug || 'minutes';
}

function people(key: string, list: PeopleList, lines: string[]): void {
  lines.push(`${key}:`);
  for (const p of list.flat) lines.push(`  - ${yamlString(p)}`);
  for (const [category, names] of list.byCategory) {
    lines.push(`  ${yamlString(category)}:`);
    for (const p of names) lines.push(`    - ${yamlString(p)}`);
  }
}

const dedupe = (l: PeopleList): PeopleList => ({ flat: [...new Set(l.flat)], byCategory: new Map([...l.byCategory].map(([k, v]) => [k, [...new Set(v)]])) });

export function frontMatter(r: Inferred, source: string): { text: string; notFound: string[] } {
  const notFound: string[] = [];
  const lines = ['---', `# Imported by \`minutebook import\` from ${source.replace(/[\r\n]/g, ' ')}. Fill in every placeholder, then run \`minutebook check\`.`];
  const put = (key: string, value: string | undefined, required = false, what = key) => {
    // A date and a meeting number are written bare, as a person would type them.
    const bare = (key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value ?? '')) || (key === 'meeting' && /^\d+$/.test(value ?? ''));
    if (value !== undefined && value !== '') lines.push(`${key}: ${bare ? value : yamlString(value)}`);
    else {
      notFound.push(what);
      if (required) lines.push(`${key}: ${TODO}`);
    }
  };
  put('committee', r.committee, true);
  if (r.title) lines.push(`title: ${yamlString(r.title)}`);
  put('meeting', r.meeting, false, 'meeting number');
  put('date', r.date, true);
  put('start', r.start, false, 'start time');
  put('end', r.end, false, 'end time');
  put('venue', r.venue);
  const attendees = dedupe(r.attendees);
  if (r.chair && !JSON.stringify([...attendees.flat, ...attendees.byCategory.values()]).toLowerCase().includes(r.chair.toLowerCase())) attendees.flat.unshift(`${r.chair} (chair)`);
  if (isEmptyList(attendees)) {
    notFound.push('attendees');
    lines.push('attendees:', `  - ${TODO}`);
  } else people('attendees', attendees, lines);
  if (!isEmptyList(r.apologies)) people('apologies', dedupe(r.apologies), lines);
  else notFound.push('apologies');
  if (!isEmptyList(r.absent)) people('absent', dedupe(r.absent), lines);
  if (!isEmptyList(r.participants)) people('participants', dedupe(r.participants), lines);
  if (!isEmptyList(r.observers)) people('observers', dedupe(r.observers), lines);
  lines.push('---', '');
  return { text: lines.join('\n'), notFound };
}
