/**
 * Output (issue 20, item 8): every reference meeting (real/ and wild/) is built to HTML by the
 * real CLI, each committee's folder as it is kept, and each row of the tables minutebook adds is
 * compared with the hand lists (test/reference/corpus/): in a sampled meeting, every row of the
 * actions summary is a hand-listed action, with its owner and its ID where the minutes give them,
 * and every row of the decisions summary is a hand-listed decision (or the outcome of a
 * hand-listed motion); in every meeting, no ID or item is a name minutebook made up ("#1",
 * "2020-06-10#3", "item #1"), no added table has a column empty in every row, and a flat
 * attendance list prints no empty Category or Representing column; an added attendance table does
 * not repeat the minutes' own attendance section.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMITTEES, ownersMatch, textKey, textMatch } from './corpus/index.js';
import { splitOwners } from '../../src/model/action-owners.js';
import type { RefCommittee, RefMeeting } from './corpus/types.js';
import { runCli, SHARED } from '../helpers/cli.js';

const REFERENCE = join(SHARED, 'reference');
const present = existsSync(join(REFERENCE, 'real')) && existsSync(join(REFERENCE, 'wild'));
const OUT = mkdtempSync(join(tmpdir(), 'minutebook-added-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Table {
  kind: string;
  header: string[];
  rows: string[][];
}

const plain = (html: string): string =>
  html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();

/** The tables of a built HTML document, by class, as plain-text cells. */
function tables(html: string): Table[] {
  return [...html.matchAll(/<table class="([\w -]+)"[^>]*>([\s\S]*?)<\/table>/g)].map((t) => {
    const rows = [...t[2]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t([dh])[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => plain(c[2]!)));
    const heads = [...t[2]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => plain(c[1]!));
    return { kind: t[1]!.replace(/^grid\s+/, ''), header: heads, rows: heads.length > 0 ? rows.slice(1) : rows };
  });
}

const column = (t: Table, name: string): number => t.header.indexOf(name);

