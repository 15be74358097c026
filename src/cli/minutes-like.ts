/**
 * Whether a Markdown file found in a folder (or handed over by a pre-commit hook) is minutes: a
 * repository of minutes also holds documentation pages, some with front matter of their own, and
 * checking those would bury the real findings under thousands of false ones. Minutes have a date
 * (in the front matter or at the start of the file name) and people (FORMAT, NATURAL §2).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeSource } from '../parse/decode.js';
import { looksLikeMinutes, splitFrontMatter } from '../parse/front-matter.js';
import { readKeptHead, type NotMinutes } from '../model/readers/kept-head.js';
import { siteDay, siteTitleSpan, splitSiteMatter } from '../parse/site-matter.js';

/** Minutes front matter comes first; a body's attendance may come after a long agenda. */
const HEAD_BYTES = 65536;
const DATED_NAME = /^\d{4}-\d{2}-\d{2}/;

export type Kind = 'minutes' | 'other' | 'undecodable';

/** Why a Markdown file is not taken as minutes: what its text lacks, or that the configuration's `ignores` lists it. */
export type AsideReason = NotMinutes | 'ignored';

/** The first bytes of a file (front matter comes first), or undefined when it cannot be read. */
function head(path: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = new Uint8Array(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Text cut at a character boundary may end in half a character: drop the last few bytes before judging. */
function decodeHead(bytes: Uint8Array): string | undefined {
  for (let cut = 0; cut < 4 && cut < bytes.length; cut++) {
    const d = decodeSource(bytes.length === HEAD_BYTES ? bytes.subarray(0, bytes.length - cut) : bytes);
    if (d.ok) return d.text;
    if (bytes.length < HEAD_BYTES) return undefined;
  }
  return undefined;
}

/**
 * `minutes` when the front matter has a date (or the name starts with one) and a people list, or
 * when the body gives a date and an attendance section (model/readers/kept-head.ts); `undecodable` for
 * bytes that are not text, so that they are reported rather than skipped; `other` for everything
 * else, with the reason.
 */
export function kindOf(path: string): Kind {
  return judge(path).kind;
}

export function judge(path: string): { kind: Kind; why?: AsideReason } {
  const bytes = head(path);
  if (!bytes) return { kind: 'minutes' }; // unreadable: let the reader report why
  const text = decodeHead(bytes);
  if (text === undefined) return { kind: 'undecodable' };
  const cut = bytes.length === HEAD_BYTES;
  if (looksLikeMinutes(text, { cut, datedName: DATED_NAME.test(basename(path)) })) return { kind: 'minutes' };
  const bare = text.replace(/^\uFEFF/, '');
  const yaml = splitFrontMatter(bare);
  const site = yaml.kind === 'missing' ? splitSiteMatter(bare) : undefined;
  const start = yaml.kind === 'ok' ? yaml.block.end : (site?.end ?? 0);
  const siteDate = siteDay(site?.date?.value ?? (yaml.kind === 'ok' ? /^date[ \t]*:[ \t]*['"]?(\d{4}-\d{2}-\d{2})/m.exec(yaml.block.yaml)?.[1] : undefined));
  const siteTitle = siteTitleSpan(bare, yaml.kind === 'ok' ? yaml.block : undefined, site);
  const kept = readKeptHead(bare, start, path, { ...(siteDate ? { siteDate } : {}), ...(siteTitle ? { siteTitle } : {}) });
  if (kept.kind === 'minutes') return { kind: 'minutes' };
  // What the page lacks to be minutes, whatever front matter it has (a site's page about something else has no date or no attendance).
  return { kind: 'other', why: kept.kind };
}
