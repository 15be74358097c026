import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
  const meetings = exampleMeetings().map((source) => ({ source, html: join(out, basename(source, '.md') + '.html') }));
  return { out, meetings, stdout: r.stdout, code: r.code, stderr: r.stderr };
}
