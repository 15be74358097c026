/**
 * People resolved once (issue 20, item 3): `inspect`, `check`, `actions` and the language server
 * name the same owners for every action of every reference file, because they all read the owner
 * tokens the model made. Run in-process through the core, each committee's folder as one series:
 * - inspect: the owners of the actions facet;
 * - check: every owner a finding names ("Owner "X" of action …", "“X” owns action …") is one of them;
 * - actions: `actions --owner X` lists the action for each of its owners X;
 * - the language server: the hover on an action's ID shows the same owners.
 * Movers and seconders too: inspect's motions and mentions and the motion rules' findings name the
 * same person for every motion.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { check } from '../../src/core/check.js';
import { inspectAnalyses } from '../../src/inspect/inspect.js';
import { hoverText } from '../../src/lsp/hover.js';
import type { Series } from '../../src/lsp/workspace.js';
import { splitOwners } from '../../src/model/action-owners.js';
import type { Meeting } from '../../src/model/types.js';
import { registerRows } from '../../src/series/register.js';
import type { ResolvedSeries } from '../../src/series/resolve.js';
import { SHARED } from '../helpers/cli.js';

const REFERENCE = join(SHARED, 'reference');
const present = existsSync(join(REFERENCE, 'real')) && existsSync(join(REFERENCE, 'wild'));
/** Every reference committee: real/ (minutes front matter) and wild/ (minutes as their groups keep them). */
const folders = present ? ['real', 'wild'].flatMap((set) => readdirSync(join(REFERENCE, set), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${set}/${d.name}`)).sort() : [];

/** The Markdown files of a committee's folder, sub-folders included (wild/ keeps some as `2004/04/…/index.md`). */
function markdownUnder(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) => {
    const rel = under === '' ? e.name : `${under}/${e.name}`;
    return e.isDirectory() ? markdownUnder(dir, rel) : e.name.endsWith('.md') && e.name !== 'README.md' ? [rel] : [];
  });
}

function disagreements(folder: string): { actions: number; problems: string[] } {
  const dir = join(REFERENCE, folder);
  const inputs = markdownUnder(dir).sort().map((n) => ({ path: `${folder}/${n}`, contents: readFileSync(join(dir, n)) }));
  // A code makes the folder one series, so that the register (what `actions` lists) exists.
  const config = { ...defaultConfig(), code: folder.replace(/^\w+\/\d+-/, '').toUpperCase() };
  const analyses = check(inputs, { configFor: () => config });
  const series = new Map<Meeting, ResolvedSeries>(analyses.flatMap((a) => (a.meeting && a.series ? [[a.meeting, a.series] as const] : [])));
  const reports = inspectAnalyses(analyses, (m) => series.get(m));
  const problems: string[] = [];
  let actions = 0;
  let compared = 0;
  for (const a of analyses) {
    const m = a.meeting;
    if (!m) continue;
    const rows = reports.find((r) => r.path === a.file.path)?.facets.actions ?? [];
    const s = series.get(m);
    m.actions.forEach((action, i) => {
      actions++;
      const where = `${a.file.path}:${action.span.start.line}`;
      const owners = (rows[i]?.owners as string[] | undefined) ?? [];
      const lower = owners.map((o) => o.toLowerCase());
      // check: an owner a finding names is one inspect shows.
      for (const f of a.file.messages) {
        if (f.line === undefined || f.line < action.span.start.line || f.line > action.span.end.line) continue;
        const named = /^Owner "([^"]+)"/.exec(f.reason) ?? /^"([^"]+)" owns action/.exec(f.reason);
        if (named && !lower.includes(named[1]!.toLowerCase())) problems.push(`${where}: check names "${named[1]}", inspect ${JSON.stringify(owners)}`);
      }
      if (!s) return;
      const entry = s.register.entries.find((e) => e.line === action);
      if (!entry) return;
      compared++;
      // actions --owner X
      for (const o of owners) {
        const listed = registerRows(s.register, { owner: o, asOf: '2100-01-01' }).some((r) => r.id === entry.id && r.action === (entry.text ?? ''));
        if (!listed) problems.push(`${where}: actions --owner "${o}" leaves it out`);
      }
      // The language server's hover on its ID.
      // (An ID raised again by a later meeting is carried into the same entry, whose owner is then the later one's.)
      const raisedAgain = analyses.some((b) => b.meeting && b.meeting !== m && (b.meeting.date ?? '') > (m.date ?? '') && b.meeting.actions.some((x) => x.id === action.id));
      if (action.id && owners.length > 0 && !raisedAgain) {
        // The hover the server shows for this entry (its key: an ID such as `2.4` is its meeting's).
        const hover = hoverText({ kind: 'action', id: entry.key } as never, { ...s, meeting: m } as Series) ?? '';
        const line = /Owner: (.+?)(?: · |\n|$)/.exec(hover)?.[1];
        const shown = line === undefined ? [] : splitOwners(line).map((x) => x.toLowerCase());
        if (JSON.stringify(shown) !== JSON.stringify(lower.map((x) => x.replace(/^the\s+/, ''))) && JSON.stringify(shown) !== JSON.stringify(lower)) problems.push(`${where}: hover shows ${JSON.stringify(shown)}, inspect ${JSON.stringify(owners)}`);
      }
    });
  }
  problems.push(...motionDisagreements(analyses, reports));
  return { actions: compared, problems };
}

/**
 * Movers and seconders likewise: inspect's motions facet, its mentions facet (the model's people
 * named in the text) and the findings of the motion rules name the same person, as written and
 * as resolved, for every motion.
 */
let peopleCompared = 0;

function motionDisagreements(analyses: ReturnType<typeof check>, reports: ReturnType<typeof inspectAnalyses>): string[] {
  const problems: string[] = [];
  for (const a of analyses) {
    const m = a.meeting;
    if (!m) continue;
    const facets = reports.find((r) => r.path === a.file.path)?.facets;
    m.motions.forEach((x, i) => {
      const row = facets?.motions?.[i];
      for (const [role, who] of [['mover', x.mover], ['seconder', x.seconder]] as const) {
        if (!who) continue;
        peopleCompared++;
        const where = `${a.file.path}:${who.span.start.line}`;
        const shown = String(row?.[role] ?? '');
        if (!shown.startsWith(who.written)) problems.push(`${where}: inspect's motions show ${role} "${shown}", the model "${who.written}"`);
        const mention = m.mentions.find((n) => n.reader === role && n.span.start.offset === who.span.start.offset);
        if (!mention || mention.person !== who.person) problems.push(`${where}: the ${role} "${who.written}" is not the same mention in the model's people named`);
        const listed = facets?.mentions?.find((n) => n.reader === role && n.at === `${who.span.start.line}:${who.span.start.column}`);
        if (!listed || (who.person && !String(listed.person).startsWith(who.person.name))) problems.push(`${where}: inspect's mentions show the ${role} as ${JSON.stringify(listed?.person)}`);
        for (const f of a.file.messages) {
          if (f.line !== who.span.start.line || f.column !== who.span.start.column) continue;
          const named = /^"([^"]+)" (?:moved|seconded|both moved)/.exec(f.reason);
          if (named && named[1] !== who.written) problems.push(`${where}: check names "${named[1]}", the model "${who.written}"`);
        }
      }
    });
  }
  return problems;
}

describe.skipIf(!present)('owners, movers and seconders agree across inspect, check, actions and the language server', () => {
  let compared = 0;
  for (const folder of folders) {
    it(folder, () => {
      const { actions, problems } = disagreements(folder);
      compared += actions;
      expect(problems).toEqual([]);
    });
  }
  it('compared the owners of many actions', () => expect(compared).toBeGreaterThan(20));
  it('compared the movers and seconders of many motions', () => expect(peopleCompared).toBeGreaterThan(20));
});
