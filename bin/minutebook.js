#!/usr/bin/env node
// The bundled CLI lives in dist/, committed with the sources (`npm run build` writes it), so that
// an install from a git clone, as pre-commit does, runs no build step.
//
// CommonJS (bin/package.json says so): an ES module as the entry point makes Node start its ES
// module loader first, about twenty internal modules more on every run of a pre-commit hook.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');

// The model's patterns for names hold large Unicode classes (\p{Lu}, \p{Ll}). V8 first compiles a
// pattern to bytecode and then, after one run, again to machine code; for these classes the first
// step alone costs milliseconds a pattern, about a tenth of a one-file check. Compiling straight to
// machine code costs less once and nothing later (the 1,000-file check measured the same). The
// flag is read when a pattern is compiled, so setting it before the CLI loads covers every one.
setFlagsFromString('--no-regexp-tier-up');

const args = process.argv.slice(2);
// `--version` answers from package.json without loading the CLI (commander, parsers, rules):
// scripts and editors call it to probe for the tool, and it should cost no more than Node itself.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version + '\n');
} else {
  // Ctrl-C and SIGTERM end the run as shells expect (128 + the signal: 130, 143) through
  // process.exit, whose exit handlers remove any temporary file of a write. Installed before the
  // CLI loads, so that no moment of a run is left to Node's default (dying on the spot); writes
  // are synchronous, so the handler runs between them, never half-way through one. `on`, not
  // `once`: a second Ctrl-C while exiting must not meet the default action again.
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  // `minutebook check | head` closes the pipe early: that ends the output, it is not a crash.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  // dist/cli.cjs is compiled through a V8 code cache kept in the user's cache folder (load-cli.js).
  const { loadCli } = require('./load-cli.js');
  loadCli()
    .main(process.argv)
    .then((code) => {
      process.exitCode = code;
    });
}
