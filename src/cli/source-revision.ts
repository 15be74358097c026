import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinTemplatesDir } from './read-templates.js';

/**
 * The commit of the minutebook repository this copy runs from, when it runs from a git checkout
 * of it (a clone, as pre-commit and `npm install github:…` make, or a developer's tree): `init`
 * pins the pre-commit hook and package.json to it, a revision that exists, where a release tag
 * might not. An installed package has no `.git` of its own, and asking git from there would answer
 * for whatever repository holds node_modules: then there is no answer.
 */
export function sourceRevision(): string | undefined {
  let root: string;
  try {
    root = dirname(builtinTemplatesDir());
  } catch {
    return undefined;
  }
  if (!existsSync(join(root, '.git'))) return undefined;
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = r.status === 0 ? r.stdout.trim() : '';
  return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}
