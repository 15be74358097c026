/**
 * What minutebook understood of a meeting, as rows of plain values: the data behind
 * `minutebook inspect`. Each kind of fact is one facet (sections, people, actions, …) that reads
 * the meeting model and gives rows; the table and JSON formatters know nothing about any facet.
 * To show a new inference, add its field to the model and one facet to FACETS.
 */
import type { Meeting, Span } from '../model/types.js';
import type { Register } from '../series/register.js';
import type { ApprovalLink } from '../series/approvals.js';

/** One fact: plain values only, so that JSON and table show the same thing. */
export type FactRow = Record<string, string | number | boolean | string[] | undefined>;

export interface Column {
  header: string;
  key: string;
  /** Longest cell in the table (JSON keeps the whole value). */
  width?: number;
}

/** What a facet may consult beside the meeting: its series, when the meeting is in one. */
export interface FacetContext {
  /** The register of the meeting's series (earlier meetings included). */
  register?: Register;
  /** Which meeting each approval of the series approves. */
  approvals?: readonly ApprovalLink[];
}

export interface Facet {
  /** JSON key and `--only` name. */
  key: string;
  /** Table heading. */
  title: string;
  columns: Column[];
  rows(meeting: Meeting, ctx: FacetContext): FactRow[];
}

/** `12:3`: where a fact was written. */
export const at = (s: Span | undefined): string | undefined => (s ? `${s.start.line}:${s.start.column}` : undefined);

export { oneLine } from '../util/tables.js';
