/**
 * The front-matter head reader, the series module (identity, order, dependencies) and the series
 * resolution step, in-process: what `check`, `build`, `build --watch`, `new`, `actions` and `stats`
 * share.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependents } from '../src/cli/commands/watch.js';
import { ConfigLookup } from '../src/cli/config-lookup.js';
import { analyse } from '../src/core/analyse.js';
import { check } from '../src/core/check.js';
import { defaultConfig, type Config } from '../src/config/types.js';
import { compileIdPattern } from '../src/model/action-id.js';
import { opensFrontMatter, readHead, readReviewIds } from '../src/parse/front-matter.js';
import { builtinTemplatesDir, readTemplateFolder } from '../src/cli/read-templates.js';
import { buildViewModel } from '../src/render/view-model.js';
import { wordingOf } from '../src/render/wording.js';
import { seriesRules } from '../src/rules/index.js';
import { resolveAll } from '../src/series/resolve.js';
import { compareMeetings, groupSeries, neededAfter, neededBefore, placedOf, type Placed } from '../src/series/series.js';
import { GOOD, fileName, meetingText, writeSeries } from './helpers/series.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PATTERN = compileIdPattern('{code} {meeting}/{seq}');
const config = (over: Partial<Config> = {}): Config => ({ ...defaultConfig(), code: 'TC', root: '/r', ...over });
const at = (path: string, meeting: string, date: string): Placed => placedOf(path, { meeting, date }, config());

describe('readHead: the one front-matter head reader', () => {
  it('reads plain, quoted and commented keys without the YAML parser', () => {
    expect(readHead('---\ncode: TC\nmeeting: 12\ndate: 2024-03-01 # a Friday\n---\n')).toEqual({ code: 'TC', meeting: '12', date: '2024-03-01' });
    expect(readHead('\uFEFF---\r\nmeeting: "38x"\r\ndate: \'2024-03-01\'\r\n---\r\nbody')).toEqual({ meeting: '38x', date: '2024-03-01' });
  });

  it('falls back to the YAML parser for flow style, and reads what the parser reads', () => {
    expect(readHead('---\n{ code: TC, meeting: 3, date: 2024-05-01 }\n---\n')).toEqual({ code: 'TC', meeting: '3', date: '2024-05-01' });
    expect(readHead('---\ncode: &c TC\nmeeting: 3\ndate: 2024-05-01\n---\n')).toEqual({ code: 'TC', meeting: '3', date: '2024-05-01' });
  });

  it('says "read the whole file" for a cut text whose keys may lie further on, and nothing for no front matter', () => {
    expect(readHead('---\nmeeting: 3\ndate: 2024-05-01\nattendees:\n', { cut: true })).toBeUndefined();
    expect(readHead('---\ncode: TC\nmeeting: 3\ndate: 2024-05-01\nattendees:\n', { cut: true })).toEqual({ code: 'TC', meeting: '3', date: '2024-05-01' });
    expect(readHead('---\nmeeting: 3\n')).toBeUndefined();
    expect(readHead('# Minutes\n')).toBeUndefined();
    expect(opensFrontMatter('\uFEFF---\r\n')).toBe(true);
    expect(opensFrontMatter('# Minutes\n---\n')).toBe(false);
  });
});

describe('readReviewIds', () => {
  it('reads reviews written as block maps and as YAML flow maps alike', () => {
    const text = `---
meeting: 3
outstanding:
  - id: TC 1/02
    status: closed
  - { id: TC 1/01, status: open }
  - {id: "TC 2/01", status: open}
---
`;
    expect(readReviewIds(text)).toEqual(['TC 1/02', 'TC 1/01', 'TC 2/01']);
    expect(readReviewIds('---\noutstanding: [\n---\n')).toEqual([]);
  });
});

describe('series order and dependencies', () => {
  it('orders by date, then number, then suffix', () => {
    const list = [at('c', '39', '2024-03-01'), at('b', '38x', '2024-02-01'), at('a', '38', '2024-02-01')];
    expect([...list].sort(compareMeetings).map((m) => m.meeting)).toEqual(['38', '38x', '39']);
  });

  it('groups by configuration root and code', () => {
    const a = { ...at('/r/a.md', '1', '2024-01-01'), code: 'TC' };
    const b = { ...at('/s/b.md', '1', '2024-01-01'), code: 'TC' };
    const c = { ...at('/r/c.md', '2', '2024-02-01'), code: 'TC' };
    const groups = groupSeries([c, b, a], (p) => config({ root: p.startsWith('/r/') ? '/r' : '/s' }));
    expect(groups.map((g) => g.meetings.map((m) => m.path))).toEqual([['/r/a.md', '/r/c.md'], ['/s/b.md']]);
  });

  it('a meeting needs the meetings back to the previous ordinary one, and those that raised what it reviews', () => {
    const before = [at('1', '1', '2024-01-01'), at('2', '2', '2024-02-01'), at('2x', '2x', '2024-02-20')];
    expect(neededBefore([], before, PATTERN).map((m) => m.path)).toEqual(['2', '2x']);
    expect(neededBefore(['TC 1/04'], before, PATTERN).map((m) => m.path)).toEqual(['1', '2', '2x']);
    // Without {meeting} in the pattern, any earlier meeting may have raised it.
    expect(neededBefore(['2024-07'], before, compileIdPattern('{yyyy}-{seq}')).length).toBe(3);
  });

  it('the meetings that depend on a meeting: up to the next ordinary one, and any that reviews its actions', () => {
    const after = [
      { ...at('2x', '2x', '2024-02-20'), reviewIds: [] },
      { ...at('3', '3', '2024-03-01'), reviewIds: [] },
      { ...at('4', '4', '2024-04-01'), reviewIds: ['TC 3/01'] },
      { ...at('5', '5', '2024-05-01'), reviewIds: ['TC 2/01'] },
    ];
    expect(neededAfter(at('2', '2', '2024-02-01'), after, PATTERN).map((m) => m.path)).toEqual(['2x', '3', '5']);
  });
});

describe('build --watch: which later meetings a change rebuilds', () => {
  it('finds a later meeting whose review of the changed meeting is written in YAML flow style', () => {
    const dir = writeSeries(GOOD.slice(0, 1));
    made.push(dir);
    // Meeting 2 reviews HWC 1/01 and 1/02; meeting 3 only the first, written as a flow map.
    writeFileSync(join(dir, '2024-02-14-hwc-2.md'), meetingText({ n: 2, date: '2024-02-14', reviews: [{ id: 'HWC 1/01', status: 'open' }, { id: 'HWC 1/02', status: 'closed' }] }));
    const third = meetingText({ n: 3, date: '2024-03-13' }).replace('venue: Harbour House\n', 'venue: Harbour House\noutstanding:\n  - { id: HWC 1/01, status: open, update: Still in hand. }\n');
    writeFileSync(join(dir, '2024-03-13-hwc-3.md'), third);
    expect(readReviewIds(third)).toEqual(['HWC 1/01']);
    const first = join(dir, fileName(GOOD[0]!));
    expect(dependents([first], new ConfigLookup()).map((p) => p.slice(dir.length + 1))).toEqual(['2024-02-14-hwc-2.md', '2024-03-13-hwc-3.md']);
  });
});

describe('series resolution', () => {
  const dir = writeSeries(GOOD);
  made.push(dir);
  const lookup = new ConfigLookup();
  const configFor = (p: string) => lookup.forFile(p).config;
  const inputs = GOOD.map((m) => ({ path: join(dir, fileName(m)), contents: readFileSync(join(dir, fileName(m)), 'utf8') }));

  it('is pure: resolving leaves the meetings as modelled, and resolving twice gives equal results', () => {
    const meetings = inputs.map((i) => analyse(i, configFor(i.path)).meeting!);
    const before = JSON.stringify(meetings.map((m) => m.outstanding));
    const once = resolveAll(meetings, configFor);
    const twice = resolveAll(meetings, configFor);
    expect(JSON.stringify(meetings.map((m) => m.outstanding))).toBe(before);
    expect(once).toHaveLength(1);
    expect(once[0]!.meetings.map((m) => m.meeting)).toEqual(['1', '2', '3']);
    expect(twice[0]!.register.entries.map((e) => [e.id, e.status])).toEqual(once[0]!.register.entries.map((e) => [e.id, e.status]));
  });

  it('neither resolution nor any series rule writes to a meeting: they run on frozen meetings', () => {
    const freeze = (o: unknown, seen = new Set<unknown>()): void => {
      if (o === null || typeof o !== 'object' || seen.has(o)) return;
      seen.add(o);
      Object.freeze(o);
      for (const v of Object.values(o)) freeze(v, seen);
    };
    const meetings = inputs.map((i) => analyse(i, configFor(i.path)).meeting!);
    meetings.forEach((m) => freeze(m));
    const found: string[] = [];
    for (const series of resolveAll(meetings, configFor)) {
      for (const rule of seriesRules) rule.check({ ...series, report: (_place, message) => void found.push(`${rule.id}: ${message}`) });
    }
    // The example series is clean; the point is that nothing above threw on a frozen object.
    expect(found).toEqual([]);
  });

  it('is what the view model reads: a review that leaves out the text shows the raising meeting\'s', () => {
    const analyses = check(inputs, { configFor });
    const third = analyses[2]!;
    expect(third.series?.meetings).toHaveLength(3);
    const review = third.meeting!.outstanding.find((r) => r.id === 'HWC 2/01')!;
    expect(review.action).toBeUndefined();
    const row = (series: typeof third.series) => buildViewModel(third.meeting!, configFor(third.file.path), wordingOf(readTemplateFolder(builtinTemplatesDir())), series).outstanding.find((r) => r.id === 'HWC 2/01')!;
    expect(row(third.series).action).toContain('repaint the bollards');
    // Without the resolved series, nothing was written into the meeting to show.
    expect(row(undefined).action).toBeUndefined();
  });
});
