/**
 * Completion where minutes name things the series already knows: people and categories in the
 * front matter's people lists, open action IDs under `outstanding`, the next action ID after
 * `ACTION`, and owners in an action's `{owner=…}`.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { idPatternOf } from '../model/action-id.js';
import type { Meeting } from '../model/types.js';
import { normaliseId } from '../model/meeting-key.js';
import { knownNames } from './under-cursor.js';
import type { Series } from './workspace.js';

const PEOPLE_LISTS = new Set(['attendees', 'participants', 'apologies']);

/** `source` is the file as it is now; the series' meeting may be its last readable version. */
export function completions(source: string, offset: number, series: Series): CompletionItem[] {
  const meeting = series.meeting;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const typed = source.slice(lineStart, offset);

  if (inFrontMatter(source, offset)) {
    if (/^\s*(?:-\s+)?id:\s*["']?[^"']*$/.test(typed)) return openActions(meeting, series, reviewedIn(source, lineStart));
    const list = enclosingKey(source, lineStart);
    if (list === undefined || !PEOPLE_LISTS.has(list)) return [];
    if (/^\s+-\s*(?:\{\s*(?:name:\s*)?)?[^,{}:]*$/.test(typed) || /^\s+-\s*\{.*\b(?:alternate_for|proxy_to):\s*[^,{}]*$/.test(typed)) return people(series);
    if (/^\s+[^\s-][^:]*$/.test(typed)) return categories(series, list);
    return [];
  }
  if (/^\s*(?:[-*+]\s+)?ACTION\s+[^:]*$/i.test(typed)) return nextId(meeting, series);
  if (/\{[^}]*\bowner=[^}]*$/.test(typed)) return [...people(series), ...series.config.parties.map((p) => ({ label: p, kind: CompletionItemKind.Module, detail: 'party' }))];
  return [];
}

/** Whether an offset lies between the front matter's fences, judged from the text alone (the YAML may not parse). */
function inFrontMatter(source: string, offset: number): boolean {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open || offset < open[0].length) return false;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(source);
  return !found || offset <= found.index;
}

/** The top-level front-matter key a line stands under. */
function enclosingKey(source: string, lineStart: number): string | undefined {
  let end = lineStart;
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 2) + 1;
    const m = /^([A-Za-z_][\w-]*):/.exec(source.slice(start, end));
    if (m) return m[1];
    if (start === 0) break;
    end = start;
  }
  return undefined;
}

/** IDs already reviewed in the text as it is now (the model may be of an earlier version), but the line being typed. */
function reviewedIn(source: string, lineStart: number): Set<string> {
  const ids = new Set<string>();
  for (const m of source.matchAll(/^[ \t]*(?:-[ \t]+)?id:[ \t]*["']?([^"'\r\n#]*?)["']?[ \t]*(?:#.*)?$/gm)) if (m.index !== lineStart && m[1]) ids.add(normaliseId(m[1]));
  return ids;
}

function openActions(meeting: Meeting, series: Series, reviewed: Set<string>): CompletionItem[] {
  const mine = series.meetings.indexOf(meeting);
  return series.register.entries
    .filter((e) => !reviewed.has(e.id))
    // Open as this meeting finds them: raised earlier and not closed at an earlier meeting.
    .filter((e) => e.raisedIn === undefined || series.meetings.findIndex((m) => m.path === e.raisedIn!.path) < mine)
    .filter((e) => e.status === 'open' || (e.closedIn !== undefined && series.meetings.findIndex((m) => m.path === e.closedIn!.path) >= mine))
    .map((e, i) => ({
      label: e.id,
      kind: CompletionItemKind.Reference,
      detail: [e.owner, e.target && `due ${e.target}`].filter(Boolean).join(', ') || undefined,
      documentation: e.text,
      sortText: String(i).padStart(5, '0'),
    }));
}

function people(series: Series): CompletionItem[] {
  const names = knownNames(series.config, series.meetings);
  const category = new Map<string, string>();
  for (const r of series.config.roster) category.set(r.name, r.category);
  for (const m of series.meetings) for (const p of m.people) if (!category.has(p.name)) category.set(p.name, p.group);
  return names.sort((a, b) => a.localeCompare(b)).map((n) => ({ label: n, kind: CompletionItemKind.Value, detail: category.get(n) }));
}

function categories(series: Series, list: string): CompletionItem[] {
  const found = new Set<string>();
  if (list !== 'participants') for (const r of series.config.roster) found.add(r.category);
  for (const m of series.meetings) {
    const groups = list === 'participants' ? m.participants : [...m.attendees, ...m.apologies];
    for (const g of groups) found.add(g.name);
  }
  return [...found].sort((a, b) => a.localeCompare(b)).map((g) => ({ label: g, kind: CompletionItemKind.Folder, insertText: `${g}:` }));
}

function nextId(meeting: Meeting, series: Series): CompletionItem[] {
  const code = meeting.code ?? series.config.code;
  if (!code || !meeting.meeting) return [];
  const pattern = idPatternOf(series.config);
  const seq = Math.max(0, ...meeting.actions.map((a) => (a.idParts?.meeting === meeting.meeting ? (a.idParts?.seq ?? 0) : 0))) + 1;
  const id = pattern.format({ code, meeting: meeting.meeting, seq, ...(meeting.date ? { date: meeting.date } : {}) });
  return [{ label: id, kind: CompletionItemKind.Reference, detail: 'next action ID of this meeting', insertText: `${id}: `, preselect: true }];
}
