import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formats, hasFormat } from '../../render/registry.js';
import { scaffold } from '../../series/scaffold.js';
import { displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { isoDate } from '../series-load.js';
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
  const files = scaffold({
    committee: flags.committee,
    code: flags.code,
    ...(flags.secretariat ? { secretariat: flags.secretariat } : {}),
    date: isoDate(flags.date, '--date'),
    version: VERSION,
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
  err('minutebook: fill in the TODO placeholders of the first meeting, then run `minutebook check`; `npm install` installs the minutebook version package.json pins (as the workflow does), `pre-commit install` enables the hook');
  return 0;
}
