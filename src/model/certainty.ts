/**
 * How sure the model is of an action it read (issue 20, item 5). A guess must not become a
 * finding or a row of a table minutebook adds: it is shown by `inspect`, marked, and used by
 * nothing that reports or prints. Certain are the notations that say "action" (v1 lines,
 * labels, headings, markers, the entries of an actions list or table) with words of a task's
 * length; an action inferred from a sentence ("Esme will contact …") or an italic owner is
 * certain only when every owner resolves to someone or some office of the meeting.
 */
import type { NewAction } from './types.js';

/** Longer than this, the text is a paragraph of discussion, not one action's words. */
const MAX_TEXT = 320;
/** More sentences than this, likewise. */
const MAX_SENTENCES = 3;

const EXPLICIT = new Set<NewAction['notation']>(['v1', 'label', 'dash', 'heading', 'marker', 'list', 'table']);

export function judgeAction(a: NewAction): { certain: boolean; doubt?: string } {
  if (a.notation === 'v1') return { certain: true };
  if (a.text.length > MAX_TEXT || a.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length > MAX_SENTENCES) return { certain: false, doubt: 'a whole paragraph, not one action' };
  if (a.text.trim() === '') return { certain: false, doubt: 'no words of its own' };
  const resolved = a.owners.length > 0 && a.owners.every((o) => o.resolved !== undefined && o.resolved.kind !== 'unknown' && o.resolved.kind !== 'ambiguous');
  if (EXPLICIT.has(a.notation)) {
    if ((a.notation === 'list' || a.notation === 'table') && a.owners.length === 0 && a.ownerPlaceholder === undefined) return { certain: false, doubt: 'an entry of the list that names no owner' };
    if (a.notation === 'table' && a.owners.length > 0 && !resolved) return { certain: false, doubt: 'its owner is no one the meeting lists' };
    return { certain: true };
  }
  return resolved ? { certain: true } : { certain: false, doubt: 'its owner is no one the meeting lists' };
}
