import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { err, out, threadCount, useColor, wholeNumber } from '../io.js';
import { REPORT_FORMATS, type ReportFormat } from '../reporters.js';
import { runCheck } from './check.js';

export function registerCheck(p: Command): void {
  p.command('check')
    .description('check minutes files and report problems with their line and column')
    .argument('[paths...]', 'files, folders or globs; - reads standard input', [])
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file (replaced whole, never half-written) instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
    .option('-q, --quiet', 'report errors only', false)
    .option('--fix', 'rewrite near-miss ACTION lines to the canonical form', false)
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml (.yml, .json); the series is still read from the current folder')
    .option('--cache', 'keep each file\'s findings between runs and check again only what changed (keyed by the files\' contents, not their dates)', false)
    .option('--cache-location <folder>', 'where --cache keeps its entries (default .minutebook-cache)')
    .option('--only-minutes', 'leave aside named files that do not look like minutes, as a folder check does (for hooks that pass every staged Markdown file)', false)
    .option('--print-config <file>', 'print the configuration that applies to this file (as JSON) and check nothing')
    .option('--stdin-filename <name>', 'the name to report standard input under')
    .option('--no-color', 'no colour in the report')
    .option('--threads <n>', 'threads that analyse the files, for large runs (default: 1; see docs/performance.md)', threadCount)
    .action(async (paths: string[], o: { format: ReportFormat; outputFile?: string; printConfig?: string; onlyMinutes: boolean; cache: boolean; cacheLocation?: string; maxWarnings?: number; quiet: boolean; fix: boolean; config?: string; stdinFilename?: string; color?: boolean; threads?: number }) => {
      if (o.printConfig !== undefined) {
        const { printConfig } = await import('../print-config.js');
        out(printConfig(o.printConfig, o.config));
        return;
      }
      if (o.fix && paths.includes('-')) throw new UserError('--fix cannot rewrite standard input; name the file instead');
      process.exitCode = await runCheck(paths, { ...o, color: o.outputFile === undefined && useColor(o.color) }, out, err);
    });
}
