/**
 * Approvals of minutes on the reference committees used for tuning (test/reference/approvals.ts):
 * precision and recall of the certain approvals the model reads, whether each names the right
 * meeting, and no minutes-unapproved or approval-unknown finding on these series (Govan's minutes
 * were all approved; the others record approval too seldom for the rule to speak). Files without
 * front matter get a minimal one (their date) so that they are read; each committee is one series.
 * The held-back committees (wild/02, wild/04) are not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/cli.js';
import { checkSources } from '../helpers/rule-tester.js';
import { APPROVALS } from './approvals.js';

const REF = join(SHARED, 'reference');
const present = existsSync(join(REF, 'real'));
if (!present && process.env.CI === 'true') throw new Error(`CI=true and the reference minutes are missing at ${REF}`);
if (!present) console.warn(`skipping: the reference minutes are not at ${REF}`);

/** The committee's Markdown files (README aside), with the date each is read with. */
function filesOf(folder: string): Array<{ name: string; path: string; date: string }> {
  const dir = join(REF, folder);
  const sub = folder.startsWith('wild/03') ? '2022' : '';
  return readdirSync(join(dir, sub))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ name: sub ? `${sub}/${f}` : f, path: join(dir, sub, f), date: sub ? `2022-${f.slice(3, 8)}` : f.slice(0, 10) }));
}

interface Figures {
  expected: number;
  recognised: number;
  matched: number;
  rightMeeting: number;
  uncertain: number;
  wrongCertain: string[];
}

function measure(folder: string): { figures: Figures; findings: string[] } {
  const hand = APPROVALS[folder]!;
  const files: Record<string, string> = {};
  const added = new Map<string, number>();
  for (const f of filesOf(folder)) {
    const text = readFileSync(f.path, 'utf8');
    // A minimal front matter where the file has none, so that the file is read as minutes of its date.
    const head = text.startsWith('---\n') ? '' : `---\ndate: ${f.date}\nattendees: [Member]\n---\n`;
    added.set(f.name, head === '' ? 0 : 4);
    files[`${f.date}--${f.name.replace('/', '-')}`] = head + text;
  }
  const checked = checkSources({ config: 'code: REF\n', files });
  const names = Object.keys(files);
  const figures: Figures = { expected: 0, recognised: 0, matched: 0, rightMeeting: 0, uncertain: 0, wrongCertain: [] };
  const series = checked.analyses.find((a) => a.series)?.series;
  filesOf(folder).forEach((f, i) => {
    const a = checked.analyses.find((x) => x.file.path === names[i])!;
    const expected = hand[f.name]?.approvals ?? [];
    figures.expected += expected.length;
    const shift = added.get(f.name)!;
    for (const ap of a.meeting?.approvals ?? []) {
      if (ap.certainty !== 'certain') {
        figures.uncertain++;
        continue;
      }
      figures.recognised++;
      const line = ap.span.start.line - shift;
      const h = expected.find((e) => Math.abs(e.line - line) <= 1);
      if (!h) {
        figures.wrongCertain.push(`${f.name}:${line} ${ap.text}`);
        continue;
      }
      figures.matched++;
      const link = series?.approvals.find((l) => l.approval === ap);
      const named = link?.of ? link.of.date : ap.target.kind === 'month' ? ap.target.value : link && !link.of && ap.target.kind === 'previous' ? 'outside' : ap.target.value;
      if (named === h.of) figures.rightMeeting++;
    }
  });
  const findings = checked.lines.filter((l) => /minutes-unapproved|approval-unknown|approved-changed/.test(l));
  return { figures, findings };
}

const FOLDERS = Object.keys(APPROVALS);

describe.skipIf(!present)('approvals of minutes on the reference committees', () => {
  const total: Figures = { expected: 0, recognised: 0, matched: 0, rightMeeting: 0, uncertain: 0, wrongCertain: [] };
  for (const folder of FOLDERS) {
    it(`${folder}: every certain approval is one of the hand list, none is missed, none is reported on`, () => {
      const { figures, findings } = measure(folder);
      for (const k of ['expected', 'recognised', 'matched', 'rightMeeting', 'uncertain'] as const) total[k] += figures[k];
      total.wrongCertain.push(...figures.wrongCertain);
      console.log(`${folder}: hand ${figures.expected}, certain ${figures.recognised}, matched ${figures.matched}, right meeting ${figures.rightMeeting}, uncertain ${figures.uncertain}`);
      expect(figures.wrongCertain).toEqual([]);
      expect(figures.matched).toBe(figures.expected);
      expect(figures.rightMeeting).toBe(figures.matched);
      expect(findings).toEqual([]);
    });
  }
  it('in all: precision and recall', () => {
    const p = total.recognised ? total.matched / total.recognised : 1;
    const r = total.expected ? total.matched / total.expected : 1;
    console.log(`approvals: precision ${(p * 100).toFixed(0)}% (${total.matched}/${total.recognised}), recall ${(r * 100).toFixed(0)}% (${total.matched}/${total.expected}), right meeting ${total.rightMeeting}/${total.matched}, uncertain (inspect only) ${total.uncertain}`);
    expect(p).toBe(1);
    expect(r).toBe(1);
  });
});
