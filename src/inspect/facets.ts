/**
 * The facets `minutebook inspect` shows, in order. Each reads one part of the meeting model.
 * Add one here (and its field in the model) to show a new kind of inferred fact.
 */
import type { AgendaItem, Meeting } from '../model/types.js';
import { at, oneLine, type Facet, type FactRow } from './facts.js';

const sections: Facet = {
  key: 'sections',
  title: 'Sections',
  columns: [
    { header: 'number', key: 'number' },
    { header: 'scheme', key: 'scheme' },
    { header: 'title', key: 'title', width: 60 },
    { header: 'kind', key: 'kind' },
    { header: 'level', key: 'level' },
    { header: 'at', key: 'at' },
  ],
  rows(m) {
    const out: FactRow[] = [];
    const walk = (items: AgendaItem[]) => {
      for (const i of items) {
        // The number as written (`1.`, `a)`, `044/18`) and its scheme, or none: never one made up.
        out.push({ number: i.written?.text, scheme: i.written?.scheme, title: i.title, kind: i.kind, level: i.level, at: at(i.span) });
        walk(i.children);
      }
    };
    walk(m.agenda);
    return out;
  },
};

const people: Facet = {
  key: 'people',
  title: 'People',
  columns: [
    { header: 'name', key: 'name', width: 40 },
    { header: 'list', key: 'list' },
    { header: 'group', key: 'group', width: 30 },
    { header: 'role', key: 'role' },
    { header: 'initials', key: 'initials' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.people.map((p) => ({ name: p.name, list: p.list, group: p.group, role: p.role, initials: p.initials, at: at(p.nameSpan) })),
};

const actions: Facet = {
  key: 'actions',
  title: 'Actions',
  columns: [
    { header: 'id', key: 'id' },
    { header: 'owners', key: 'owners', width: 30 },
    { header: 'text', key: 'text', width: 60 },
    { header: 'due', key: 'due' },
    { header: 'section', key: 'section' },
    { header: 'notation', key: 'notation' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.actions.map((a) => ({
      id: a.id || a.identity,
      owners: a.owners.map((o) => o.text),
      text: oneLine(a.text),
      due: a.due,
      section: a.item,
      notation: a.notation,
      at: at(a.span),
    })),
};

const reviews: Facet = {
  key: 'reviews',
  title: 'Reviews of earlier actions',
  columns: [
    { header: 'action', key: 'action', width: 50 },
    { header: 'status', key: 'status' },
    { header: 'raised in', key: 'raisedIn' },
    { header: 'how', key: 'source' },
    { header: 'at', key: 'at' },
  ],
  rows(m, ctx) {
    // A Matters-arising paragraph is a review only when the register matched it to an earlier action.
    return m.reviews.filter((r) => r.source !== 'matters-arising' || ctx.register?.reviewed.has(r)).map((r) => {
      const entry = ctx.register?.reviewed.get(r);
      const raised = entry?.raisedIn;
      return {
        action: r.id || (r.text !== undefined ? oneLine(r.text) : r.ref),
        status: r.status,
        raisedIn: raised ? (raised.date ?? raised.meeting) : undefined,
        source: r.source,
        at: at(r.span),
      };
    });
  },
};

const decisions: Facet = {
  key: 'decisions',
  title: 'Decisions',
  columns: [
    { header: 'verb', key: 'verb' },
    { header: 'text', key: 'text', width: 70 },
    { header: 'section', key: 'section' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) => m.decisions.map((d) => ({ verb: d.verb, text: oneLine(d.text), section: d.item, at: at(d.span) })),
};

export const FACETS: readonly Facet[] = [sections, people, actions, reviews, decisions];

export type { Meeting };
