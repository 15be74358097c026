/**
 * `minutebook approve FILE --by NEXT-FILE`: seals approved minutes (docs/lifecycle.md). Both
 * files are checked with their series; FILE must have no errors (unless --force), NEXT-FILE must
 * be a later meeting, and if NEXT-FILE records approving other minutes but not FILE's, the
 * approval is refused. The amendments NEXT-FILE records for FILE are copied into the block.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { check } from '../../core/check.js';
import { writeApproval } from '../../core/approve.js';
import { encodeSource } from '../../parse/decode.js';
import type { Amendment, Meeting } from '../../model/types.js';
import type { Analysis } from '../../core/analyse.js';
import { formatReport } from '../reporters.js';
import { diskPort } from '../disk-port.js';
import { fixTarget } from '../fix-target.js';
import { writeAtomic } from '../write-atomic.js';
import { UserError } from '../errors.js';
import { loadSources } from '../load-sources.js';

export async function runApprove(file: string, flags: { by: string; force?: boolean; config?: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  for (const f of [file, flags.by]) if (!existsSync(f)) throw new UserError(`${f}: no such file`, 1);
  if (resolve(file) === resolve(flags.by)) throw new UserError('a meeting cannot approve its own minutes: --by names the minutes of the approving (later) meeting', 2);
  const loaded = await loadSources([file, flags.by], flags);
  if (loaded.configFiles.length > 0) throw new UserError('the configuration has errors; run `minutebook check` for details');
  const configFor = (p: string) => loaded.lookup.forFile(p).config;
  const analyses = check(loaded.inputs, { configFor, port: diskPort(() => loaded.lookup), contextOptions: { outputs: false }, exists: existsSync });
  const find = (p: string): Analysis => {
    const a = analyses.find((x) => resolve(x.file.path) === resolve(p));
    if (!a) throw new UserError(`${p}: not read as minutes`, 1);
    return a;
  };
  const a = find(file);
  const b = find(flags.by);
  const force = flags.force === true;
  const errors = a.file.messages.filter((m) => m.fatal === true);
  if (errors.length > 0 && !force) {
    // Only the errors are shown: they are what stops the approval (the file is not written).
    a.file.messages = errors;
    out(formatReport([a.file], { format: 'stylish', color: false, quiet: true }));
    err(`minutebook: ${file} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}: minutes are approved as they are, so correct them first (or approve anyway with --force)`);
    return 1;
  }
  const m = a.meeting;
  const next = b.meeting;
  if (!m || a.source === undefined) throw new UserError(`${file}: cannot be read as minutes; run \`minutebook check ${file}\``, 1);
  if (!next?.date) throw new UserError(`${flags.by}: the approving meeting has no date (front matter \`date\`, or a file name starting with it)`, 1);
  if (m.date !== undefined && next.date <= m.date && !force) throw new UserError(`${flags.by} (${next.date}) is not a later meeting than ${file} (${m.date}): the next meeting approves the minutes`, 1);
  if (m.approved && !force) throw new UserError(`${file} is already approved (by ${m.approved.by ?? '?'} on ${m.approved.date ?? '?'}): use --force to seal it again`, 1);
  const approvals = approvalsOf(next, m, b);
  const others = next.approvals.filter((x) => x.certainty === 'certain' && x.outcome === 'approved' && !approvals.includes(x));
  if (approvals.length === 0 && others.length > 0 && !force) {
    throw new UserError(`${flags.by} records approving other minutes (${others.map((x) => x.target.written || x.target.value).join(', ')}), not those of ${file}: name the right file, or use --force`, 1);
  }
  const amendments: Amendment[] = approvals.flatMap((x) => x.amendments);
  const text = writeApproval(a.source, { by: next.meeting ?? next.date, date: next.date, amendments });
  const where = fixTarget(a.file.path);
  if (!where.ok) throw new UserError(`${file} ${where.why}: not approved`, 1);
  writeAtomic(where.target, encodeSource(text, a.encoding ?? 'utf-8', a.bom === true), { mode: where.mode });
  const how = amendments.length > 0 ? `with ${amendments.length} ${amendments.length === 1 ? 'amendment' : 'amendments'}` : 'as presented';
  out(`approved ${file}: status approved, ${how}, by ${next.meeting !== undefined ? `meeting ${next.meeting}` : 'the meeting'} of ${next.date}\n`);
  if (approvals.length === 0) err(`minutebook: note: ${flags.by} does not record approving these minutes yet (write it in its body, or \`approves: ${m.meeting ?? m.date}\` in its front matter)`);
  return 0;
}

/** The approvals the approving meeting records of these minutes: through the series when both are in one, else by what they name. */
function approvalsOf(next: Meeting, m: Meeting, b: Analysis) {
  const links = b.series?.approvals;
  if (links) return links.filter((l) => l.by === next && l.of === m && l.approval.certainty === 'certain' && l.approval.outcome === 'approved').map((l) => l.approval);
  return next.approvals.filter((x) => x.certainty === 'certain' && x.outcome === 'approved' && (x.target.kind === 'previous' || (x.target.kind === 'date' && x.target.value === m.date) || (x.target.kind === 'number' && x.target.value === m.meeting)));
}
