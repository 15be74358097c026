import type { Command } from 'commander';
import { err, out } from '../io.js';

export function registerApprove(p: Command): void {
  p.command('approve')
    .description('record that the next meeting approved FILE: status approved, the approving meeting and the digest of the approved text')
    .argument('<file>', 'the approved minutes')
    .requiredOption('--by <next-file>', 'the minutes of the meeting that approved them')
    .option('--force', 'approve although FILE has errors, or seal it again')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (file: string, o: { by: string; force?: boolean; config?: string }) => {
      const { runApprove } = await import('./approve.js');
      process.exitCode = await runApprove(file, o, out, err);
    });
}
