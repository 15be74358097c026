/**
 * Branches the fixtures do not reach: date-based action IDs, a missing space after the colon, reviews
 * without an ID, long placeholders, a chair listed outside the attendees, minutes without a code.
 */

export const LKF = "committee: Lighthouse Keepers' Forum\ncode: LKF\n";

/** Minutes of LKF meeting 27 with `extra` front matter and `body` under item 1. */
export const minutes = (body: string, extra = '') => `---
meeting: 27
date: 2025-09-15
attendees:
  Chair:
    - name: Marta Quenby
      role: chair
  Keepers:
    - Idris Penhallow
${extra}---

## 1. Lamp maintenance

${body}`;

export const NOTED = 'The LKF **NOTED** the update.\n';
export const review = (id: string) => `  - id: ${id}\n    action: Paint the rail.\n    owner: Keepers\n    raised: 2025-08-01\n    target: 2025-10-01\n    status: open\n    update: Begun.\n`;

export const datedReview = (id: string, dates: string) => `  - id: ${id}\n    action: Paint the rail.\n    owner: Keepers\n${dates}    status: open\n    update: Begun.\n`;

export const byDate = (pattern: string) => `${LKF}action_id: "${pattern}"\n`;
