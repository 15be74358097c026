import { Option, type Command } from 'commander';
import { err, out } from '../io.js';

export function registerActions(p: Command): void {
  p.command('actions')
    .description('list the action register of the minutes in a folder: owner, raised, target history, status, age')
    .argument('[dir]', 'folder of minutes (default: the current folder)')
    .option('--open', 'only actions still open', false)
    .option('--overdue', 'only open actions whose target is before --as-of', false)
    .option('--as-of <date>', 'the date that age and overdue are measured at (default: today)')
    .option('--owner <name>', 'only actions this party, category or person owns')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'markdown', 'csv', 'json', 'html']).default('table'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (dir: string | undefined, o: { open: boolean; overdue: boolean; asOf?: string; owner?: string; format: string; output?: string; config?: string }) => {
      const { runActions } = await import('./actions.js');
      process.exitCode = await runActions(dir, o, out, err);
    });
}
