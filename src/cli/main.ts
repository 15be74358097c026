import { Command, InvalidArgumentError, Option } from 'commander';
import { UserError } from './errors.js';
import { runCheck } from './commands/check.js';
import { VERSION } from './version.js';

const out = (s: string) => void process.stdout.write(s.endsWith('\n') ? s : s + '\n');
const err = (s: string) => void process.stderr.write(s + '\n');

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

const wholeNumber = (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
};

export function program(): Command {
  const p = new Command('minutebook')
    .description('Check committee minutes written in Markdown and compile them to Word-ready HTML and DOCX')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  p.exitOverride();

  p.command('check')
    .description('check minutes files and report problems with their line and column')
    .argument('[paths...]', 'files, folders or globs; - reads standard input', [])
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'github']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
    .option('-q, --quiet', 'report errors only', false)
    .option('--fix', 'rewrite near-miss ACTION lines to the canonical form', false)
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .option('--stdin-filename <name>', 'the name to report standard input under')
    .option('--no-color', 'no colour in the report')
    .action(async (paths: string[], o: { format: 'stylish' | 'json' | 'github'; maxWarnings?: number; quiet: boolean; fix: boolean; config?: string; stdinFilename?: string; color?: boolean }) => {
      if (o.fix && paths.includes('-')) throw new UserError('--fix cannot rewrite standard input; name the file instead');
      process.exitCode = await runCheck(paths, { ...o, color: useColor(o.color) }, out, err);
    });

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
