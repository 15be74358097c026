import type { AgendaItem } from '../model/types.js';
import type { Analysis } from './analyse.js';

/**
 * Drops a checked file's Markdown syntax tree and the block content the model keeps for the
 * renderers. `check` needs neither once the per-file rules have run (the series rules read the
 * model's plain fields), and over a large repository the trees are most of the memory.
 */
export function releaseSyntax(a: Analysis): void {
  delete a.tree;
  const m = a.meeting;
  if (!m) return;
  m.preamble = [];
  const strip = (items: AgendaItem[]) => {
    for (const item of items) {
      item.content = [];
      strip(item.children);
    }
  };
  strip(m.agenda);
  for (const action of m.actions) action.content = [];
}
