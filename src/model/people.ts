import { field, scalar, type Checked } from '../schema/check.js';
import { entries, fieldSpans, items } from './checked-read.js';
import { parsedPerson, parsePerson, type TitleSets } from './person-parse.js';
import type { PeopleGroup, PeopleList, Person } from './types.js';
import { memoise } from '../util/memo.js';

/** A map of category → list, or a flat list: one group without a name, order kept. */
export function readPeople(groups: Checked | undefined, list: PeopleList, titles?: TitleSets): PeopleGroup[] {
  if (groups?.kind === 'list') return [{ name: '', span: groups.keySpan ?? groups.span, people: groups.items.map((p) => readPerson(p, '', list, titles)) }];
  return entries(groups).map(([name, people]) => ({
    name,
    span: people.keySpan ?? people.span,
    people: items(people).map((p) => readPerson(p, name, list, titles)),
  }));
}

function readPerson(p: Checked, group: string, list: PeopleList, titles?: TitleSets): Person {
  const nameNode = field(p, 'name');
  const raw = (scalar(p, 'name') ?? '').trim();
  // Memoised: a series lists the same people in every meeting (a person's parts are never changed).
  const parts = titles ? parsedPerson(titles, raw) : parsePerson(raw);
  // The string form is the minutes' own words: its brackets and organisation are parts, not name.
  const isString = nameNode !== undefined && nameNode.keySpan === undefined;
  const person: Person = {
    name: isString && /[(,]/.test(raw) ? parts.full || raw : raw,
    group,
    list,
    span: p.span,
    nameSpan: nameNode?.span ?? p.span,
    fields: fieldSpans(p),
    parts,
  };
  if (isString) {
    person.written = raw;
    if (parts.role !== undefined) person.role = parts.role;
    if (parts.alternateFor !== undefined) person.alternateFor = parts.alternateFor;
    if (parts.part) person.part = true;
    if (parts.items) person.items = parts.items;
    if (parts.remote) person.remote = true;
    if (parts.initials !== undefined) person.initials = parts.initials;
    if (parts.representing !== undefined) person.representing = parts.representing;
    if (parts.organisation !== undefined) person.organisation = parts.organisation;
  }
  for (const key of ['representing', 'organisation'] as const) {
    const v = scalar(p, key);
    if (v !== undefined) person[key] = v.trim();
  }
  const role = scalar(p, 'role');
  if (role !== undefined) person.role = role.trim();
  const alt = scalar(p, 'alternate_for');
  if (alt !== undefined) person.alternateFor = alt.trim();
  const its = field(p, 'items');
  if (its?.kind === 'list') {
    const written = its.items.filter((i) => i.kind === 'scalar');
    person.items = written.map((i) => String(i.value));
    person.itemSpans = written.map((i) => i.span);
  }
  const part = scalar<boolean | string>(p, 'part');
  if (typeof part === 'boolean') person.part = part;
  else if (typeof part === 'string') {
    person.part = true;
    person.partText = part.trim();
  }
  const remote = scalar<boolean>(p, 'remote');
  if (remote !== undefined) person.remote = remote;
  const initials = scalar(p, 'initials');
  if (initials !== undefined) person.initials = initials.trim();
  const proxy = scalar(p, 'proxy_to');
  if (proxy !== undefined) person.proxyTo = proxy.trim();
  return person;
}

/**
 * Names compare without case and with runs of white space folded. Memoised: owners and roles are
 * looked up against every known name, and a 1,000-file check spent 3% of its time here.
 */
export const normaliseName = memoise((s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase(), 2_000);
