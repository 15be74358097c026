import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ROOT, checkJson, runCli } from './cli.js';

/** The example meetings, as the real `check` discovers them under examples/ (read at test time). */
export function exampleMeetings(): string[] {
  const r = checkJson(['examples/']);
  return r.files.map((f) => join(ROOT, f.path));
}

/** `build examples/ --format html --out <tmp>` through the real CLI; the output of each meeting. */
export function buildExamples(): { out: string; meetings: Array<{ source: string; html: string }>; stdout: string; code: number; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), 'mb-html-'));
  const r = runCli(['build', 'examples/', '--format', 'html', '--out', out]);
  // --out keeps sub-folders relative to the deepest folder holding every source.
  const sources = exampleMeetings();
  const base = commonFolder(sources.map((s) => dirname(s)));
  const meetings = sources.map((source) => ({ source, html: join(out, relative(base, dirname(source)), basename(source, '.md') + '.html') }));
  return { out, meetings, stdout: r.stdout, code: r.code, stderr: r.stderr };
}

function commonFolder(folders: string[]): string {
  let parts = folders[0]?.split(sep) ?? [];
  for (const f of folders.slice(1)) {
    const other = f.split(sep);
    let i = 0;
    while (i < parts.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}
