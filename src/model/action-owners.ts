/**
 * Owners as minutes write them (NATURAL §3): `AL/TR`, `AL + TR`, `TR & KM`, `Cllrs. D. Rhys and
 * M. Oakes`, "the Clerk", "All members", "all board members". The text is split into tokens here,
 * by the vocabulary's owner separators — the one split that inspect, check, actions and the
 * language server share; who each token stands for is resolveOwner's business (owner-resolve.ts).
 */
import { patternsOf, type Patterns } from '../vocabulary/patterns.js';
import type { OwnerToken } from './types.js';

const INITIALS = /^\p{Lu}{2,4}$/u;

export interface ParsedOwners {
  owners: OwnerToken[];
  /** The placeholder written instead of an owner, e.g. `??`. */
  placeholder?: string;
}

/** Splits an owner text into tokens. */
export function parseOwners(written: string, p: Patterns = patternsOf()): ParsedOwners {
  const text = written.trim().replace(/[.:;,]+$/, '').trim();
  if (text === '') return { owners: [] };
  if (p.ownerPlaceholder.test(text)) return { owners: [], placeholder: text };
  if (p.everyone.test(text)) return { owners: [{ text, kind: 'everyone' }] };
  const owners: OwnerToken[] = [];
  for (const raw of splitOwners(text, p)) {
    const t = raw.replace(/^the\s+/i, (m) => (p.role.test(raw) ? m : ''));
    if (t === '') continue;
    if (p.ownerPlaceholder.test(t)) return { owners: [], placeholder: text };
    owners.push({ text: t, kind: kindOf(t, p) });
  }
  return { owners };
}

/** The parts of an owner text, a shared plural title ("Cllrs.") dropped: "AL + TR" → AL, TR. */
export function splitOwners(text: string, p: Patterns = patternsOf()): string[] {
  return text.trim().replace(p.sharedTitle, '').split(p.ownerSplit).map((s) => s.trim()).filter(Boolean);
}

function kindOf(t: string, p: Patterns): OwnerToken['kind'] {
  if (p.everyone.test(t)) return 'everyone';
  if (p.role.test(t)) return 'role';
  if (INITIALS.test(t)) return 'initials';
  return 'name';
}

/** Whether a phrase is an office that owns actions ("the Clerk", "Our chair"). */
export const isRole = (s: string, p: Patterns = patternsOf()): boolean => p.role.test(s.trim());
export const isEveryone = (s: string, p: Patterns = patternsOf()): boolean => p.everyone.test(s.trim());
export const isPlaceholder = (s: string, p: Patterns = patternsOf()): boolean => p.ownerPlaceholder.test(s.trim());
