import { Option, type Command } from 'commander';
import { err, out } from '../io.js';
import type { ImportCliOptions } from './import.js';

export function registerImport(p: Command): void {
  p.command('import')
    .description('turn Word minutes (.docx files, or a folder of them) into Markdown minutes with front matter, one file per meeting')
    .argument('<inputs...>', '.docx files or folders holding them')
    .requiredOption('-o, --out <dir>', 'folder to write the Markdown files (and their pictures) into')
    .option('--split', 'cut a document that holds several meetings (a yearly archive) at each meeting\'s title', false)
    .addOption(new Option('--changes <how>', 'tracked changes: take the document with them accepted or rejected').choices(['accept', 'reject']).default('accept'))
    .option('--force', 'overwrite files that already exist', false)
    .option('--dry-run', 'print what would be written, write nothing', false)
    .option('--strict', 'treat anything not carried over (header text, merged cells kept as HTML…) as an error', false)
    .action(async (inputs: string[], o: ImportCliOptions) => {
      const { runImport } = await import('./import.js');
      process.exitCode = await runImport(inputs, o, out, err);
    });
}
