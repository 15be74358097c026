import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyse } from '../../core/analyse.js';
import { defaultConfig } from '../../config/types.js';
import { fitExisting, type FittedSeries } from '../../series/fit-existing.js';
import { readSource } from '../read-sources.js';
import { formats, hasFormat } from '../../render/registry.js';
import { scaffold } from '../../series/scaffold.js';
import { discover, displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { isoDate } from '../series-load.js';
import { sourceRevision } from '../source-revision.js';
import { VERSION } from '../version.js';
import { writeAtomic } from '../write-atomic.js';

export interface InitFlags {
  committee?: string;
  code?: string;
  secretariat?: string;
  date?: string;
  force: boolean;
  actionId?: string;
}

export async function runInit(dir: string, flags: InitFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (flags.code !== undefined && !/^\S(.*\S)?$/.test(flags.code)) throw new UserError(`--code "${flags.code}" must be a short code such as OPSG`);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`${dir}: not a folder`);
  const revision = sourceRevision();
  // A folder that already holds minutes gets a configuration that fits them, and no first meeting.
  const fitted = existsSync(dir) ? fitFolder(dir) : undefined;
  const committee = flags.committee ?? fitted?.committee ?? 'Steering Committee';
  const code = flags.code ?? fitted?.code ?? 'SC';
  const actionId = flags.actionId ?? fitted?.actionId;
  const all = scaffold({
    committee,
    code,
    ...(flags.secretariat ? { secretariat: flags.secretariat } : {}),
    date: isoDate(flags.date, '--date'),
    version: VERSION,
    ...(revision ? { revision } : {}),
    formats: formats().filter((f) => hasFormat(f)).join(','),
    ...(actionId ? { actionId } : {}),
  });
  const files = fitted ? all.filter((f) => !f.path.endsWith('.md')) : all;
  const clashes = files.filter((f) => existsSync(join(dir, f.path)));
  if (clashes.length > 0 && !flags.force) {
    throw new UserError(`${clashes.map((f) => displayPath(join(dir, f.path))).join(', ')} exist already (use --force to overwrite)`, 1);
  }
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, f.text);
    out(displayPath(path));
  }
  if (fitted) {
    err(`minutebook: found ${fitted.meetings} minutes ${fitted.meetings === 1 ? 'file' : 'files'} here and changed none; the configuration names the committee "${committee}" (code ${code})${actionId ? ` with action IDs "${actionId}"` : ''}: correct it in .minutebook.yaml if that is wrong, then run \`minutebook check\``);
    return 0;
  }
  err(nextSteps(dir, files[1]!.path, revision, VERSION).join('\n'));
  return 0;
}

/** What is left to do after init, in order, each step a command where there is one. */
function nextSteps(dir: string, firstMeeting: string, revision: string | undefined, version: string): string[] {
  const steps: string[] = [];
  if (resolve(dir) !== resolve('.')) steps.push(`cd ${displayPath(dir)}`);
  if (!existsSync(join(dir, '.git'))) steps.push('git init   (the pre-commit hook and the workflow work on a git repository)');
  steps.push('npm install   (installs the minutebook that package.json pins, as the workflow does)');
  steps.push(`fill in the TODO placeholders of ${firstMeeting}, then run: npx minutebook check`);
  steps.push('pre-commit install   (https://pre-commit.com: each commit then checks the minutes it touches)');
  steps.push('git add . && git commit -m "Minutes repository"');
  const pinned = revision
    ? `package.json and .pre-commit-config.yaml pin minutebook to commit ${revision}, the one this minutebook runs from`
    : `package.json and .pre-commit-config.yaml pin minutebook to the tag v${version}: if the repository you install from has no such tag, write one of its commits there instead`;
  return ['minutebook: next steps:', ...steps.map((s, i) => `  ${i + 1}. ${s}`), `minutebook: ${pinned}`];
}

/** The committee, code and action-ID scheme the minutes already in a folder use, when it has any. */
function fitFolder(dir: string): (FittedSeries & { meetings: number }) | undefined {
  const found = discover([dir]);
  if (found.files.length === 0) return undefined;
  const config = defaultConfig();
  const meetings = found.files.flatMap((f) => {
    try {
      return analyse(readSource(f), config, { fileRules: false }).meeting ?? [];
    } catch {
      return [];
    }
  });
  if (meetings.length === 0) return undefined;
  return { ...fitExisting(meetings, basename(resolve(dir))), meetings: meetings.length };
}
