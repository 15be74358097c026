import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Files } from '../../lsp/files.js';
import { ConfigLookup } from '../config-lookup.js';
import { diskPort } from '../disk-port.js';
import { VERSION } from '../version.js';

export function registerLsp(p: Command): void {
  p.command('lsp')
    .description('run the language server over standard input and output, for editors (see docs/editors.md)')
    .option('--stdio', 'talk over standard input and output (the default and only transport; editors pass it)')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (o: { config?: string }) => {
      // Loaded only here: the protocol library costs the other commands nothing at start-up.
      const { startServer } = await import('../../lsp/server.js');
      const connection = startServer({ files: diskFiles(o.config), version: VERSION });
      // The server runs until the client asks it to exit (or closes the stream).
      await new Promise<void>((done) => connection.onExit(done));
    });
}

/** The disk as `check` reads it: configuration lookup, series folders, front matter heads. */
function diskFiles(explicitConfig?: string): Files {
  let lookup = new ConfigLookup(explicitConfig);
  return {
    configOf: (path) => lookup.forFile(path),
    reloadConfig: () => void (lookup = new ConfigLookup(explicitConfig)),
    ...diskPort(() => lookup),
    stamp(path) {
      try {
        const s = statSync(resolve(path));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return 'gone';
      }
    },
  };
}
