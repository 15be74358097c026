/**
 * Earlier committed versions of a file, newest first, read with git: what approved-changed
 * compares an approved file with to name the line that changed. Read lazily (the rule stops at
 * the approved version) and at most 100 versions back; nothing when git or the repository is
 * missing, which only makes the message less precise.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

const MAX_VERSIONS = 100;

export function* gitHistory(path: string): Iterable<string> {
  const abs = resolve(path);
  const cwd = dirname(abs);
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const log = git('log', '--format=%H', '-n', String(MAX_VERSIONS), '--', basename(abs));
  if (log.status !== 0 || log.error) return;
  for (const commit of log.stdout.split('\n').filter(Boolean)) {
    const shown = git('show', `${commit}:./${basename(abs)}`);
    if (shown.status === 0) yield shown.stdout;
  }
}
