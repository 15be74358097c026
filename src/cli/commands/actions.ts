import { registerRows } from '../../series/register.js';
import { formatRegister, type RegisterFormat } from '../../series/register-format.js';
import { terminalWidth } from '../io.js';
import { isoDate, loadSeries } from '../series-load.js';
import { writeAtomic } from '../write-atomic.js';

export interface ActionsFlags {
  open: boolean;
  overdue: boolean;
  asOf?: string;
  owner?: string;
  format: string;
  output?: string;
  config?: string;
}

export async function runActions(dir: string | undefined, flags: ActionsFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const asOf = isoDate(flags.asOf, '--as-of');
  const { series } = await loadSeries(dir, flags, err);
  const all = series.map((s) => ({
    code: s.code,
    ...(s.config.committee ?? s.meetings[0]?.committee ? { committee: (s.config.committee ?? s.meetings[0]?.committee)! } : {}),
    rows: registerRows(s.register, { open: flags.open, overdue: flags.overdue, asOf, ...(flags.owner ? { owner: flags.owner } : {}) }),
  }));
  const text = formatRegister(all, flags.format as RegisterFormat, flags.output ? Infinity : terminalWidth());
  if (flags.output) writeAtomic(flags.output, text);
  else out(text);
  return 0;
}
