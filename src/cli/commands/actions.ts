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
  const { series, analyses } = await loadSeries(dir, flags, err);
  if (series.length === 0) {
    // An empty register with exit 0 would say "no actions"; the truth is that no series was found.
    const read = analyses.filter((a) => a.meeting !== undefined);
    const why = analyses.length === 0
      ? 'no minutes files were found'
      : read.length === 0
        ? `none of the ${analyses.length} files could be read as minutes (run \`minutebook check\` to see why)`
        : `the ${read.length} minutes ${read.length === 1 ? 'file has' : 'files have'} no date to place ${read.length === 1 ? 'it' : 'them'} in a series: give a date in the front matter, the file name or the heading`;
    err(`minutebook: no action register: ${why}`);
    return 1;
  }
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
