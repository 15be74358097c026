import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './cli.js';

/**
 * External programs the tests open outputs with (LibreOffice, Chromium, pdftotext, validate-docx's
 * xmllint…). Missing locally: the test is skipped and says why. Under CI=true a missing program
 * is a failure, so that CI can never pass by skipping.
 */
export function haveProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

export interface Need {
  ok: boolean;
  /** Why the tests that need it are skipped (empty when ok). */
  reason: string;
}

/** Missing and not under CI: print why, so that a skip is never silent. Under CI=true: fail. */
function missing(reason: string, fix: string): Need {
  if (process.env.CI === 'true') throw new Error(`CI=true and a test ${reason}: ${fix}`);
  console.warn(`skipping: ${reason}`);
  return { ok: false, reason };
}

export function requirePrograms(...names: string[]): Need {
  const absent = names.filter((n) => !haveProgram(n));
  if (absent.length === 0) return { ok: true, reason: '' };
  return missing(`needs ${absent.join(', ')} (not installed)`, '.ci/run must install it');
}

/**
 * Something from the `shared/` folder beside the checkout (the real minutes, the seed,
 * validate-docx): a fresh clone has none, so what reads it is skipped there, with the reason; CI
 * lays shared/ beside its clone, and under CI=true its absence fails.
 */
export function requireShared(path: string, what: string): Need {
  if (existsSync(join(SHARED, path))) return { ok: true, reason: '' };
  return missing(`needs ${what} at ../shared/${path}, which is not beside this checkout (CI has it)`, 'CI lays shared/ beside its clone');
}

/**
 * In a test: skips it with the reason (it shows as skipped, not passed) unless each need is met.
 * `ctx` is the test's context.
 */
export function skipUnless(ctx: { skip: (note?: string) => void }, ...needs: Need[]): void {
  const unmet = needs.filter((n) => !n.ok);
  if (unmet.length > 0) ctx.skip(unmet.map((n) => n.reason).join('; '));
}

/**
 * The schema validator validate-docx from the shared folder beside the checkout, and the programs
 * it runs.
 */
export function validateDocxPath(): string {
  return join(SHARED, 'tools', 'validate-docx');
}

export function requireValidateDocx(): Need {
  const tool = requireShared(join('tools', 'validate-docx'), 'the DOCX schema validator');
  if (!tool.ok) return tool;
  return requirePrograms('xmllint', 'xsltproc', 'unzip');
}
