/**
 * The series of minutes kept without a committee code (issue "Minutes as they are already kept",
 * item 3): their folder is the series, a file checked alone (as a pre-commit hook passes it) meets
 * the same series as in its folder, and a meeting that reviews none of the actions of the one
 * before gets one finding, for the actions the model is sure of. Fictional club and people.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson } from './helpers/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const MEETINGS: Record<string, string> = {
  '2024/2024-02-06.md': `# Heron Street Chess Club, 6 February 2024

Present: Ada Quill, Bertil Moss, Cora Lindqvist
Apologies: Dov Pell

## 1. League

**Action**: Bertil Moss to book the hall for the league night.

**Action**: Cora Lindqvist to order six new clocks.

**Action**: Ada Quill to renew the league entry.

## Actions

- Tidy the cupboard
`,
  '2024/2024-03-05.md': `# Heron Street Chess Club, 5 March 2024

Present: Ada Quill, Bertil Moss, Cora Lindqvist

## 1. Juniors

Cora Lindqvist reported on the junior section.
`,
  '2024/2024-04-02.md': `# Heron Street Chess Club, 2 April 2024

Present: Ada Quill, Bertil Moss, Cora Lindquist

## 1. Summer

Nothing to report.
`,
};

function club(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-kept-series-'));
  made.push(dir);
  for (const [name, text] of Object.entries(MEETINGS)) {
    mkdirSync(join(dir, 'club', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'club', name), text);
  }
  return join(dir, 'club');
}

const findings = (files: ReturnType<typeof checkJson>['files'], path: string) =>
  (files.find((f) => f.path === path)?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort();

describe('a series without configuration, around one file', () => {
  it('check FILE finds for that file exactly what check FOLDER finds, earlier and later meetings read from the folder', () => {
    const dir = club();
    const folder = checkJson([dir], { cwd: dir });
    expect(folder.code).toBe(1);
    // Reports name files relative to the working folder.
    expect(folder.files.map((f) => f.path).sort()).toEqual(Object.keys(MEETINGS));
    for (const name of Object.keys(MEETINGS)) {
      // Named relative to the folder, as a pre-commit hook names staged files.
      const alone = checkJson([name], { cwd: dir });
      expect(findings(alone.files, name), name).toEqual(findings(folder.files, name));
    }
    expect(findings(folder.files, '2024/2024-03-05.md')).toEqual([expect.stringMatching(/series-missing-review 3 actions raised at meeting 2024-02-06/)]);
    // The later meeting's spelling is compared with the first meeting's, as in the folder.
    expect(findings(folder.files, '2024/2024-04-02.md')).toEqual([expect.stringMatching(/series-name-spelling "Cora Lindquist" is spelled "Cora Lindqvist" in the meeting of 2024-02-06/)]);
  });

  it('a meeting that reviews none of the certain actions of the one before gets one finding naming them', () => {
    const dir = club();
    const march = checkJson([join(dir, '2024/2024-03-05.md')]);
    const missing = march.files[0]!.messages.filter((m) => m.ruleId === 'series-missing-review');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe(
      '3 actions raised at meeting 2024-02-06 are not reviewed at this meeting ("Bertil Moss to book the hall for the league night.", "Cora Lindqvist to order six new clocks.", "Ada Quill to renew the league entry."): say where each stands here',
    );
    // "Tidy the cupboard" names no owner: the model is not sure it is an action, so nothing is owed.
    expect(missing[0]!.message).not.toContain('cupboard');
  });
});
