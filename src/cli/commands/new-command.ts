import type { Command } from 'commander';
import { err, out } from '../io.js';

export function registerNew(p: Command): void {
  p.command('new')
    .description('write the next meeting\'s minutes file from the latest one: number, date, attendees, open actions, standing items')
    .argument('[dir]', 'folder of minutes (default: the current folder)')
    .option('--date <date>', 'date of the new meeting (default: the latest meeting\'s next meeting)')
    .option('--code <code>', 'the committee code, when the folder holds several series')
    .option('-o, --output <file>', 'write here instead of <date>-<code>-<meeting>.md beside the latest file')
    .option('--force', 'overwrite an existing file', false)
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (dir: string | undefined, o: { date?: string; code?: string; output?: string; force: boolean; config?: string }) => {
      const { runNew } = await import('./new.js');
      process.exitCode = await runNew(dir, o, out, err);
    });
}
