/** Meeting 4 of a fictional allotments board, up to its first item: natural notation follows. */
export const BOARD = `---
committee: Riverside Allotments Board
code: RAB
meeting: 4
date: 2026-04-14
attendees:
  - name: Alma Linton
    role: chair
  - name: Tomas Reyes
    initials: TR
---

## 1. Paths

`;
