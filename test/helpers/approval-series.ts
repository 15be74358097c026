/**
 * Small fictional series for the approval rules: the Harbour Works Committee (HWC) of
 * test/helpers/series.ts, each meeting with a section on the minutes of the previous meeting.
 */
import { CONFIG } from './series.js';

export interface ApprovalMeeting {
  n?: number | string;
  date: string;
  /** The paragraph under "Minutes of the previous meeting"; none: the section is left out. */
  minutes?: string;
  /** Extra front matter lines. */
  front?: string;
}

export function approvalMeetingText(m: ApprovalMeeting): string {
  const section = m.minutes !== undefined ? `## Minutes of the Previous Meeting\n\n${m.minutes}\n\n` : '';
  return `---
${m.n !== undefined ? `meeting: ${typeof m.n === 'string' ? JSON.stringify(m.n) : m.n}\n` : ''}date: ${m.date}
attendees:
  Members:
    - { name: Ada Fenwick, role: chair }
    - Bram Oakley
    - Cleo Marsh
${m.front ?? ''}---

${section}## Quay Maintenance

The Harbour Office reported on the quay works.

The Committee **NOTED** the report.
`;
}

export const approvalFileName = (m: ApprovalMeeting) => `${m.date}-hwc${m.n !== undefined ? `-${m.n}` : ''}.md`;

export function approvalSeries(meetings: ApprovalMeeting[]): { config: string; files: Record<string, string> } {
  return { config: CONFIG, files: Object.fromEntries(meetings.map((m) => [approvalFileName(m), approvalMeetingText(m)])) };
}
