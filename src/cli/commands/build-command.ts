import { Option, type Command } from 'commander';
import { err, out, threadCount, useColor } from '../io.js';

export function registerBuild(p: Command): void {
  p.command('build')
    .description('check minutes, then compile each file to a Word-ready document (<name>.html next to it, or in --out)')
    .argument('[paths...]', 'files, folders or globs', [])
    .addOption(new Option('--format <format>', 'output format').default('html'))
    .option('-o, --out <dir>', 'write outputs into this folder, keeping the sources\' sub-folders (default: next to each source)')
    .option('-t, --templates <dir>', 'templates folder overriding the built-in templates file by file (default: config `templates`)')
    .option('--reference-doc <file>', 'Word file whose styles, page set-up, header and footer the DOCX output takes (default: config `reference_docx`)')
    .option('--force', 'build even when the checks find errors', false)
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .option('--no-color', 'no colour in the report')
    .option('--changes-since <rev>', 'mark what changed since this Git revision (a commit, tag, HEAD~1) as tracked changes')
    .option('--changes-from <file>', 'mark what changed since this earlier copy of the minutes as tracked changes')
    .option('--author <name>', 'whom the marked changes are credited to (default: the last commit of the file, else git user.name)')
    .option('--date <date>', 'when the marked changes were made, 2026-03-16 or 2026-03-16T18:30:00Z (default: that commit\'s date, else now)')
    .option('--threads <n>', 'threads that analyse the files, for large runs (default: 1; see docs/performance.md)', threadCount)
    .option('-w, --watch', 'rebuild changed files (and the later meetings that depend on them) until interrupted', false)
    .action(async (paths: string[], o: { format: string; out?: string; templates?: string; referenceDoc?: string; force: boolean; config?: string; color?: boolean; watch: boolean; changesSince?: string; changesFrom?: string; author?: string; date?: string; threads?: number }) => {
      // The build machinery (view model, renderers) loads only when building.
      const { runBuild } = await import('./build.js');
      const flags = { ...o, color: useColor(o.color, process.stderr) };
      if (o.watch) {
        const { runWatch } = await import('./watch.js');
        // Runs until interrupted: it never returns.
        return runWatch(paths, flags, (files, outBase) => runBuild(files, outBase ? { ...flags, outBase } : flags, out, err), out, err);
      }
      process.exitCode = await runBuild(paths, flags, out, err);
    });
}
