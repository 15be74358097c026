/**
 * What an import did not carry over, counted per file, so that nothing is lost in silence: the
 * CLI prints it, and `--strict` turns any loss into an error.
 */
export interface ImportReport {
  /** Tracked changes found (insertions and deletions), and what was done with them. */
  changes: number;
  changesMode: 'accept' | 'reject';
  /** Review comments carried over as HTML comments. */
  comments: number;
  /** Losses: what the Markdown does not carry, by kind, with a count each. */
  lost: Map<LossKind, number>;
  /** Notes on residue dropped on purpose (broken fields, empty paragraphs, leftover header text). */
  dropped: Map<DropKind, number>;
  /** Tables kept as HTML because they have merged cells or block content. */
  htmlTables: number;
  /** Tables turned into headings and paragraphs (a discussion held in one table). */
  unrolledTables: number;
}

export type LossKind = 'header and footer text' | 'text boxes' | 'images browsers cannot show' | 'unmapped styles' | 'merged cells kept as HTML' | 'unread Word content';
export type DropKind = 'broken fields' | 'empty paragraphs';

export function emptyReport(changesMode: 'accept' | 'reject'): ImportReport {
  return { changes: 0, changesMode, comments: 0, lost: new Map(), dropped: new Map(), htmlTables: 0, unrolledTables: 0 };
}

export function count<K>(map: Map<K, number>, key: K, n = 1): void {
  if (n > 0) map.set(key, (map.get(key) ?? 0) + n);
}

export function lossTotal(r: ImportReport): number {
  let n = 0;
  for (const v of r.lost.values()) n += v;
  return n;
}

/** One line: "3 tracked changes accepted, 2 comments kept; lost: header and footer text 4". */
export function describeReport(r: ImportReport): string {
  const parts: string[] = [];
  if (r.changes) parts.push(`${r.changes} tracked change${r.changes === 1 ? '' : 's'} ${r.changesMode === 'accept' ? 'accepted' : 'rejected'}`);
  if (r.comments) parts.push(`${r.comments} comment${r.comments === 1 ? '' : 's'} kept as HTML comments`);
  if (r.unrolledTables) parts.push(`${r.unrolledTables} discussion table${r.unrolledTables === 1 ? '' : 's'} turned into headings and paragraphs`);
  for (const [k, v] of r.dropped) parts.push(`${k} dropped: ${v}`);
  const lost = [...r.lost].map(([k, v]) => `${k} ${v}`);
  if (lost.length) parts.push(`not carried over: ${lost.join(', ')}`);
  return parts.join('; ');
}
