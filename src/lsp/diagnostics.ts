/** Findings (vfile messages) as LSP diagnostics: rule id, link to the rule's page, severity, range. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { VFileMessage } from 'vfile-message';
import type { Analysis } from '../core/analyse.js';
import { editorRange } from './text-position.js';

/** In the order `check` reports them: by line, then column (the rules run one after another). */
export function toDiagnostics(analysis: Analysis, doc: TextDocument): Diagnostic[] {
  return [...analysis.file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((m) => toDiagnostic(m, doc));
}

/** A finding as a diagnostic; without the document (a configuration file), from its line and column. */
export function toDiagnostic(m: VFileMessage, doc?: TextDocument): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(m, doc),
    // vfile marks errors fatal, warnings false (see core/report.ts); anything else is information.
    severity: m.fatal === true ? DiagnosticSeverity.Error : m.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    message: m.reason,
    source: 'minutebook',
  };
  if (m.ruleId) d.code = m.ruleId;
  if (m.url) d.codeDescription = { href: m.url };
  return d;
}

function rangeOf(m: VFileMessage, doc?: TextDocument) {
  const place = m.place;
  const top = { line: 0, character: 0 };
  if (!place) return { start: top, end: top };
  const [start, end] = 'start' in place ? [place.start, place.end] : [place, place];
  // Offsets are exact (and survive a byte-order mark in the buffer); line and column are the fallback.
  if (doc && start.offset !== undefined && end.offset !== undefined) return editorRange(doc, start.offset, end.offset);
  const s = { line: start.line - 1, character: start.column - 1 };
  const e = { line: end.line - 1, character: end.column - 1 };
  return { start: s.line >= 0 && s.character >= 0 ? s : top, end: e.line >= 0 && e.character >= 0 ? e : top };
}
