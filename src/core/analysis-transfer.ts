import { VFileMessage } from 'vfile-message';
import type { Analysis } from './analyse.js';
import { createLocator } from '../parse/locate.js';
import { newFile } from './report.js';

/**
 * An analysis as it crosses between threads (cli/analyse-worker.ts → cli/analyse-files.ts). The
 * structured clone keeps plain data, so the file's messages go as their own fields and come back
 * as vfile messages with the same fields in the same order: every report reads the same. The
 * syntax tree stays behind (the series step and the renderers read the meeting, never the tree),
 * and so does the locator, rebuilt from the text when inline directives need lines.
 */
export interface SentAnalysis {
  path: string;
  /** The text the file holds (`file.value`), when the source could be decoded. */
  value?: string;
  messages: Array<Record<string, unknown>>;
  rest: Omit<Analysis, 'file' | 'tree' | 'loc' | 'series'>;
}

export function sendAnalysis(a: Analysis): SentAnalysis {
  const { file, tree: _tree, loc: _loc, series: _series, ...rest } = a;
  const sent: SentAnalysis = { path: file.path, messages: file.messages.map((m) => ({ ...m })), rest };
  if (typeof file.value === 'string') sent.value = file.value;
  return sent;
}

export function receiveAnalysis(s: SentAnalysis): Analysis {
  const file = newFile(s.path, s.value);
  for (const m of s.messages) file.messages.push(Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, m));
  const a: Analysis = { file, ...s.rest };
  if (a.source !== undefined) {
    // The series step needs lines only for inline directives: the locator is built when first asked.
    const text = a.source;
    let loc: ReturnType<typeof createLocator> | undefined;
    const locate = () => (loc ??= createLocator(text));
    a.loc = { point: (o) => locate().point(o), span: (x, y) => locate().span(x, y) };
  }
  return a;
}
