/**
 * `minutebook import`: reads the .docx files, hands their bytes to the pure converter
 * (src/import/) and writes what it returns: one Markdown file per meeting and its pictures beside
 * it, atomically, never over an existing file without --force. A file that cannot be read gets
 * one line and the others go on; the exit code is 1 if any failed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ImportedFile } from '../../import/convert.js';
import { describeReport, lossTotal } from '../../import/report.js';
import { loadImporter } from '../load-importer.js';
import { progress } from '../progress.js';
import { writeAllAtomic, type PendingWrite } from '../write-atomic.js';
import { UserError } from '../errors.js';

/** The options of `minutebook import` (import-command.ts reads them from the command line). */
export interface ImportCliOptions {
  out: string;
  split: boolean;
  changes: 'accept' | 'reject';
  force: boolean;
  dryRun: boolean;
  strict: boolean;
}

type Print = (s: string) => void;

function docxFiles(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.docx$/i.test(e.name)) files.push(p);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}

export async function runImport(inputs: string[], o: ImportCliOptions, out: Print, err: Print): Promise<number> {
  const { files, missing } = docxFiles(inputs);
  let failed = 0;
  for (const m of missing) {
    err(`${m}: no such file or folder`);
    failed++;
  }
  if (files.length === 0) {
    if (!missing.length) err(`minutebook: no .docx files in ${inputs.join(', ')}`);
    return 1;
  }
  if (existsSync(o.out) && !statSync(o.out).isDirectory()) throw new UserError(`--out ${o.out} is a file, not a folder`);
  const { convertDocx, NotWordError } = await loadImporter();
  const bar = progress('importing', process.stderr, 2);
  const taken = new Set<string>();
  let meetings = 0;
  let pictures = 0;
  let imported = 0;
  const started = Date.now();
  for (const [i, file] of files.entries()) {
    bar.update(i, files.length);
    let result;
    try {
      result = await convertDocx(readFileSync(file), { source: basename(file), changes: o.changes, split: o.split });
    } catch (e) {
      bar.done();
      // mammoth throws on XML it cannot parse: a damaged document, said in one line.
      const why = e instanceof NotWordError ? e.message : `the document is damaged and cannot be read (${(e as Error).message.split('\n')[0]})`;
      err(`${file}: ${why}`);
      failed++;
      continue;
    }
    const lost = lossTotal(result.report);
    if (o.strict && lost > 0) {
      bar.done();
      err(`${file}: --strict and not everything was carried over: ${describeReport(result.report)}`);
      failed++;
      continue;
    }
    const plan = planWrites(file, result.files, o, taken, () => bar.done(), err);
    const { writes, folders, names, clash } = plan;
    pictures += plan.pictures;
    meetings += plan.meetings;
    if (clash) failed++;
    bar.done();
    const summary = describeReport(result.report);
    if (o.dryRun) {
      for (const w of writes) out(`would write ${w.path}`);
    } else if (writes.length) {
      mkdirSync(o.out, { recursive: true });
      for (const folder of folders) mkdirSync(folder, { recursive: true });
      writeAllAtomic(writes);
    }
    if (writes.length) imported++;
    const shown = names.length > 3 ? `${names.slice(0, 2).join(', ')} … ${names[names.length - 1]} (${names.length} meetings)` : names.join(', ');
    err(`${file} → ${shown}${summary ? `: ${summary}` : ''}`);
    const notFound = notFoundLine(result.files);
    if (notFound) err(`  ${notFound}`);
  }
  bar.done();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  err(`${o.dryRun ? 'would import' : 'imported'} ${imported} of ${files.length + missing.length} file${files.length + missing.length === 1 ? '' : 's'}: ${meetings} meeting${meetings === 1 ? '' : 's'}, ${pictures} picture${pictures === 1 ? '' : 's'}, into ${o.out} in ${seconds} s${failed ? `; ${failed} failed` : ''}`);
  return failed ? 1 : 0;
}

/** What one document's meetings will write: its files, its pictures' folders and the names shown. */
interface Plan {
  writes: PendingWrite[];
  folders: string[];
  names: string[];
  /** A file to write already exists and --force was not given: that meeting is left out. */
  clash: boolean;
  meetings: number;
  pictures: number;
}

/** Where each meeting of one document goes, under a name not taken by an earlier document of this run. */
function planWrites(file: string, imported: ImportedFile[], o: ImportCliOptions, taken: Set<string>, clearBar: () => void, err: Print): Plan {
  const plan: Plan = { writes: [], folders: [], names: [], clash: false, meetings: 0, pictures: 0 };
  for (const f of imported) {
    const target = unique(f, taken);
    const path = join(o.out, `${target.base}.md`);
    if (!o.force && (existsSync(path) || (target.media.length > 0 && existsSync(join(o.out, `${target.base}-media`))))) {
      clearBar();
      err(`${file}: ${path} already exists (use --force to overwrite)`);
      plan.clash = true;
      continue;
    }
    plan.writes.push({ path, data: target.markdown });
    if (target.media.length) {
      const folder = join(o.out, `${target.base}-media`);
      plan.folders.push(folder);
      for (const m of target.media) plan.writes.push({ path: join(folder, m.name), data: m.bytes });
    }
    plan.names.push(relative(process.cwd(), path) || path);
    plan.pictures += target.media.length;
    plan.meetings++;
  }
  return plan;
}

/** Two documents of one day and committee: the second file gets `-2`, its pictures folder too. */
function unique(f: ImportedFile, taken: Set<string>): ImportedFile {
  let base = f.base;
  for (let k = 2; taken.has(base); k++) base = `${f.base}-${k}`;
  taken.add(base);
  if (base === f.base) return f;
  return { ...f, base, markdown: f.markdown.split(`](${encodeURIComponent(`${f.base}-media`)}/`).join(`](${encodeURIComponent(`${base}-media`)}/`) };
}

/** "not found: venue, apologies (TODO written for committee)" over the meetings of one document. */
function notFoundLine(files: readonly ImportedFile[]): string {
  const counts = new Map<string, number>();
  for (const f of files) for (const k of f.notFound) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (!counts.size) return '';
  const required = ['committee', 'date', 'attendees'];
  const list = [...counts].map(([k, n]) => (files.length > 1 ? `${k} (${n} of ${files.length})` : k));
  const todo = [...counts.keys()].filter((k) => required.includes(k));
  return `not found: ${list.join(', ')}${todo.length ? `; ${todo.join(', ')} left as TODO` : ''}`;
}
