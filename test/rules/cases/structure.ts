/**
 * Structure as written (NATURAL §3): numbering within one scheme among siblings, heading levels,
 * titles in the author's words. Minimal fictional minutes; every finding of every rule is listed.
 */

/** Minutes of the fictional Harbour Works Committee with the given body (line 9 is the body's first). */
export const minutes = (body: string, front = '') => `---
committee: Harbour Works Committee
code: HWC
date: 2026-03-10
${front}attendees:
  Members:
    - { name: Alice Marlow, role: chair }
---
${body}`;
