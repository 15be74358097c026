/**
 * What `minutebook approve` writes into approved minutes: `status: approved` and an `approved`
 * block with the approving meeting, its date and the digest of the approved text (model/seal.ts).
 * Pure: text in, text out. Every other byte of the file stays as it was: the status line is
 * rewritten in place (or added before the closing fence), the block is added before the closing
 * fence, in the file's own line endings. A file without front matter gets a block of these two
 * keys only, at its top.
 */
import { splitFrontMatter } from '../parse/front-matter.js';
import { digestOf } from '../model/seal.js';
import type { Amendment } from '../model/types.js';

export interface ApprovalRecord {
  /** The approving meeting: its number, else its date. */
  by: string;
  /** The approving meeting's date. */
  date: string;
  amendments: readonly Amendment[];
}

/** A YAML scalar that reads back as exactly `s` (JSON strings are YAML double-quoted scalars). */
const yamlString = (s: string) => (/^[\w .,'()/-]*$/.test(s) && !/^[\s'-]|\s$|: /.test(s) && s !== '' && !/^(?:true|false|null|yes|no|on|off|~|[\d.+-].*)$/i.test(s) ? s : JSON.stringify(s));

function block(r: ApprovalRecord, digest: string, eol: string): string {
  const lines = ['approved:', `  by: ${/^\d+[a-z]?$/.test(r.by) || /^\d{4}-\d{2}-\d{2}$/.test(r.by) ? r.by : JSON.stringify(r.by)}`, `  date: ${r.date}`, `  digest: ${digest}`];
  if (r.amendments.length > 0) {
    lines.push('  amendments:');
    for (const a of r.amendments) {
      if (a.was !== undefined && a.now !== undefined) {
        lines.push(`    - was: ${JSON.stringify(a.was)}`, `      now: ${JSON.stringify(a.now)}`);
        if (a.text !== `for “${a.was}” read “${a.now}”`) lines.push(`      text: ${JSON.stringify(a.text)}`);
      } else lines.push(`    - ${yamlString(a.text)}`);
    }
  }
  return lines.map((l) => l + eol).join('');
}

/** The file with `status: approved` and the `approved` block written in (an earlier block replaced). */
export function writeApproval(source: string, record: ApprovalRecord): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = source.slice(bom.length);
  const eol = /\r\n/.exec(text)?.[0] ?? (/\r(?!\n)/.test(text) ? '\r' : '\n');
  const digest = digestOf(source, record.amendments);
  const split = splitFrontMatter(text);
  if (split.kind !== 'ok') return `${bom}---${eol}status: approved${eol}${block(record, digest, eol)}---${eol}${text}`;
  const { offset, yaml } = split.block;
  // The YAML's lines with their endings, so that each is kept, replaced or dropped whole.
  const lines = yaml.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const out: string[] = [];
  let inApproved = false;
  let status = false;
  for (const l of lines) {
    const top = /^[A-Za-z_][\w-]*\s*:/.test(l);
    if (top) inApproved = /^approved\s*:/.test(l);
    if (inApproved) continue;
    if (top && /^status\s*:/.test(l) && !status) {
      status = true;
      out.push(`status: approved${l.slice(l.replace(/(?:\r\n|\r|\n)$/, '').length) || eol}`);
      continue;
    }
    out.push(l);
  }
  // The last YAML line may lack its ending when the closing fence follows at once; give it one.
  if (out.length > 0 && !/(?:\r\n|\r|\n)$/.test(out.at(-1)!)) out[out.length - 1] += eol;
  if (!status) out.push(`status: approved${eol}`);
  out.push(block(record, digest, eol));
  return bom + text.slice(0, offset) + out.join('') + text.slice(offset + yaml.length);
}
