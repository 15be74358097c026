/**
 * The fictional Riverside Allotments Board, for in-process series tables: its configuration and a
 * meeting with three people (a chair, one with initials, one written as a plain string).
 */
export const RIVERSIDE_CONFIG = 'committee: Riverside Allotments Board\ncode: RAB\n';

export const riversideMeeting = (n: number, date: string, body: string): string => `---
meeting: ${n}
date: ${date}
attendees:
  - name: Alma Linton
    role: chair
  - name: Tomas Reyes
    initials: TR
  - Kit Morrow
---

${body}`;
