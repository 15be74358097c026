import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Finding } from '../core/report.js';
import { escapeJson, escapeText } from './report-escape.js';
import { endOf, severityOfMessage } from './report-fields.js';
import { junitReport } from './report-junit.js';
import { sarifReport } from './report-sarif.js';

export const REPORT_FORMATS = ['stylish', 'compact', 'json', 'github', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format: ReportFormat;
  color: boolean;
  /** Errors only. */
  quiet: boolean;
}

export function formatReport(files: VFile[], o: ReportOptions): string {
  const shown = (o.quiet ? files.map(onlyErrors) : files).map(inLineOrder);
  switch (o.format) {
    case 'json':
      return escapeJson(JSON.stringify(shown.map(toJson), null, 2)) + '\n';
    case 'github':
      return githubLines(shown) + stylish(shown, { ...o, color: false });
    case 'compact':
      return compact(shown);
    case 'sarif':
      return sarifReport(shown);
    case 'junit':
      return junitReport(shown);
    default:
      return stylish(shown, o);
  }
}

function stylish(files: VFile[], o: ReportOptions): string {
  const withMessages = files.filter((f) => f.messages.length > 0).map(escapedForText);
  if (withMessages.length === 0) return '';
  return reporter(withMessages, { color: o.color, quiet: true }) + '\n';
}

/** A copy of the file whose path and messages are safe to print (see report-escape.ts). */
function escapedForText(f: VFile): VFile {
  const path = escapeText(f.path);
  const messages = f.messages.map((m) => {
    const copy = Object.create(Object.getPrototypeOf(m) as object) as VFileMessage;
    Object.assign(copy, m);
    copy.reason = escapeText(m.reason);
    copy.message = copy.reason;
    copy.stack = '';
    if (m.ruleId) copy.ruleId = escapeText(m.ruleId);
    return copy;
  });
  return { path, history: [path], messages, stored: false } as unknown as VFile;
}

/** `file:line:col: severity message [rule]`: the shape editors' and CI's problem matchers read. */
function compact(files: VFile[]): string {
  let out = '';
  for (const f of files) {
    for (const m of f.messages) {
      out += `${escapeText(f.path)}:${m.line ?? 1}:${m.column ?? 1}: ${severityOfMessage(m)} ${escapeText(m.reason)}${m.ruleId ? ` [${escapeText(m.ruleId)}]` : ''}\n`;
    }
  }
  return out;
}

/**
 * The rules run one after another, so a file's messages come in rule order; every format lists
 * them as a reader goes through the file: by line, then column (file-wide ones, without a line,
 * first). The sort is stable, so findings at one place keep the rules' order.
 */
function inLineOrder(f: VFile): VFile {
  const copy = Object.create(Object.getPrototypeOf(f) as object) as VFile;
  Object.assign(copy, f);
  copy.messages = [...f.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return copy;
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
        severity: severityOfMessage(m),
        message: m.reason,
        line: m.line ?? null,
        column: m.column ?? null,
        endLine: endOf(m)?.line ?? null,
        endColumn: endOf(m)?.column ?? null,
        url: m.url ?? null,
        fixable: finding.fix !== undefined,
      };
    }),
  };
}

/** GitHub Actions workflow commands: annotations on the pull request's lines. */
function githubLines(files: VFile[]): string {
  // The runner's own escapes for data and properties; control characters are shown, not sent.
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => escapeText(c));
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  let out = '';
  for (const f of files) {
    for (const m of f.messages) {
      const end = endOf(m);
      const props = [`file=${prop(f.path)}`, `line=${m.line ?? 1}`, `col=${m.column ?? 1}`];
      if (end && end.line !== m.line) props.push(`endLine=${end.line}`);
      else if (end) props.push(`endColumn=${end.column}`);
      props.push(`title=${prop(m.ruleId ?? 'minutebook')}`);
      out += `::${severityOfMessage(m)} ${props.join(',')}::${esc(m.reason)}\n`;
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
