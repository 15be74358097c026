/**
 * `minutebook approve` and the seal it writes, through the real CLI in temporary folders: the file
 * changes by exactly the approval lines, a file with errors is refused, and `check` then stops any
 * later edit (naming the changed line when git holds the approved version) but not white space,
 * line endings or a recorded correction. The pre-commit hook stops a commit that edits approved
 * minutes (the real pre-commit framework, as test/init.test.ts runs it).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, checkJson, runCli } from './helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless } from './helpers/programs.js';
import { CONFIG } from './helpers/series.js';
import { approvalFileName, approvalMeetingText, type ApprovalMeeting } from './helpers/approval-series.js';
import { digestOf } from '../src/model/seal.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const FIRST: ApprovalMeeting = { n: 1, date: '2024-01-10', front: 'status: draft\n' };
const SECOND: ApprovalMeeting = { n: 2, date: '2024-02-14', minutes: 'The minutes of the meeting held on 10 January were approved as a correct record, subject to the following amendment: in item 2, for "north quay" read "south quay".' };

function folder(meetings: ApprovalMeeting[] = [FIRST, SECOND]): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-approve-'));
  made.push(dir);
  writeFileSync(join(dir, '.minutebook.yaml'), CONFIG);
  for (const m of meetings) writeFileSync(join(dir, approvalFileName(m)), approvalMeetingText(m));
  return dir;
}

const first = approvalFileName(FIRST);
const second = approvalFileName(SECOND);

describe('minutebook approve', () => {
  it('sets the status and writes the approved block, changing no other byte', () => {
    const dir = folder();
    const before = readFileSync(join(dir, first), 'utf8');
    const r = runCli(['approve', first, '--by', second], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`approved ${first}: status approved, with 1 amendment, by meeting 2 of 2024-02-14\n`);
    const after = readFileSync(join(dir, first), 'utf8');
    const block = `approved:\n  by: 2\n  date: 2024-02-14\n  digest: ${digestOf(before)}\n  amendments:\n    - "in item 2, for \\"north quay\\" read \\"south quay\\""\n`;
    expect(after).toBe(before.replace('status: draft\n', `status: approved\n${block}`));
    expect(readdirSync(dir).sort()).toEqual(['.minutebook.yaml', first, second].sort());
    expect(checkJson(['.'], { cwd: dir }).code).toBe(0);
    // Approved once: a second approval is refused, the file left as it is.
    const again = runCli(['approve', first, '--by', second], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already approved');
    expect(readFileSync(join(dir, first), 'utf8')).toBe(after);
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const dir = folder();
    const before = `\uFEFF${readFileSync(join(dir, first), 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, first), before);
    expect(runCli(['approve', first, '--by', second], { cwd: dir }).code).toBe(0);
    const after = readFileSync(join(dir, first), 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/status: approved\r\napproved:\r\n(?: {2}.*\r\n)+/, 'status: draft\r\n')).toBe(before);
  });

  it('refuses minutes with errors unless --force, and a meeting that is not later', () => {
    const dir = folder([{ ...FIRST, front: 'status: draft\nnext_meetings:\n  - { date: 2023-12-01 }\n' }, SECOND]);
    const before = readFileSync(join(dir, first), 'utf8');
    const refused = runCli(['approve', first, '--by', second], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${first} has 1 error: minutes are approved as they are`);
    expect(refused.stdout).toContain('next-meeting-date');
    expect(readFileSync(join(dir, first), 'utf8')).toBe(before);
    expect(runCli(['approve', first, '--by', second, '--force'], { cwd: dir }).code).toBe(0);

    const back = runCli(['approve', second, '--by', first], { cwd: folder() });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain('is not a later meeting');
  });

  it('refuses when the approving meeting records approving other minutes', () => {
    const third = { n: 3, date: '2024-03-13', minutes: 'The minutes of the meeting held on 14 February were approved as a correct record.' };
    const dir = folder([FIRST, SECOND, third]);
    const r = runCli(['approve', first, '--by', approvalFileName(third)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('records approving other minutes (14 February)');
  });

  it('leaves a read-only file as it is', () => {
    if (process.platform === 'win32') return;
    const dir = folder();
    chmodSync(join(dir, first), 0o444);
    const r = runCli(['approve', first, '--by', second], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is read-only');
  });
});

describe('approved minutes are sealed', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_CONFIG_NOSYSTEM: '1' } });

  it('check stops an edit and names the line from git; white space, line endings and a recorded correction pass', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const dir = folder();
    expect(runCli(['approve', first, '--by', second], { cwd: dir }).code).toBe(0);
    expect(git(dir, 'init', '-q').status).toBe(0);
    expect(git(dir, 'add', '.').status).toBe(0);
    expect(git(dir, 'commit', '-qm', 'Meeting 1 approved').status).toBe(0);
    const approved = readFileSync(join(dir, first), 'utf8');
    const line = approved.split('\n').findIndex((l) => l.includes('quay works')) + 1;

    writeFileSync(join(dir, first), approved.replace('quay works', 'pier works'));
    const edited = checkJson([first], { cwd: dir });
    expect(edited.code).toBe(1);
    expect(edited.files[0]!.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['approved-changed', line, `These minutes were approved on 2024-02-14 and line ${line} has changed since: it read "The Harbour Office reported on the quay works." when approved; approved minutes are corrected only by a later meeting: record the correction in its minutes and add it to \`approved.amendments\` here as \`{ was, now }\`, or undo the edit`],
    ]);

    writeFileSync(join(dir, first), `${approved.replace(/\n/g, '  \r\n')}\r\n`);
    expect(checkJson([first], { cwd: dir }).code).toBe(0);

    const corrected = approved
      .replace('quay works', 'south quay works')
      .replace('  amendments:\n', '  amendments:\n    - { was: "on the quay works", now: "on the south quay works" }\n');
    writeFileSync(join(dir, first), corrected);
    expect(checkJson([first], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, first), corrected.replace('NOTED', 'AGREED'));
    expect(checkJson([first], { cwd: dir }).files[0]!.messages.map((m) => m.ruleId)).toEqual(['approved-changed']);
  });

  it('the pre-commit hook stops a commit that edits approved minutes', (ctx) => {
    skipUnless(ctx, requirePrograms('pre-commit', 'git', 'npm'));
    const home = mkdtempSync(join(tmpdir(), 'minutebook-pre-commit-home-'));
    made.push(home);
    const env = { ...process.env, PRE_COMMIT_HOME: home, HOME: home, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', npm_config_cache: join(homedir(), '.npm'), GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
    const run = (cwd: string, cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env, timeout: 600_000 });
    const dir = folder();
    expect(runCli(['approve', first, '--by', second], { cwd: dir }).code).toBe(0);
    expect(run(dir, 'git', 'init', '-q').status).toBe(0);
    expect(run(dir, 'git', 'add', '.').status).toBe(0);
    expect(run(dir, 'git', 'commit', '-qm', 'Meetings 1 and 2, 1 approved').status).toBe(0);
    // try-repo installs the hook from this repository (its working tree) as a repos: entry would.
    const hook = (...files: string[]) => run(dir, 'pre-commit', 'try-repo', ROOT, 'minutebook-check', '--color', 'never', '--files', ...files);

    writeFileSync(join(dir, first), readFileSync(join(dir, first), 'utf8').replace('quay works', 'pier works'));
    expect(run(dir, 'git', 'add', first).status).toBe(0);
    const stopped = hook(first);
    expect(stopped.status, stopped.stdout + stopped.stderr).toBe(1);
    expect(stopped.stdout).toContain('approved-changed');
    expect(stopped.stdout).toContain('it read "The Harbour Office reported on the quay works." when approved');

    expect(run(dir, 'git', 'checkout', '-q', 'HEAD', '--', first).status).toBe(0);
    writeFileSync(join(dir, first), readFileSync(join(dir, first), 'utf8').replace(/\n/g, '\r\n'));
    expect(run(dir, 'git', 'add', first).status).toBe(0);
    const passed = hook(first);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
  }, 900_000);
});
