import { realpathSync, statSync } from 'node:fs';

/**
 * Where `--fix` may write a source: through a symbolic link to the file it points at (replacing
 * the link with a copy would cut it from its target), and never over a file its owner made
 * read-only (as root the system would let us, so the permission bits are read, not tried).
 */
export function fixTarget(path: string): { ok: true; target: string; mode: number } | { ok: false; why: string } {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    return { ok: false, why: `cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const { mode } = statSync(target);
  if ((mode & 0o222) === 0) return { ok: false, why: 'is read-only' };
  return { ok: true, target, mode };
}
