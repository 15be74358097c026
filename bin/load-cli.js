// Loads the CommonJS bundle dist/cli.cjs with a V8 code cache, so that a pre-commit hook does not
// pay for compiling the bundle's functions on every run: Node 20 has no compile cache for ES
// modules, and compiling is about a third of a one-file check.
//
// The cache is an optimisation only. Its file name carries Node's version, the CPU architecture
// and a hash of the bundle's bytes, so a new build or a new Node never reads an old entry (V8
// checks its own version and flags as well and rejects what does not fit). Deleting the folder is
// always safe; a folder that cannot be written costs speed, never a failure. The cache is written
// after the command has run, so that it holds the functions that command compiled; each command
// has its own entry. MINUTEBOOK_CODE_CACHE=0 turns it off; MINUTEBOOK_CACHE_DIR moves it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const COMMANDS = new Set(['check', 'build', 'inspect', 'actions', 'decisions', 'stats', 'new', 'init', 'import', 'lsp']);

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

/** The CLI module's exports (`main`). */
export function loadCli() {
  const source = readFileSync(BUNDLE, 'utf8');
  const useCache = process.env.MINUTEBOOK_CODE_CACHE !== '0';
  const command = COMMANDS.has(process.argv[2]) ? process.argv[2] : 'other';
  const digest = createHash('sha1').update(source).digest('hex');
  const key = digest.slice(0, 20);
  // `check --cache` keys its entries by the bundle too (src/cli/cache/stamp.ts): handed over, not hashed twice.
  globalThis[Symbol.for('minutebook.bundleDigest')] = digest;
  const file = join(cacheFolder(), `code-${process.version}-${process.arch}-${key}-${command}.bin`);
  const cachedData = useCache ? readOrNothing(file) : undefined;
  // The CommonJS wrapper on the first line keeps the bundle's line numbers in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => writeQuietly(file, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return module.exports;
}