/** The problems of one built meeting's added tables, compared with its hand list. */
function problems(ref: RefMeeting, html: string, source: string[]): string[] {
  const out: string[] = [];
  const at = ref.file;
  // The minutes' own text may say "#123" (an issue); what minutebook adds never names an item or action so.
  for (const m of plain(html).matchAll(/\bitems? #\d+/gi)) out.push(`${at}: a made-up name "${m[0]}" in the document`);
  for (const t of tables(html)) {
    if (t.kind === 'new-actions' || t.kind === 'outstanding' || t.kind === 'decisions') {
      for (const r of t.rows) for (const [i, h] of t.header.entries()) if ((h === 'Action ID' || h === 'Item') && /#\d/.test(r[i] ?? '')) out.push(`${at}: a made-up ${h} "${r[i]}" in the ${t.kind} table`);
      t.header.forEach((h, i) => {
        if (t.rows.every((r) => (r[i] ?? '') === '' || r[i] === 'N/A')) out.push(`${at}: the ${t.kind} table's ${h} column is empty in every row`);
      });
    }
    if (t.kind === 'new-actions' && ref.sample) out.push(...actionRows(ref, t));
    if (t.kind === 'decisions' && ref.sample) out.push(...decisionRows(ref, t, source));
  }
  return out;
}

function actionRows(ref: RefMeeting, t: Table): string[] {
  const out: string[] = [];
  const [id, text, owner] = [column(t, 'Action ID'), column(t, 'Action'), column(t, 'Owner')];
  const seen = new Set<string>();
  for (const r of t.rows) {
    const words = r[text] ?? '';
    const hand = ref.sample!.actions.find((a) => textMatch(a.text, words));
    if (seen.has(words)) out.push(`${ref.file}: action row repeated: "${words.slice(0, 60)}"`);
    seen.add(words);
    if (!hand) {
      out.push(`${ref.file}: action row that is no hand-listed action: "${words.slice(0, 80)}"`);
      continue;
    }
    const owners = owner === -1 ? '' : (r[owner] ?? '');
    if (hand.owners.length > 0 && (owners === '' || !ownersMatch(hand.owners, splitOwners(owners)))) out.push(`${ref.file}: action "${hand.text}" shows owner "${owners}", the minutes say ${JSON.stringify(hand.owners)}`);
    if (hand.id !== undefined && (id === -1 || (r[id] ?? '') !== hand.id)) out.push(`${ref.file}: action "${hand.text}" shows ID "${id === -1 ? '' : r[id]}", the minutes say "${hand.id}"`);
  }
  return out;
}

/**
 * A decision row is a hand-listed decision when its words stand in the lines the hand list gives
 * (the hand list describes decisions in its own words, by their lines), or the outcome of a
 * hand-listed motion.
 */
function decisionRows(ref: RefMeeting, t: Table, source: string[]): string[] {
  const minute = column(t, 'Minute');
  const s = ref.sample!;
  const within = (a: number, b: number, words: string) => {
    // The words of the minute, without the mover, seconder and result the table adds after them.
    const start = textKey(words.replace(/\s(?:Moved by|Seconded by|Result:)\s.*$/, '')).split(' ').slice(0, 6).join(' ');
    return textKey(source.slice(a - 1, b + 1).join(' ')).includes(start);
  };
  return t.rows
    .filter((r) => {
      const words = r[minute] ?? '';
      return !s.decisions.some((d) => within(d.lines[0], d.lines[1], words) || textMatch(d.text, words)) && !s.motions.some((x) => textMatch(x.text, words) || within(x.line, x.endLine ?? x.line + 3, words)) && !s.approvals.some((x) => within(x.line, x.line + 3, words));
    })
    .map((r) => `${ref.file}: decision row that is no hand-listed decision or motion: "${(r[minute] ?? '').slice(0, 80)}"`);
}

/** Each flat list (a people table without groups) shows one column: no empty Category or Representing. */
function peopleTables(ref: RefMeeting, html: string): string[] {
  return tables(html)
    .filter((t) => t.kind.includes('people'))
    .filter((t) => t.rows.length > 1 && t.rows.every((r) => r.length === 2) && t.rows.every((r) => r[0] === ''))
    .map(() => `${ref.file}: a people table with a group column empty in every row`);
}

/**
 * Where the minutes keep their own attendance section, the document prints it as written: an added
 * attendance table whose every name the rest of the document already shows repeats it (item 5).
 */
function repeatedPeople(ref: RefMeeting, html: string): string[] {
  const people = [...html.matchAll(/<table class="grid people"[^>]*>[\s\S]*?<\/table>/g)];
  if (people.length === 0) return [];
  const rest = plain(html.replace(/<table class="grid people"[^>]*>[\s\S]*?<\/table>/g, ' ').replace(/<head>[\s\S]*?<\/head>/, ' '));
  return people
    .map((t) => tables(t[0]).flatMap((x) => x.rows.map((r) => r.at(-1)!.replace(/\s*\(.*$/, '').trim())).filter((n) => n !== ''))
    .filter((names) => names.length > 0 && names.every((n) => rest.includes(n)))
    .map((names) => `${ref.file}: an added attendance table repeats the minutes' own (${names.slice(0, 3).join(', ')}…)`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Builds the committee's folder as it is kept; the built HTML of each meeting (outputs keep the sub-folders below the sources' common folder). */
function built(c: RefCommittee): Map<string, string> {
  const out = join(OUT, c.folder);
  runCli(['build', '--force', '-o', out, '.'], { cwd: join(REFERENCE, c.folder) });
  const outputs = existsSync(out) ? walk(out).filter((p) => p.endsWith('.html')).map((p) => relative(out, p).split('\\').join('/')) : [];
  const html = new Map<string, string>();
  for (const m of c.meetings) {
    const name = m.file.slice(c.folder.length + 1).replace(/\.md$/i, '.html');
    const p = outputs.filter((o) => name === o || name.endsWith(`/${o}`)).sort((a, b) => b.length - a.length)[0];
    if (p !== undefined) html.set(m.file, readFileSync(join(out, p), 'utf8'));
  }
  return html;
}

describe.skipIf(!present)('the tables minutebook adds to every reference meeting', () => {
  for (const c of COMMITTEES) {
    it(c.folder, () => {
      const html = built(c);
      expect(html.size, 'built meetings').toBeGreaterThan(0);
      const found: string[] = [];
      for (const m of c.meetings) {
        const doc = html.get(m.file);
        if (doc === undefined || m.kind !== 'minutes') continue;
        found.push(...problems(m, doc, readFileSync(join(REFERENCE, m.file), 'utf8').split('\n')), ...peopleTables(m, doc), ...repeatedPeople(m, doc));
      }
      if (process.env.ADDED_TABLES_PRINT) console.log(found.join('\n'));
      expect(found).toEqual([]);
    }, 120_000);
  }
});
