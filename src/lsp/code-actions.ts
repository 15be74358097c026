/**
 * Code actions: each finding that carries a fix becomes a quick fix with exactly the edit
 * `check --fix` makes, and one "fix all" action applies every fix of the file as `check --fix`
 * does (overlapping fixes after the first are left for the next round).
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyse.js';
import { applyFixes } from '../core/apply-fixes.js';
import type { Finding } from '../core/report.js';
import type { IdPattern } from '../model/action-id.js';
import type { Fix } from '../rules/types.js';
import { toDiagnostic } from './diagnostics.js';
import { editorRange } from './text-position.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.minutebook`;

/** `idPattern`: the configured action-ID pattern, to name a fix that writes an ID into an action written without one. */
export function codeActions(analysis: Analysis, doc: TextDocument, range: Range, idPattern: IdPattern, only?: string[]): CodeAction[] {
  const fixable = (analysis.file.messages as Finding[]).filter((m) => m.fix !== undefined);
  if (fixable.length === 0 || analysis.source === undefined) return [];
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const m of fixable) {
      const diagnostic = toDiagnostic(m, doc);
      if (!overlaps(diagnostic.range, range)) continue;
      actions.push({
        title: titleOf(analysis.source, m.fix!, m.ruleId, idPattern),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [edit(doc, m.fix!)] } },
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const { applied } = applyFixes(analysis.source, fixable.map((m) => m.fix!));
    actions.push({
      title: `Fix all minutebook problems in this file (${applied.length})`,
      kind: FIX_ALL_KIND,
      diagnostics: fixable.map((m) => toDiagnostic(m, doc)),
      edit: { changes: { [doc.uri]: applied.map((f) => edit(doc, f)) } },
    });
  }
  return actions;
}

const edit = (doc: TextDocument, f: Fix): TextEdit => ({ range: editorRange(doc, f.start, f.end), newText: f.text });

function titleOf(source: string, f: Fix, ruleId: string | undefined, idPattern: IdPattern): string {
  // `check --fix` numbers an action written without an ID by inserting the next free one.
  if (f.start === f.end && idPattern.loose.test(f.text.trim())) return `Number this action ${f.text.trim()}`;
  const old = shown(source.slice(f.start, f.end));
  const what = f.text === '' ? `Delete ${old}` : f.start === f.end ? `Insert "${f.text}"` : `Replace ${old} with "${f.text}"`;
  return ruleId ? `${what} (${ruleId})` : what;
}

/** Text for a title: control characters by their code point, since they are why it is deleted. */
function shown(s: string): string {
  if (/^[\u0000-\u001f\u007f-\u009f]$/.test(s)) return `U+${s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${s.trim()}"`;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Ranges touch or overlap: a cursor at either end of a finding still offers its fix. */
function overlaps(a: Range, b: Range): boolean {
  return before(a.start, b.end) && before(b.start, a.end);
}
