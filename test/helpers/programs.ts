import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * External programs the tests open outputs with (LibreOffice, Chromium, pdftotext, validate-docx's
 * xmllint…). Missing locally: the test is skipped and says why. Under CI=true a missing program
 * is a failure, so that CI can never pass by skipping.
 */
export function haveProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

export function requirePrograms(...names: string[]): { ok: boolean; reason: string } {
  const missing = names.filter((n) => !haveProgram(n));
  if (missing.length === 0) return { ok: true, reason: '' };
  const reason = `needs ${missing.join(', ')} (not installed)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}: .ci/run must install it`);
  console.warn(`skipping: ${reason}`);
  return { ok: false, reason };
}

/**
 * The schema validator from the shared folder beside the checkout (CI lays shared/ next to its
 * clone; a developer's work tree has it at ../shared too).
 */
export function validateDocxPath(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidates = [join(root, '..', 'shared', 'tools', 'validate-docx'), '/work/shared/tools/validate-docx'];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}
