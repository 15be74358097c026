/**
 * Front matter as natural minutes write it (NATURAL §2): no meeting number, the date from the file
 * name, next meetings as a month or words, times with a zone; and editor's residue and relative
 * links in the body (NATURAL §3).
 */

export const people = `attendees:
  Members:
    - { name: Alice Marlow, role: chair }
`;

export const body = (text: string) => `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}---\n\n${text}`;
