import { digestOf, firstDifference } from '../model/seal.js';
import type { FileRule } from './types.js';

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

export const approvedChanged: FileRule = {
  id: 'approved-changed',
  scope: 'file',
  severity: 'error',
  description: 'Approved minutes must not change: the text must match the digest `minutebook approve` sealed it with',
  check(ctx) {
    const sealed = ctx.meeting.approved;
    if (sealed?.digest === undefined || !/^sha256:[0-9a-f]{64}$/.test(sealed.digest)) return;
    const amendments = sealed.amendments;
    if (digestOf(ctx.source, amendments) === sealed.digest) return;
    const how = 'approved minutes are corrected only by a later meeting: record the correction in its minutes and add it to `approved.amendments` here as `{ was, now }`, or undo the edit';
    // The approved version, when the history holds it, names the first line that differs.
    let approvedText: string | undefined;
    for (const version of ctx.history?.(ctx.path) ?? []) {
      if (digestOf(version, amendments) === sealed.digest) {
        approvedText = version;
        break;
      }
    }
    const at = sealed.fields.digest?.value ?? sealed.span;
    const diff = approvedText !== undefined ? firstDifference(approvedText, ctx.source, amendments) : undefined;
    if (diff) {
      const text = ctx.source.split(/\r\n|\r|\n/)[diff.line - 1] ?? '';
      const start = ctx.loc.point(offsetOfLine(ctx.source, diff.line));
      const span = { start, end: ctx.loc.point(start.offset + text.length) };
      const change = diff.was === '' ? `"${clip(diff.now)}" was added` : diff.now === '' ? `"${clip(diff.was)}" was removed` : `it read "${clip(diff.was)}" when approved`;
      ctx.report(span, `These minutes were approved${sealed.date ? ` on ${sealed.date}` : ''} and line ${diff.line} has changed since: ${change}; ${how}`);
      return;
    }
    ctx.report(at, `These minutes were approved${sealed.date ? ` on ${sealed.date}` : ''} and their text no longer matches the approved digest; ${how}`);
  },
};

function offsetOfLine(source: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = offset;
    const hit = m.exec(source);
    if (!hit) return source.length;
    offset = hit.index + hit[0].length;
  }
  return offset;
}
