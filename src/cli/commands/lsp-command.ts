import type { Command } from 'commander';

export function registerLsp(p: Command): void {
  p.command('lsp')
    .description('run the language server over standard input and output, for editors (see docs/editors.md)')
    .option('--stdio', 'talk over standard input and output (the default and only transport; editors pass it)')
    .option('-c, --config <file>', 'use this configuration file instead of looking up .minutebook.yaml')
    .action(async (o: { config?: string }) => {
      // Loaded only here: the protocol library costs the other commands nothing at start-up.
      const { startServer } = await import('../../lsp/server.js');
      const connection = startServer(o.config ? { config: o.config } : {});
      // The server runs until the client asks it to exit (or closes the stream).
      await new Promise<void>((done) => connection.onExit(done));
    });
}
