import { Option, type Command } from 'commander';
import { err, out } from '../io.js';

export function registerInspect(p: Command): void {
  p.command('inspect')
    .description('show what was recognised in minutes files: meeting, sections, people, actions, reviews, decisions, motions, attendance changes')
    .argument('<files...>', 'minutes files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (files: string[], o: { format: 'table' | 'json'; config?: string }) => {
      const { runInspect } = await import('./inspect.js');
      process.exitCode = await runInspect(files, o, out, err);
    });
}
