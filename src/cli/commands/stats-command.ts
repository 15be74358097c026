import { Option, type Command } from 'commander';
import { err, out } from '../io.js';

export function registerStats(p: Command): void {
  p.command('stats')
    .description('attendance per member across a series (present, by alternate, apologies, absent) and open actions over time')
    .argument('[dir]', 'folder of minutes (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--svg <file>', 'also write a chart of attendance per meeting and open actions to this SVG file')
    .option('--code <code>', 'the committee code, when the folder holds several series')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (dir: string | undefined, o: { format: string; svg?: string; code?: string; config?: string }) => {
      const { runStats } = await import('./stats.js');
      process.exitCode = await runStats(dir, o, out, err);
    });
  p.command('decisions')
    .description('list the decisions across the meetings of a folder')
    .argument('[dir]', 'folder of minutes (default: the current folder)')
    .option('--verb <verbs>', 'only these verbs, comma-separated (e.g. AGREED,APPROVED)')
    .option('--text <text>', 'only decisions whose text contains this (any case)')
    .option('--since <date>', 'only meetings on or after this date')
    .option('--until <date>', 'only meetings on or before this date')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'markdown', 'csv', 'json']).default('table'))
    .option('--code <code>', 'the committee code, when the folder holds several series')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (dir: string | undefined, o: { verb?: string; text?: string; since?: string; until?: string; format: string; code?: string; config?: string }) => {
      const { runDecisions } = await import('./stats.js');
      process.exitCode = await runDecisions(dir, o, out, err);
    });
}
