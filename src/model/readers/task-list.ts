/**
 * Task lists, as minutes kept in repositories write their actions: `- [ ] @wren ask the bakery …`,
 * `- [x] Bea: write to the county …`, `- [ ] bring the ladders (@oskar)`. Each entry with a box is
 * an action (notation `task`) wherever it stands but under an agenda or a review of earlier
 * actions (where a ticked box is an item taken or an action reviewed); the box is its status
 * where it is raised: ticked is closed, empty is open. The owner is a leading @handle (or several),
 * an @handle in brackets at the end, or the owner that leads the words ("Bea:", "OL to …"). The
 * reader judges nothing itself: certainty.ts makes the action sure only when its owner resolves.
 */
import type { Paragraph } from 'mdast';
import { LEAD_ID, leadingOwner, lineText } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

const HANDLE = String.raw`@[\p{L}\p{N}_][\p{L}\p{N}_.-]*`;
/** "@wren ask …", "@wren, @oskar: ask …". */
const LEADING_HANDLES = new RegExp(String.raw`^((?:${HANDLE}(?:\s*(?:,|&|\band\b)\s*|\s+))*${HANDLE})\s*[:,–—-]?\s+(\S.*)$`, 'u');
/** "bring the ladders (@oskar)", "(@wren, @oskar)". */
const TRAILING_HANDLES = new RegExp(String.raw`^(\S.*?)\s*\(((?:${HANDLE}\s*(?:,|&|\band\b)\s*)*${HANDLE})\)[\s.]*$`, 'u');

/** The owners a list of handles names, without their @: "wren, oskar". */
const handles = (s: string): string => [...s.matchAll(new RegExp(HANDLE, 'gu'))].map((m) => m[0].slice(1)).join(', ');

export const taskList: Reader<'listItem'> = {
  id: 'task-list',
  looksAt: 'listItem',
  certainty: 'judged',
  read(item, place, o) {
    if (typeof item.checked !== 'boolean' || place.kind === 'agenda' || place.kind === 'review') return undefined;
    const p = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    // A v1 line written in a task list is read as a v1 line.
    if (!p || o.taken.has(p) || !item.position) return undefined;
    let text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return [];
    let id = '';
    const lead = LEAD_ID.exec(text);
    if (lead && /\d/.test(lead.groups!.id!)) {
      id = lead.groups!.id!;
      text = text.slice(lead[0].length);
    }
    let owner: string | undefined;
    const leading = LEADING_HANDLES.exec(text);
    const trailing = leading ? null : TRAILING_HANDLES.exec(text);
    if (leading) [owner, text] = [handles(leading[1]!), leading[2]!];
    else if (trailing) [owner, text] = [handles(trailing[2]!), trailing[1]!];
    else {
      owner = leadingOwner(text, o.words);
      // "Bea: write to the county": the words after the owner's colon are the task.
      if (owner !== undefined && text.startsWith(`${owner}:`)) text = text.slice(owner.length + 1).trim();
    }
    const a: Omit<NaturalAction, 'section'> = { id, notation: 'task', text, content: p.children, node: item, span: spanOf(o, item), status: item.checked ? 'closed' : 'open' };
    if (owner !== undefined) a.ownerText = owner;
    if (!id) a.idInsert = { at: p.position!.start.offset!, form: 'before-text' };
    return [{ reader: 'task-list', kind: 'action', action: a }];
  },
};
