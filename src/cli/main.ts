import { Command } from 'commander';
import { UserError } from './errors.js';
import { registerCheck } from './commands/check-command.js';
import { registerBuild } from './commands/build-command.js';
import { registerActions } from './commands/actions-command.js';
import { registerNew } from './commands/new-command.js';
import { registerInit } from './commands/init-command.js';
import { registerStats } from './commands/stats-command.js';
import { registerInspect } from './commands/inspect-command.js';
import { registerLsp } from './commands/lsp-command.js';
import { registerImport } from './commands/import-command.js';
import { registerApprove } from './commands/approve-command.js';
import { VERSION } from './version.js';
import { err } from './io.js';

const COMMANDS: Array<(p: Command) => void> = [registerCheck, registerBuild, registerActions, registerNew, registerInit, registerStats, registerInspect, registerImport, registerApprove, registerLsp];

export function program(): Command {
  const p = new Command('minutebook')
    .description('Check committee minutes written in Markdown and compile them to Word-ready HTML and DOCX')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  p.exitOverride();

  // Each command lives in src/cli/commands/<name>.ts; heavy modules are imported inside actions.
  for (const register of COMMANDS) register(p);

  return p;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    const c = e as { code?: string; exitCode?: number };
    if (typeof c.code === 'string' && c.code.startsWith('commander.')) {
      // Help and version exit 0; every other commander error is a usage error.
      return c.code === 'commander.helpDisplayed' || c.code === 'commander.version' || c.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UserError) {
      err(`minutebook: ${e.message}`);
      return e.exitCode;
    }
    err(`minutebook: internal error: ${(e as Error)?.message ?? String(e)}`);
    if (process.env.MINUTEBOOK_DEBUG) err((e as Error)?.stack ?? '');
    return 2;
  }
}
