/**
 * Owners as minutes write them (NATURAL §3): `AL/TR`, `TR & KM`, `Cllrs. D. Rhys and M. Oakes`,
 * "the Clerk", "All members", "all board members". The text is split into tokens here; who each
 * token stands for is resolveOwner's business (owner-resolve.ts).
 */
import type { OwnerToken } from './types.js';

/** Written where an owner belongs but naming nobody. */
const PLACEHOLDER = /^(?:\?+|tbc|tbd|tba|n\/?a|-+|–|—|none|nobody|unknown|unassigned|owner)$/i;
/** Everyone present, or the whole body: "All members", "all board members", "the Committee". */
const EVERYONE = /^(?:all|everyone|everybody|all present|(?:all\s+)?(?:(?:board|committee|council|ec|group|club)\s+)?members|the\s+(?:board|committee|council|group|club|meeting))$/i;
/** Offices that own actions in minutes ("the Clerk to write…"). */
const ROLE = /^(?:(?:the|our)\s+)?(?:(?:vice|deputy|assistant)[ -])?(?:chair|chairman|chairwoman|chairperson|chairs|clerk|secretary|secretariat|treasurer|president|mayor|minute[ -]taker|convenor|convener|coordinator|director|manager|officer|auditor|quartermaster)s?$/i;
/** A plural title shared by the names after it: "Cllrs. D. Rhys and M. Oakes". */
const SHARED_TITLE = /^(?:cllrs|councillors|drs|profs|messrs|mmes)\.?\s+/i;
const SPLIT = /\s*(?:\/|\+|,|;|&|\band\b|\bwith\b)\s*/i;
const INITIALS = /^\p{Lu}{2,4}$/u;

export interface ParsedOwners {
  owners: OwnerToken[];
  /** The placeholder written instead of an owner, e.g. `??`. */
  placeholder?: string;
}

/** Splits an owner text into tokens; `base` is its source offset, for token positions. */
export function parseOwners(written: string): ParsedOwners {
  const text = written.trim().replace(/[.:;,]+$/, '').trim();
  if (text === '') return { owners: [] };
  if (PLACEHOLDER.test(text)) return { owners: [], placeholder: text };
  if (EVERYONE.test(text)) return { owners: [{ text, kind: 'everyone' }] };
  const body = text.replace(SHARED_TITLE, '');
  const owners: OwnerToken[] = [];
  for (const raw of body.split(SPLIT)) {
    const t = raw.trim().replace(/^the\s+/i, (m) => (ROLE.test(raw.trim()) ? m : ''));
    if (t === '') continue;
    if (PLACEHOLDER.test(t)) return { owners: [], placeholder: text };
    owners.push({ text: t, kind: kindOf(t) });
  }
  return { owners };
}

function kindOf(t: string): OwnerToken['kind'] {
  if (EVERYONE.test(t)) return 'everyone';
  if (ROLE.test(t)) return 'role';
  if (INITIALS.test(t)) return 'initials';
  return 'name';
}

/** Whether a phrase is an office that owns actions ("the Clerk", "Our chair"). */
export const isRole = (s: string): boolean => ROLE.test(s.trim());
export const isEveryone = (s: string): boolean => EVERYONE.test(s.trim());
export const isPlaceholder = (s: string): boolean => PLACEHOLDER.test(s.trim());
