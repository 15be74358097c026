/**
 * The in-process tier (`npm run test:core`): the test files that start no process — no run of the
 * CLI, no LibreOffice, Chromium, pandoc, language server or git. They call the core, the rules and
 * the renderers in-process and take seconds. A file joins or leaves the tier by what it does, read
 * here from its text, so the list never has to be kept by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** What a test file does to start a process: the CLI helpers, child processes, browsers, servers. */
const STARTS_A_PROCESS = /\brunCli\b|\bcheckJson\b|\bspawn(?:Sync)?\b|\bexecFile(?:Sync)?\b|\bBIN\b|\brequirePrograms\b|\brequireValidateDocx\b|\blaunchChromium\b|lsp-client|helpers\/html-build|scripts\/golden/;

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? testFiles(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []));

export const CORE_FILES = testFiles('test')
  .filter((f) => !STARTS_A_PROCESS.test(readFileSync(f, 'utf8')))
  .sort();

// Spread, not mergeConfig: merging would add these files to the base's include, not replace it.
export default defineConfig({ ...base, test: { ...base.test, include: CORE_FILES } });
