import { readFileSync } from 'node:fs';
import type { SourceInput } from '../core/analyse.js';
import { UserError } from './errors.js';
import { displayPath } from './discover.js';

export function readSource(path: string): SourceInput {
  try {
    return { path: displayPath(path), contents: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})`;
    throw new UserError(`${displayPath(path)}: ${why}`, 1);
  }
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
