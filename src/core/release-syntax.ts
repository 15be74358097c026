import type { Analysis } from './analyse.js';

/**
 * Drops what only the per-file rules and the outputs read, once the per-file rules have run on a
 * checked file: the Markdown syntax tree, the block content the model keeps for the renderers, and
 * the parts of the model that no series step reads (series/resolve.ts and the `series-*` rules read
 * the identity, the front matter spans, the people's names, the actions and the reviews, never the
 * mentions or the block an action stands in). `check` keeps
 * every file's model until the series rules have run, so over a large repository this is most of
 * its memory: 1,000 files held 124 MB of model after a full collection, 87 MB without these parts.
 */
export function releaseSyntax(a: Analysis): void {
  delete a.tree;
  const m = a.meeting;
  if (!m) return;
  m.preamble = [];
  for (const action of m.actions) action.content = [];
  m.agenda = [];
  m.decisions = [];
  m.motions = [];
  m.attendanceChanges = [];
  m.headingJumps = [];
  m.numberedParagraphs = [];
  m.nextMeetings = [];
  m.attendees = [];
  m.participants = [];
  m.observers = [];
  m.apologies = [];
  m.absent = [];
  // Where each key of a person's entry was written serves the per-file rules only.
  for (const p of m.people) p.fields = {};
  // Every name the text mentions (the largest part of a model after these) serves the per-file name rules only.
  m.mentions = [];
  // The block an action is written in, and the one the outstanding table goes after, are pieces of
  // the tree: kept as bare nodes (kind and place) so that the tree can go.
  for (const action of m.actions) action.node = bare(action.node);
  const placed = m.outstandingPlacement;
  if (placed.kind !== 'before-agenda') m.outstandingPlacement = { kind: placed.kind, node: bare(placed.node) };
}

/** A node without its children or data: what it is and where it stands. */
function bare<N extends { type: string; position?: unknown }>(node: N): N {
  return { type: node.type, ...(node.position ? { position: node.position } : {}), ...('children' in node ? { children: [] } : {}) } as unknown as N;
}
