/**
 * Actions a speaker takes on in notes that give each line to a speaker by initials: "DG: Will
 * split this discussion into issues." (the note taker drops the "I"), "TL: action items, work
 * through the conditional sections …". The owner is the speaker, whose initials must be those of
 * someone of the meeting (of two people, the action is read but not sure); "CW: will be
 * reassured …" reports, it is no task. Only in files without v1 lines, and
 * not under an agenda or review heading.
 */
import { NOT_A_TASK, readsProseActions } from './recognise.js';
import { spanOf, type Reader } from './reader.js';

/** Initials, a colon, then "Will <verb> …" or an "action items" label and the tasks. */
const SPEAKER_TASK = /^(?<speaker>\p{Lu}{2,3}):\s+(?:(?:will|shall)\s+(?<next>\p{Ll}[\p{L}'’-]*)\b|action(?:\s+(?:item|point)s?)?\s*[,:]\s*(?=\p{L}))/iu;

export const speakerAction: Reader<'paragraph'> = {
  id: 'speaker-action',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    if (!readsProseActions(place, o)) return undefined;
    const m = SPEAKER_TASK.exec(text);
    if (!m) return undefined;
    const speaker = m.groups!.speaker!;
    const next = m.groups!.next?.toLowerCase();
    // Initials two people of the meeting share ("DG") still name someone present: read, and judged unsure (certainty.ts).
    if ((next !== undefined && NOT_A_TASK.has(next)) || o.owners.resolution(speaker).kind === 'unknown') return undefined;
    const words = next !== undefined ? text.slice(speaker.length + 1).trim() : text.slice(m[0].length).trim();
    const node = place.item ?? p;
    return [{ reader: 'speaker-action', kind: 'action', action: { id: '', notation: 'prose', text: words, ownerText: speaker, content: p.children, node, span: spanOf(o, node) } }];
  },
};
