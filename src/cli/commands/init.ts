import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formats, hasFormat } from '../../render/registry.js';
import { scaffold } from '../../series/scaffold.js';
import { displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { isoDate } from '../series-load.js';
import { sourceRevision } from '../source-revision.js';
import { VERSION } from '../version.js';
import { writeAtomic } from '../write-atomic.js';

export interface InitFlags {
  committee: string;
  code: string;
  secretariat?: string;
  date?: string;
  force: boolean;
  actionId?: string;
}

export async function runInit(dir: string, flags: InitFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (!/^\S(.*\S)?$/.test(flags.code)) throw new UserError(`--code "${flags.code}" must be a short code such as OPSG`);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`${dir}: not a folder`);
  const revision = sourceRevision();
  const files = scaffold({
    committee: flags.committee,
    code: flags.code,
    ...(flags.secretariat ? { secretariat: flags.secretariat } : {}),
    date: isoDate(flags.date, '--date'),
    version: VERSION,
    ...(revision ? { revision } : {}),
    formats: formats().filter((f) => hasFormat(f)).join(','),
    ...(flags.actionId ? { actionId: flags.actionId } : {}),
  });
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
