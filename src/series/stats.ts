/**
 * Attendance across a series (pure): for each member and meeting, present, represented by an
 * alternate, apologies, or absent — counted only while the member is in office (roster `since`
 * / `until`). Without a roster, the members are the people listed as attendees or apologies.
 */
import type { RosterMember } from '../config/types.js';
import { rosterIdentities } from '../model/identity.js';
import type { Meeting } from '../model/types.js';
import type { Register } from './register.js';

export type Attendance = 'present' | 'alternate' | 'apologies' | 'absent';

export interface MemberStats {
  name: string;
  category: string;
  present: number;
  alternate: number;
  apologies: number;
  absent: number;
  /** Meetings held while in office. */
  eligible: number;
  /** (present + alternate) / eligible, 0..1; undefined with no eligible meeting. */
  rate?: number;
  /** Per meeting, in series order; undefined while not in office. */
  record: Array<Attendance | undefined>;
}

export interface MeetingStats {
  meeting: string;
  date?: string;
  present: number;
  alternate: number;
  apologies: number;
  absent: number;
  /** Others present (participants). */
  participants: number;
  /** Actions open after this meeting. */
  openActions: number;
}

export interface SeriesStats {
  members: MemberStats[];
  meetings: MeetingStats[];
}

interface Member {
  key: string;
  name: string;
  category: string;
  since?: string;
  until?: string;
}

export function seriesStats(meetings: readonly Meeting[], roster: readonly RosterMember[], register: Register): SeriesStats {
  const ids = rosterIdentities(roster);
  const members: Member[] = [];
  const byKey = new Map<string, Member>();
  const addMember = (m: Member) => {
    if (!byKey.has(m.key)) {
      byKey.set(m.key, m);
      members.push(m);
    }
  };
  if (roster.length > 0) {
    for (const r of roster) addMember({ key: ids.key(r.name), name: r.name, category: r.category, ...(r.since ? { since: r.since } : {}), ...(r.until ? { until: r.until } : {}) });
  } else {
    for (const m of meetings) {
      for (const g of m.attendees) for (const p of g.people) addMember({ key: ids.key(p.alternateFor ?? p.name), name: p.alternateFor ?? p.name, category: g.name });
      for (const g of m.apologies) for (const p of g.people) addMember({ key: ids.key(p.name), name: p.name, category: g.name });
    }
  }

  const stats: MemberStats[] = members.map((m) => ({ name: m.name, category: m.category, present: 0, alternate: 0, apologies: 0, absent: 0, eligible: 0, record: [] }));
  const perMeeting: MeetingStats[] = [];
  const opened = openCounts(meetings, register);
  meetings.forEach((meeting, i) => {
    const seen = new Map<string, Attendance>();
    for (const p of meeting.attendees.flatMap((g) => g.people)) {
      if (p.alternateFor) {
        const k = ids.key(p.alternateFor);
        if (!seen.has(k)) seen.set(k, 'alternate');
      } else seen.set(ids.key(p.name), 'present');
    }
    for (const p of meeting.apologies.flatMap((g) => g.people)) {
      const k = ids.key(p.name);
      if (!seen.has(k)) seen.set(k, 'apologies');
    }
    const row: MeetingStats = {
      meeting: meeting.meeting ?? '?',
      ...(meeting.date ? { date: meeting.date } : {}),
      present: 0,
      alternate: 0,
      apologies: 0,
      absent: 0,
      participants: meeting.participants.reduce((n, g) => n + g.people.length, 0),
      openActions: opened[i]!,
    };
    members.forEach((m, j) => {
      const inOffice = !meeting.date || ((!m.since || m.since <= meeting.date) && (!m.until || meeting.date <= m.until));
      const s = stats[j]!;
      const a = seen.get(m.key);
      // Someone out of office who attended anyway is counted: the minutes say they were there.
      if (!inOffice && a === undefined) {
        s.record.push(undefined);
        return;
      }
      const what: Attendance = a ?? 'absent';
      s.record.push(what);
      s.eligible++;
      s[what]++;
      row[what]++;
    });
    perMeeting.push(row);
  });
  for (const s of stats) if (s.eligible > 0) s.rate = (s.present + s.alternate) / s.eligible;
  return { members: stats, meetings: perMeeting };
}

/** Actions open after each meeting: seen (raised or first reviewed) by then and not yet closed. */
function openCounts(meetings: readonly Meeting[], register: Register): number[] {
  const index = new Map(meetings.map((m, i) => [m.path, i]));
  const counts = meetings.map(() => 0);
  for (const e of register.entries) {
    const first = e.raisedIn ? index.get(e.raisedIn.path) : e.reviews[0] ? index.get(e.reviews[0].at.path) : undefined;
    if (first === undefined) continue;
    const closed = e.closedIn ? index.get(e.closedIn.path) : undefined;
    for (let i = first; i < meetings.length && (closed === undefined || i < closed); i++) counts[i]!++;
  }
  return counts;
}
