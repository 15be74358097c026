import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Finding } from '../core/report.js';

export type ReportFormat = 'stylish' | 'json' | 'github';

export interface ReportOptions {
  format: ReportFormat;
  color: boolean;
  /** Errors only. */
  quiet: boolean;
}

export function formatReport(files: VFile[], o: ReportOptions): string {
  const shown = o.quiet ? files.map(onlyErrors) : files;
  switch (o.format) {
    case 'json':
      return JSON.stringify(shown.map(toJson), null, 2) + '\n';
    case 'github':
      return githubLines(shown) + stylish(shown, { ...o, color: false });
    default:
      return stylish(shown, o);
  }
}

function stylish(files: VFile[], o: ReportOptions): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  if (withMessages.length === 0) return '';
  return reporter(withMessages, { color: o.color, quiet: true }) + '\n';
}

function onlyErrors(f: VFile): VFile {
  const copy = Object.create(Object.getPrototypeOf(f) as object) as VFile;
  Object.assign(copy, f);
  copy.messages = f.messages.filter((m) => m.fatal === true);
  return copy;
}

function toJson(f: VFile) {
  return {
    path: f.path,
    messages: f.messages.map((m) => {
      const finding = m as Finding;
      return {
        ruleId: m.ruleId ?? null,
        severity: m.fatal === true ? 'error' : 'warning',
        message: m.reason,
        line: m.line ?? null,
        column: m.column ?? null,
        endLine: m.place && 'end' in m.place ? m.place.end.line : null,
        endColumn: m.place && 'end' in m.place ? m.place.end.column : null,
        url: m.url ?? null,
        fixable: finding.fix !== undefined,
      };
    }),
  };
}

/** GitHub Actions workflow commands: annotations on the pull request's lines. */
function githubLines(files: VFile[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  let out = '';
  for (const f of files) {
    for (const m of f.messages) {
      const kind = m.fatal === true ? 'error' : 'warning';
      const end = m.place && 'end' in m.place ? m.place.end : undefined;
      const props = [`file=${prop(f.path)}`, `line=${m.line ?? 1}`, `col=${m.column ?? 1}`];
      if (end && end.line !== m.line) props.push(`endLine=${end.line}`);
      else if (end) props.push(`endColumn=${end.column}`);
      props.push(`title=${prop(m.ruleId ?? 'minutebook')}`);
      out += `::${kind} ${props.join(',')}::${esc(m.reason)}\n`;
    }
  }
  return out;
}

export function counts(files: VFile[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of files) for (const m of f.messages) m.fatal === true ? errors++ : warnings++;
  return { errors, warnings };
}
