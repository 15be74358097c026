import { decisionRows, formatDecisions, type DecisionFormat } from '../../series/decisions.js';
import { seriesStats } from '../../series/stats.js';
import { formatStats, statsSvg, type StatsFormat } from '../../series/stats-format.js';
import { displayPath } from '../discover.js';
import { terminalWidth } from '../io.js';
import { isoDate, loadSeries } from '../series-load.js';
import { writeAtomic } from '../write-atomic.js';
import { pickSeries } from './new.js';

export async function runStats(dir: string | undefined, flags: { format: string; svg?: string; code?: string; config?: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? '.');
  const stats = seriesStats(s.meetings, s.config.roster, s.register);
  out(formatStats(stats, flags.format as StatsFormat));
  if (flags.svg) {
    const name = s.config.committee ?? s.meetings[0]?.committee ?? s.code;
    writeAtomic(flags.svg, statsSvg(stats, `${name}: attendance and open actions`));
    err(`minutebook: wrote ${displayPath(flags.svg)}`);
  }
  return 0;
}

export async function runDecisions(dir: string | undefined, flags: { verb?: string; text?: string; since?: string; until?: string; format: string; code?: string; config?: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const since = flags.since === undefined ? undefined : isoDate(flags.since, '--since');
  const until = flags.until === undefined ? undefined : isoDate(flags.until, '--until');
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? '.');
  const rows = decisionRows(s.meetings, {
    ...(flags.verb ? { verbs: flags.verb.split(',').map((v) => v.trim()).filter(Boolean) } : {}),
    ...(flags.text ? { text: flags.text } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  });
  out(formatDecisions(rows, flags.format as DecisionFormat, terminalWidth()));
  return 0;
}
