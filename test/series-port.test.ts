/**
 * The series context through its port (core/series-port.ts), in-process: one algorithm for
 * `check FILE`, the language server (open buffers before the disk) and `build --watch`. The port
 * here is a real implementation over a map of texts, not a stand-in for the disk: the core must
 * work from whatever answers the three questions.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/core/check.js';
import { parseConfig } from '../src/core/parse-config.js';
import { seriesDependents } from '../src/core/series-context.js';
import type { SeriesPort } from '../src/core/series-port.js';
import type { Files } from '../src/lsp/files.js';
import { Workspace } from '../src/lsp/workspace.js';
import { CONFIG, GOOD, fileName, meetingText, type MeetingSpec } from './helpers/series.js';

const ROOT = '/mem/hwc';
const { config } = parseConfig(CONFIG, `${ROOT}/.minutebook.yaml`, ROOT);
const configFor = () => config;
const pathOf = (m: MeetingSpec) => `${ROOT}/${fileName(m)}`;

/** A folder of minutes held in a map, counting what is read. */
function memoryPort(files: Map<string, string>) {
  const reads = { list: 0, start: [] as string[], whole: [] as string[] };
  const port: SeriesPort = {
    listFiles(root, except) {
      reads.list++;
      return [...files.keys()].filter((p) => p.startsWith(`${root}/`) && !except.includes(p)).sort();
    },
    readStart(path) {
      reads.start.push(path);
      const text = files.get(path);
      return text === undefined ? undefined : { text, cut: false };
    },
    readFile(path) {
      reads.whole.push(path);
      const contents = files.get(path);
      if (contents === undefined) throw new Error(`${path}: no such file`);
      return { path, contents };
    },
  };
  return { port, reads };
}

const goodFiles = () => new Map(GOOD.map((m) => [pathOf(m), meetingText(m)]));
const findingsOf = (a: { file: { messages: Array<{ line?: number | null; ruleId?: string | null }> } }) => a.file.messages.map((m) => `${m.line}:${m.ruleId}`);

describe('check FILE through the series port', () => {
  it('reads the earlier meetings it needs through the port and finds what a check of the whole series finds', () => {
    const files = goodFiles();
    const { port, reads } = memoryPort(files);
    const last = pathOf(GOOD[2]!);
    const [alone] = check([{ path: last, contents: files.get(last)! }], { configFor, port });
    const whole = check([...files].map(([path, contents]) => ({ path, contents })), { configFor });
    expect(findingsOf(alone!)).toEqual(findingsOf(whole[2]!));
    expect(alone!.series?.meetings.map((m) => m.path)).toEqual(GOOD.map(pathOf));
    // One listing of the root; every other file glanced at; the checked file never read again.
    expect(reads.list).toBe(1);
    expect(reads.start.sort()).toEqual([pathOf(GOOD[0]!), pathOf(GOOD[1]!)]);
    expect(reads.whole).not.toContain(last);
  });

  it('finds the missing review when the port holds the meeting that raised the action', () => {
    const files = goodFiles();
    // Meeting 3 forgets HWC 2/01, raised at meeting 2.
    const third = { ...GOOD[2]!, reviews: GOOD[2]!.reviews!.filter((r) => r.id !== 'HWC 2/01') };
    files.set(pathOf(third), meetingText(third));
    const { port } = memoryPort(files);
    const [alone] = check([{ path: pathOf(third), contents: files.get(pathOf(third))! }], { configFor, port });
    expect(findingsOf(alone!).some((f) => f.endsWith(':series-missing-review'))).toBe(true);
    // Without the port the file is checked on its own, and the series rule has nothing to compare.
    const [bare] = check([{ path: pathOf(third), contents: files.get(pathOf(third))! }], { configFor });
    expect(findingsOf(bare!).some((f) => f.endsWith(':series-missing-review'))).toBe(false);
  });
});

describe('build --watch through the series port', () => {
  it('names the later meetings that depend on a changed one', () => {
    const { port } = memoryPort(goodFiles());
    expect(seriesDependents([pathOf(GOOD[0]!)], port, configFor)).toEqual([pathOf(GOOD[1]!), pathOf(GOOD[2]!)]);
    expect(seriesDependents([pathOf(GOOD[2]!)], port, configFor)).toEqual([]);
  });
});

describe('the language server reads the series through the same port, open buffers first', () => {
  /** The disk of the language server, as the CLI would hand it, over the same map. */
  function memoryFiles(disk: Map<string, string>): Files {
    return { ...memoryPort(disk).port, configOf: () => ({ config }), reloadConfig: () => {}, stamp: (p) => (disk.has(p) ? `v${disk.get(p)!.length}` : 'gone') };
  }

  it('an unsaved edit of an earlier meeting changes the findings of a later one', () => {
    const disk = goodFiles();
    const ws = new Workspace(memoryFiles(disk));
    const last = pathOf(GOOD[2]!);
    ws.setOpen(last, disk.get(last)!);
    expect(findingsOf(ws.diagnose(last)).some((f) => f.endsWith(':series-missing-review'))).toBe(false);
    // Meeting 2, open in another editor and not saved, now raises a second action that meeting 3 does not review.
    const second = { ...GOOD[1]!, actions: [...GOOD[1]!.actions!, 'The Harbour Office to light the west pier.'] };
    ws.setOpen(pathOf(second), meetingText(second));
    ws.forget(last);
    expect(findingsOf(ws.diagnose(last)).some((f) => f.endsWith(':series-missing-review'))).toBe(true);
    // Closed without saving: the disk's meeting 2 counts again.
    ws.close(pathOf(second));
    ws.forget(last);
    expect(findingsOf(ws.diagnose(last)).some((f) => f.endsWith(':series-missing-review'))).toBe(false);
  });

  it('an open file not yet saved is part of its series', () => {
    const second = pathOf(GOOD[1]!);
    const disk = new Map([[second, meetingText(GOOD[1]!)]]);
    const ws = new Workspace(memoryFiles(disk));
    ws.setOpen(second, disk.get(second)!);
    expect(ws.seriesOf(second)?.meetings.map((m) => m.path)).toEqual([second]);
    // Meeting 1, written in an editor and never saved.
    ws.setOpen(pathOf(GOOD[0]!), meetingText(GOOD[0]!));
    expect(ws.seriesOf(second)?.meetings.map((m) => m.path)).toEqual([pathOf(GOOD[0]!), second]);
  });
});
