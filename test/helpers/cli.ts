import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'minutebook.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real, bundled CLI as a child process (npm test builds it first). */
export function runCli(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 'error' | 'warning';
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  fixable: boolean;
}

/** `check --format json`, parsed. */
export function checkJson(args: string[], options: Parameters<typeof runCli>[1] = {}): { code: number; files: Array<{ path: string; messages: JsonMessage[] }>; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], options);
  let files: Array<{ path: string; messages: JsonMessage[] }> = [];
  try {
    files = r.stdout.trim() ? JSON.parse(r.stdout) : [];
  } catch {
    throw new Error(`check did not print JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, files, stderr: r.stderr };
}

/**
 * The `shared/` folder beside the project (the real minutes, the seed, validate-docx). A mutation
 * run works in a copy of the project two folders deeper, so vitest.mutation.config.ts names the
 * real one in MINUTEBOOK_SHARED.
 */
export const SHARED = process.env.MINUTEBOOK_SHARED ?? join(ROOT, '..', 'shared');
