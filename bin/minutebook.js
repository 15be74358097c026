#!/usr/bin/env node
// The bundled CLI lives in dist/ (built by `npm run build`, run on install by `prepare`).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
// `--version` answers from package.json without loading the CLI (commander, parsers, rules):
// scripts and editors call it to probe for the tool, and it should cost no more than Node itself.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  // `minutebook check | head` closes the pipe early: that ends the output, it is not a crash.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const { loadCli } = await import('./load-cli.js');
  process.exitCode = await loadCli().main(process.argv);
}
