// Loads the CommonJS bundle dist/cli.cjs with a V8 code cache, so that a pre-commit hook does not
// pay for compiling the bundle's functions on every run: Node 20 has no compile cache for ES
// modules, and compiling is about a third of a one-file check.
//
// The cache is an optimisation only. Its file name carries Node's version, the CPU architecture,
// the bundle's digest, size and modification time, so a new build or a new Node never reads an
// old entry (V8 checks its own version and flags as well and rejects what does not fit). Deleting
// the folder is always safe; a folder that cannot be written costs speed, never a failure. The
// cache is written after the command has run, so that it holds the functions that command
// compiled; each command, with the options it was given, has its own entry (`check --help` does
// not run what `check FILE` runs, nor `check` what `check --cache` runs). MINUTEBOOK_CODE_CACHE=0
// turns it off; MINUTEBOOK_CACHE_DIR moves it.
'use strict';
const { isAscii } = require('node:buffer');
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
const COMMANDS = new Set(['check', 'build', 'inspect', 'actions', 'decisions', 'stats', 'new', 'init', 'import', 'lsp']);
// The last line of the bundle: the SHA-1 of everything before it, written by scripts/bundle.mjs,
// so that no run hashes 2.6 MB again (about 8 ms of a one-file check).
const DIGEST_LINE = /\n\/\/ minutebook-bundle-sha1 ([0-9a-f]{40})\n?$/;

/** The user's cache folder for minutebook, following each platform's convention. */
function cacheFolder() {
  if (process.env.MINUTEBOOK_CACHE_DIR) return process.env.MINUTEBOOK_CACHE_DIR;
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return join(process.env.LOCALAPPDATA, 'minutebook', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'minutebook');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'minutebook');
}

function readOrNothing(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the code cache through a temporary file, so that a concurrent run never reads half of it. */
function writeQuietly(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // read-only or full disk: the next run compiles again
  }
}

/**
 * Which code cache entry a run reads and writes: its command and the names of the options it was
 * given (`--format`'s value too: each reporter is its own code), never file names.
 */
function entryName(argv) {
  const command = COMMANDS.has(argv[2]) ? argv[2] : 'other';
  const options = new Set();
  for (let i = 3; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (!a.startsWith('-')) continue;
    const [name, value] = a.split('=', 2);
    const format = name === '--format' || name === '-f' ? (value ?? argv[i + 1] ?? '') : undefined;
    options.add(format === undefined ? name : `${name}=${format}`);
  }
  const flavour = [...options].sort().join('').replace(/[^A-Za-z0-9=-]/g, '_').slice(0, 80);
  return flavour ? `${command}${flavour}` : command;
}

/**
 * The bundle's text. Built ASCII-only (scripts/bundle.mjs), it is read as Latin-1, which Node turns
 * into a string by copying bytes: decoding 2.6 MB as UTF-8 costs several times as much.
 */
function bundleText() {
  const bytes = readFileSync(BUNDLE);
  return isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

/** The digest written into the bundle's last line, or (a bundle built otherwise) its SHA-1. */
function digestOf(source) {
  const written = DIGEST_LINE.exec(source.slice(-80));
  return written ? written[1] : require('node:crypto').createHash('sha1').update(source).digest('hex');
}

/** The CLI module's exports (`main`). */
exports.loadCli = function loadCli() {
  const source = bundleText();
  const useCache = process.env.MINUTEBOOK_CODE_CACHE !== '0';
  const digest = digestOf(source);
  // `check --cache` keys its entries by the bundle too (src/cli/cache/stamp.ts): handed over, not hashed twice.
  globalThis[Symbol.for('minutebook.bundleDigest')] = digest;
  let file;
  let cachedData;
  if (useCache) {
    // Size and modification time as well: a bundle edited by hand keeps its last line's digest.
    const { size, mtimeMs } = statSync(BUNDLE);
    file = join(cacheFolder(), `code-${process.version}-${process.arch}-${digest.slice(0, 20)}-${size}-${Math.trunc(mtimeMs)}-${entryName(process.argv)}.bin`);
    cachedData = readOrNothing(file);
  }
  // The CommonJS wrapper on the first line keeps the bundle's line numbers in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
    // Only after a run that did its work (0: clean, 1: findings): a usage error compiles little.
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeQuietly(file, script.createCachedData());
    });
  }
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return module.exports;
};
