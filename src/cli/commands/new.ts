import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newMeeting } from '../../series/new-meeting.js';
import { displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { isoDate, loadSeries, type LoadedSeries } from '../series-load.js';
import { writeAtomic } from '../write-atomic.js';

export interface NewFlags {
  date?: string;
  code?: string;
  output?: string;
  force: boolean;
  config?: string;
}

export function pickSeries(series: LoadedSeries[], code: string | undefined, where: string): LoadedSeries {
  if (code !== undefined) {
    const s = series.find((x) => x.code === code);
    if (!s) throw new UserError(`no series with code "${code}" in ${where} (found: ${series.map((x) => x.code).join(', ') || 'none'})`);
    return s;
  }
  if (series.length === 0) throw new UserError(`no minutes with a committee code in ${where}`, 1);
  if (series.length > 1) throw new UserError(`${where} holds several series (${series.map((x) => x.code).join(', ')}): choose one with --code`);
  return series[0]!;
}

export async function runNew(dir: string | undefined, flags: NewFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const date = flags.date === undefined ? undefined : isoDate(flags.date, '--date');
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? '.');
  const dated = s.meetings.filter((m) => m.date !== undefined);
  const latest = dated[dated.length - 1];
  if (!latest) throw new UserError('no meeting with a date to start from', 1);
  if (date !== undefined && date <= latest.date!) throw new UserError(`--date ${date} is not after the latest meeting (${latest.meeting}, ${latest.date})`);
  const made = newMeeting(latest, s.meetings, s.register, s.config, date === undefined ? {} : { date });
  const target = flags.output ?? join(dirname(latest.path), made.fileName);
  if (existsSync(target) && !flags.force) throw new UserError(`${displayPath(target)} exists already (use --force to overwrite it)`, 1);
  writeAtomic(target, made.text);
  out(displayPath(target));
  err(`minutebook: meeting ${made.meeting} on ${made.date} with ${made.actions} open ${made.actions === 1 ? 'action' : 'actions'}; fill in the TODO placeholders, then run \`minutebook check\``);
  return 0;
}
