/**
 * Hover: an action's text, owner, due date, status and history across the series; a person's
 * category, role and attendance at the last meetings.
 */
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import type { ActionEntry, MeetingRef } from '../series/register.js';
import type { Series } from './workspace.js';
import { personKey, type Target } from './under-cursor.js';

/** How many meetings of attendance a person's hover shows, ending with the hovered one. */
const ATTENDANCE_SHOWN = 5;

export function hoverText(target: Target, series: Series): string | undefined {
  if (target.kind === 'action') {
    const entry = series.register.byId.get(target.id);
    return entry ? actionHover(entry) : `**${target.id}**\n\nNo meeting of this series raised or reviewed this action.`;
  }
  return personHover(target.name, series.meeting, series);
}

const at = (r: MeetingRef) => `meeting ${r.meeting}${r.date ? ` (${r.date})` : ''}`;

function actionHover(e: ActionEntry): string {
  const lines = [`**${e.id}** · ${e.status}`];
  if (e.text) lines.push('', e.text);
  const facts: string[] = [];
  if (e.owner) facts.push(`Owner: ${e.owner}`);
  if (e.target) facts.push(`Due: ${e.target}`);
  if (facts.length) lines.push('', facts.join(' · '));
  const history: string[] = [];
  if (e.raisedIn) history.push(`- raised at ${at(e.raisedIn)}${e.targets[0]?.kind === 'raised' ? `, due ${e.targets[0].date}` : ''}`);
  else if (e.raised) history.push(`- raised ${e.raised}, before the meetings of this series`);
  const revisions = e.targets.filter((t) => t.kind !== 'raised');
  for (const r of e.reviews) {
    const revised = revisions.filter((t) => t.at.path === r.at.path).map((t) => `, due date ${t.kind === 'revised' ? 'revised to' : 'set to'} ${t.date}`);
    history.push(`- ${r.status === 'closed' ? 'closed' : 'reviewed'} at ${at(r.at)}${r.status === 'open' ? ', still open' : ''}${revised.join('')}`);
  }
  if (history.length) lines.push('', 'History:', ...history);
  return lines.join('\n');
}

function personHover(name: string, meeting: Meeting, series: Series): string {
  const key = personKey(meeting, series.config);
  const me = key(name);
  const listed = meeting.people.find((p) => key(p.name) === me);
  const member = series.config.roster.find((r) => key(r.name) === me);
  const lines = [`**${listed?.name ?? member?.name ?? name}**`];
  const facts: string[] = [];
  const category = listed?.group ?? member?.category;
  if (category) facts.push(`${listed?.list === 'participants' ? 'Organisation' : 'Category'}: ${category}`);
  if (listed?.role) facts.push(`Role: ${listed.role}`);
  if (listed?.alternateFor) facts.push(`Alternate for ${listed.alternateFor}`);
  if (member?.initials) facts.push(`Initials: ${member.initials}`);
  if (facts.length) lines.push('', facts.join(' · '));
  const upTo = series.meetings.indexOf(meeting);
  const recent = series.meetings.slice(Math.max(0, upTo + 1 - ATTENDANCE_SHOWN), upTo + 1);
  if (recent.length) {
    lines.push('', 'Attendance:');
    for (const m of recent) lines.push(`- meeting ${m.meeting ?? '?'}${m.date ? ` (${m.date})` : ''}: ${attendance(m, me, key, series.config)}`);
  }
  return lines.join('\n');
}

function attendance(m: Meeting, me: string, key: (n: string) => string, config: Config): string {
  const p = m.people.find((q) => key(q.name) === me);
  const alternate = m.people.find((q) => q.alternateFor !== undefined && key(q.alternateFor) === me);
  if (p?.list === 'apologies') return `apologies${alternate ? `, ${alternate.name} attended as alternate` : p.proxyTo ? `, vote held by ${p.proxyTo}` : ''}`;
  if (p) return `${p.list === 'participants' ? 'in attendance' : 'present'}${p.part ? ' (part)' : ''}${p.remote ? ', remote' : ''}`;
  if (alternate) return `absent, ${alternate.name} attended as alternate`;
  const member = config.roster.find((r) => key(r.name) === me);
  if (member && ((member.since && m.date && m.date < member.since) || (member.until && m.date && m.date > member.until))) return 'not a member then';
  return 'not listed';
}
