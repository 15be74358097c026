import type { Command } from 'commander';
import { err, out } from '../io.js';

export function registerInit(p: Command): void {
  p.command('init')
    .description('start a minutes repository: .minutebook.yaml, a first meeting, a pre-commit entry, a package.json pinning minutebook and a GitHub Actions workflow')
    .argument('[dir]', 'folder to set up (default: the current folder)')
    .option('--committee <name>', 'full name of the committee (default: read from the minutes already in the folder, else "Steering Committee")')
    .option('--code <code>', 'short code: the action-ID prefix (default: read from the minutes already there, else SC)')
    .option('--secretariat <name>', 'who takes the minutes')
    .option('--date <date>', 'date of the first meeting (default: today)')
    .option('--action-id <pattern>', 'action-ID pattern, e.g. "{meeting}.{seq:1}" (default "{code} {meeting}/{seq}")')
    .option('--force', 'overwrite files that exist already', false)
    .action(async (dir: string | undefined, o: { committee?: string; code?: string; secretariat?: string; date?: string; force: boolean; actionId?: string }) => {
      const { runInit } = await import('./init.js');
      process.exitCode = await runInit(dir ?? '.', o, out, err);
    });
}
