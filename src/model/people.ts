import { field, scalar, type Checked } from '../schema/check.js';
import { entries, fieldSpans, items } from './checked-read.js';
import type { PeopleGroup, PeopleList, Person } from './types.js';

export function readPeople(groups: Checked | undefined, list: PeopleList): PeopleGroup[] {
  // A flat list is one group named after the list itself.
  if (groups?.kind === 'list') return [{ name: list, span: groups.keySpan ?? groups.span, people: groups.items.map((p) => readPerson(p, list, list)) }];
  return entries(groups).map(([name, people]) => ({
    name,
    span: people.keySpan ?? people.span,
    people: items(people).map((p) => readPerson(p, name, list)),
  }));
}

function readPerson(p: Checked, group: string, list: PeopleList): Person {
  const nameNode = field(p, 'name');
  const person: Person = {
    name: (scalar(p, 'name') ?? '').trim(),
    group,
    list,
    span: p.span,
    nameSpan: nameNode?.span ?? p.span,
    fields: fieldSpans(p),
  };
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
  const part = scalar<boolean>(p, 'part');
  if (part !== undefined) person.part = part;
  const remote = scalar<boolean>(p, 'remote');
  if (remote !== undefined) person.remote = remote;
  const initials = scalar(p, 'initials');
  if (initials !== undefined) person.initials = initials.trim();
  const proxy = scalar(p, 'proxy_to');
  if (proxy !== undefined) person.proxyTo = proxy.trim();
  return person;
}

/** Names compare without case and with runs of white space folded. */
export function normaliseName(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
