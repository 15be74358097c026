/**
 * `minutebook lsp` at the protocol level: the real bundled server spawned, spoken to over stdio
 * with vscode-languageserver-protocol's connection. Diagnostics are compared with what
 * `check --format json` says of the same file; code actions with what `check --fix` writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Hover, Location, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, checkJson, runCli } from './helpers/cli.js';
import { startClient, uriOf, type TestClient } from './helpers/lsp-client.js';

const BROKEN = join(ROOT, 'examples', 'broken');
const NEAR_MISS = join(ROOT, 'test', 'fixtures', 'fix', 'near-miss.md');
const FIXED = join(ROOT, 'test', 'fixtures', 'fix', 'near-miss.fixed.md');

let client: TestClient;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'minutebook-lsp-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  client = await startClient({ cwd: ROOT });
});
afterAll(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a file as an editor would and waits for its first diagnostics. */
async function openFile(path: string, text = readFileSync(path, 'utf8')) {
  const uri = uriOf(path);
  const since = client.published(uri);
  client.open(path, text);
  return { uri, text, published: await client.diagnostics(uri, since) };
}

/**
 * The first diagnostics for a URI after `since` that satisfy `ok`, among the next few: a re-check of
 * a series neighbour scheduled by an earlier step (opening the other meeting) may still arrive
 * before the one the step under test causes. Fails (by the test's timeout) if none does.
 */
async function diagnosticsWhere(uri: string, since: number, ok: (ds: Awaited<ReturnType<TestClient['diagnostics']>>['diagnostics']) => boolean) {
  let got = await client.diagnostics(uri, since);
  for (let next = since + 1; !ok(got.diagnostics) && next < since + 4; next++) got = await client.diagnostics(uri, next);
  return got;
}

const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);

describe('diagnostics', () => {
  it('are those of `check` for the file: rule, severity, exact range, message and a link to the rule page', async () => {
    const path = join(BROKEN, 'actions.md');
    const { published } = await openFile(path);
    const expected = checkJson([path]).files[0]!.messages;
    expect(expected.length).toBeGreaterThan(5);
    expect(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, d.message])).toEqual(
      expected.map((m) => [m.ruleId, m.severity === 'error' ? 1 : 2, m.line, m.column, m.endLine, m.endColumn, m.message]),
    );
    for (const d of published.diagnostics) {
      expect(d.source).toBe('minutebook');
      expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${d.code}\\.md$`));
    }
  });

  it('point inside the front matter, at the value', async () => {
    const path = join(BROKEN, 'front-matter.md');
    const { published, text } = await openFile(path);
    const date = published.diagnostics.find((d) => d.code === 'invalid-date')!;
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
    expect(doc.getText(date.range)).toBe('2026-02-30');
    expect(published.diagnostics.map((d) => d.code)).toEqual(checkJson([path]).files[0]!.messages.map((m) => m.ruleId));
  });

  it('follow every change of the buffer, without the file being saved', async () => {
    const path = join(dir, 'examples', 'broken', 'actions.md');
    const { uri, text } = await openFile(path);
    const since = client.published(uri);
    client.change(uri, text.replace('{due=2026-01-05}', '{due=2026-02-05}'), 2);
    const after = await client.diagnostics(uri, since);
    expect(after.version).toBe(2);
    expect(after.diagnostics.some((d) => d.code === 'action-due-date')).toBe(false);
    expect(after.diagnostics.some((d) => d.code === 'action-syntax')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('are none for a Markdown file that is not minutes (no front matter), as a folder check passes it by', async () => {
    const path = join(dir, 'examples', 'broken', 'README.md');
    const { published } = await openFile(path);
    expect(published.diagnostics).toEqual([]);
    expect(checkJson([path]).files[0]!.messages.map((m) => m.ruleId)).toEqual(['frontmatter-missing']);
  });

  it('of minutes kept without front matter or configuration are those of `check FILE`, their folder read as their series', async () => {
    // A fictional club keeping plain Markdown minutes, no configuration: the second meeting
    // reviews none of the first one's actions, which only the folder's series can tell.
    const club = join(dir, 'club');
    mkdirSync(club);
    writeFileSync(join(club, '2024-02-06.md'), '# Heron Street Chess Club, 6 February 2024\n\nPresent: Ada Quill, Bertil Moss, Cora Lindqvist\n\n## 1. League\n\n**Action**: Bertil Moss to book the hall for the league night.\n\n**Action**: Cora Lindqvist to order six new clocks.\n');
    writeFileSync(join(club, '2024-03-05.md'), '# Heron Street Chess Club, 5 March 2024\n\nPresent: Ada Quill, Bertil Moss, Cora Lindqvist\n\n## 1. Juniors\n\nCora Lindqvist reported on the junior section.\n');
    const path = join(club, '2024-03-05.md');
    const { published } = await openFile(path);
    const expected = checkJson([path]).files[0]!.messages;
    expect(expected.map((m) => m.ruleId)).toContain('series-missing-review');
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(expected.map((m) => [m.ruleId, m.line, m.column, m.message]));
  });

  it('are made once for a burst of changes, for its last version (the pause set by the client)', async () => {
    // A pause far longer than the burst takes to arrive, so that a busy machine cannot split it.
    const own = await startClient({ cwd: ROOT, initializationOptions: { debounce: 400 } });
    try {
      const path = join(BROKEN, 'agenda.md');
      const text = readFileSync(path, 'utf8');
      const uri = own.open(path, text);
      await own.diagnostics(uri, 0);
      for (let v = 2; v <= 6; v++) own.change(uri, text + 'x'.repeat(v), v);
      const next = await own.diagnostics(uri, 1);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // The first change after a pause may be checked at once; the other four wait for the pause.
      expect(own.published(uri)).toBeLessThanOrEqual(3);
      const last = await own.diagnostics(uri, own.published(uri) - 1);
      expect(last.version).toBe(6);
      expect(next.version === 2 || next.version === 6).toBe(true);
    } finally {
      await own.stop();
    }
  });

  it('of a meeting change when another meeting of its series changes in the editor', async () => {
    const series = join(dir, 'examples', 'broken', 'series');
    const second = await openFile(join(series, '2026-02-16-ser-2.md'));
    const unknown = (ds: typeof second.published.diagnostics) => ds.filter((d) => d.code === 'series-unknown-review').length;
    expect(unknown(second.published.diagnostics)).toBe(1);
    const firstPath = join(series, '2026-01-19-ser-1.md');
    const first = await openFile(firstPath);
    const since = client.published(second.uri);
    // Meeting 1 now raises SER 1/09, which meeting 2 reviews: that finding goes, unsaved.
    client.change(first.uri, first.text.replace('The DXOG **NOTED**', 'ACTION SER 1/09: The HubCo to report back.\n\nThe DXOG **NOTED**'), 2);
    const again = await diagnosticsWhere(second.uri, since, (ds) => unknown(ds) === 0);
    expect(unknown(again.diagnostics)).toBe(0);
    expect(again.diagnostics.some((d) => d.code === 'series-missing-review')).toBe(true);
  });

  it('of a meeting change when another meeting of its series changes on disk (the client reports watched files)', async () => {
    const series = join(dir, 'examples', 'broken', 'series-on-disk');
    cpSync(join(BROKEN, 'series'), series, { recursive: true });
    const second = await openFile(join(series, '2026-02-16-ser-2.md'));
    expect(second.published.diagnostics.filter((d) => d.code === 'series-unknown-review')).toHaveLength(1);
    const firstPath = join(series, '2026-01-19-ser-1.md');
    writeFileSync(firstPath, readFileSync(firstPath, 'utf8').replace('The DXOG **NOTED**', 'ACTION SER 1/09: The HubCo to report back.\n\nThe DXOG **NOTED**'));
    const since = client.published(second.uri);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(firstPath), type: 2 }] });
    const again = await diagnosticsWhere(second.uri, since, (ds) => !ds.some((d) => d.code === 'series-unknown-review'));
    expect(again.diagnostics.filter((d) => d.code === 'series-unknown-review')).toHaveLength(0);
  });

  it('of a configuration file with errors are published on that file', async () => {
    const folder = join(dir, 'bad-config');
    cpSync(join(BROKEN, 'actions.md'), join(folder, 'actions.md'));
    // The unknown rule stands at line 3, columns 3-15 (as `check` reports it): the LSP range is
    // zero-based, so line 2, characters 2-14.
    writeFileSync(join(folder, '.minutebook.yaml'), 'code: ACT\nrules:\n  no-such-rule: off\n');
    const configUri = uriOf(join(folder, '.minutebook.yaml'));
    const since = client.published(configUri);
    await openFile(join(folder, 'actions.md'));
    const config = await client.diagnostics(configUri, since);
    expect(config.diagnostics.map((d) => [d.message, d.range])).toEqual([['Unknown rule "no-such-rule"', { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } }]]);
  });
});

describe('code actions', () => {
  const actionsFor = (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, only?: string[]) =>
    client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;

  it('fix one finding with the edit `check --fix` makes', async () => {
    const path = join(BROKEN, 'actions.md');
    const { uri, text, published } = await openFile(path);
    const near = published.diagnostics.find((d) => d.code === 'action-syntax')!;
    const [quick] = (await actionsFor(uri, near.range, ['quickfix'])) ?? [];
    expect(quick?.title).toBe('Replace "ACTION: ACT 12/02:" with "ACTION ACT 12/02:" (action-syntax)');
    expect(quick?.diagnostics?.[0]?.code).toBe('action-syntax');
    const edited = applyEdits(text, quick!.edit!.changes![uri]!);
    expect(edited).toBe(text.replace('ACTION: ACT 12/02: ', 'ACTION ACT 12/02: '));
  });

  it('fix all: the same text as `check --fix`, byte for byte, also with a BOM and CRLF line ends', async () => {
    for (const [name, transform] of [['plain', (s: string) => s], ['bom-crlf', (s: string) => '\uFEFF' + s.replace(/\n/g, '\r\n')]] as const) {
      const path = join(dir, `near-miss-${name}.md`);
      const text = transform(readFileSync(NEAR_MISS, 'utf8'));
      writeFileSync(path, text);
      const { uri } = await openFile(path, text);
      const all = (await actionsFor(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.minutebook');
      expect(all?.title).toBe('Fix all minutebook problems in this file (7)');
      const edited = applyEdits(text, all!.edit!.changes![uri]!);
      expect(runCli(['check', '--fix', path]).code).toBe(0);
      expect(edited).toBe(readFileSync(path, 'utf8'));
      expect(edited).toBe(transform(readFileSync(FIXED, 'utf8')));
    }
  });

  it('number an action written without an ID where the configuration sets action_id, as `check --fix` does', async () => {
    const folder = join(dir, 'numbering');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '.minutebook.yaml'), 'committee: Numbering Test Group\ncode: NUM\naction_id: "{code} {meeting}/{seq:2}"\n');
    const path = join(folder, 'm.md');
    const text = '---\nmeeting: 4\ndate: 2026-01-19\nattendees:\n  Members:\n    - { name: Ada Byrne, role: chair }\n    - Tom Ruiz\n---\n\n## 1. Budget\n\nACTION NUM 4/01: Tom Ruiz to circulate the budget.\n\nACTION: Ada Byrne to book the room.\n';
    writeFileSync(path, text);
    const { uri } = await openFile(path, text);
    const line = text.split('\n').indexOf('ACTION: Ada Byrne to book the room.');
    const actions = await actionsFor(uri, { start: { line, character: 0 }, end: { line, character: 0 } }, ['quickfix']);
    expect(actions.map((a) => a.title)).toEqual(['Number this action NUM 4/02']);
    const edited = applyEdits(text, actions[0]!.edit!.changes![uri]!);
    expect(edited).toContain('ACTION NUM 4/02: Ada Byrne to book the room.');
    expect(runCli(['check', '--fix', path]).code).toBe(0);
    expect(edited).toBe(readFileSync(path, 'utf8'));
  });

  it('are not offered away from a fixable finding', async () => {
    const path = join(BROKEN, 'actions.md');
    const { uri } = await openFile(path);
    expect(await actionsFor(uri, { start: { line: 41, character: 2 }, end: { line: 41, character: 2 } }, ['quickfix'])).toEqual([]);
  });
});

describe('hover, definition and completion', () => {
  const dxog = (n: string) => join(dir, 'examples', 'dxog', n);
  const at = (text: string, needle: string, plus = 1) => {
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
    const i = text.indexOf(needle);
    expect(i).toBeGreaterThanOrEqual(0);
    return doc.positionAt(i + plus);
  };

  it('hover on an action ID shows its text, owner, due date, status and history across the series', async () => {
    const { uri, text } = await openFile(dxog('2026-03-16-dxog-19.md'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(text, 'id: DXOG 17/03', 6) })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toMatch(/^\*\*DXOG 17\/03\*\* · closed/);
    expect(value).toContain('Owner: HubCo · Due: 2026-03-16');
    expect(value).toContain('- reviewed at meeting 18 (2026-02-16), still open, due date revised to 2026-03-16');
    expect(value).toMatch(/- raised at meeting 17 \(2026-01-19\)/);
    expect(value).toMatch(/- closed at meeting 19 \(2026-03-16\)/);
    expect(value).toContain('investigate');
  });

  it('hover on an ID mentioned in prose, and on a name in an action line', async () => {
    const path = dxog('2026-03-16-dxog-19.md');
    const text = readFileSync(path, 'utf8').replace('The HubCo presented the recovery times', 'Following DXOG 18/03, Owen Brightwater presented the recovery times');
    const { uri } = await openFile(path, text);
    const hoverAt = async (needle: string, plus: number) => ((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(text, needle, plus) })) as Hover | null)?.contents as { value: string } | undefined;
    expect((await hoverAt('DXOG 18/03, Owen', 3))?.value).toMatch(/^\*\*DXOG 18\/03\*\* · open/);
    const person = (await hoverAt('Owen Brightwater presented', 6))?.value;
    expect(person).toContain('**Owen Brightwater**');
    expect(person).toContain('Category: HubCo');
    expect(person).toMatch(/- meeting 18 \(2026-02-16\): present/);
    expect(await hoverAt('presented the recovery', 4)).toBeUndefined();
  });

  it('hover on a person shows their category, role and attendance at the last meetings', async () => {
    const { uri, text } = await openFile(dxog('2026-03-16-dxog-19.md'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(text, 'Ines Tamworth', 2) })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**Ines Tamworth**');
    expect(value).toContain('Category: Large Retailers');
    expect(value).toMatch(/- meeting 19 \(2026-03-16\): apologies/);
    expect(value).toMatch(/- meeting 17 \(2026-01-19\): /);
  });

  it('go to definition from a reviewed action ID lands on the ACTION line that raised it, in the other file', async () => {
    const { uri, text } = await openFile(dxog('2026-03-16-dxog-19.md'));
    const found = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: at(text, 'id: DXOG 17/03', 6) })) as Location;
    expect(found.uri).toBe(uriOf(dxog('2026-01-19-dxog-17.md')));
    const raising = readFileSync(fileURLToPath(found.uri), 'utf8').split('\n')[found.range.start.line]!;
    expect(raising.slice(found.range.start.character, found.range.end.character)).toBe('DXOG 17/03');
    expect(raising).toMatch(/^ACTION DXOG 17\/03: /);
  });

  it('completion offers open action IDs under outstanding, people and categories in the lists, the next ID after ACTION', async () => {
    const path = dxog('2026-03-16-dxog-19.md');
    const original = readFileSync(path, 'utf8');
    const text = original.replace(/outstanding:\n(?:[ -].*\n|\n)*/, 'outstanding:\n  - id: \n').replace('  Small Retailers:\n', '  Small Retailers:\n    - Fr\n  Sm\n').replace('## 2.', 'ACTION \n\n## 2.');
    // Typed into an open editor: the half-written front matter does not parse, so the series
    // is found from the file's last readable version.
    const { uri } = await openFile(path, original);
    const since = client.published(uri);
    client.change(uri, text, 2);
    expect((await client.diagnostics(uri, since)).diagnostics.some((d) => d.code === 'yaml-syntax')).toBe(true);
    const complete = async (needle: string, plus: number) =>
      ((await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: at(text, needle, plus) })) as CompletionItem[]).map((c) => c.label);
    const ids = await complete('  - id: \n', 8);
    // Open when meeting 19 sits down: left open by 17 and 18, whatever 19 then does with them.
    expect(ids).toEqual(['DXOG 17/03', 'DXOG 17/05', 'DXOG 18/01', 'DXOG 18/02', 'DXOG 18/03', 'DXOG 18/04', 'DXOG 18/05']);
    expect(await complete('    - Fr\n', 8)).toContain('Freya Holbeck');
    expect(await complete('  Sm\n', 4)).toContain('Small Retailers');
    const next = await complete('ACTION \n', 7);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatch(/^DXOG 19\/\d\d$/);
  });
});

describe('the server process', () => {
  it('is loaded only by `minutebook lsp`: `check` never requires the protocol library', () => {
    // The bundle leaves the protocol library in node_modules and requires it inside the lazily
    // initialised server module; a preloaded hook records every module `check` asks Node for.
    expect(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8')).not.toContain('Content-Length');
    const dir = mkdtempSync(join(tmpdir(), 'minutebook-lsp-load-'));
    try {
      const hook = join(dir, 'hook.cjs');
      writeFileSync(hook, "const M = require('module'); const load = M._load; const seen = []; M._load = function (id, ...rest) { seen.push(id); return load.call(this, id, ...rest); }; process.on('exit', () => process.stderr.write(JSON.stringify(seen)));");
      const r = spawnSync(process.execPath, ['-r', hook, BIN, 'check', join(BROKEN, 'people.md')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const seen = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('['))) as string[];
      expect(seen).toContain('node:url'); // the bundle's own first require: the hook sees the bundle's requires
      expect(seen.filter((id) => id.startsWith('vscode-'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing but the protocol, and exits 0 on shutdown and exit', async () => {
    const own = await startClient({ cwd: ROOT });
    const uri = own.open(join(BROKEN, 'people.md'), readFileSync(join(BROKEN, 'people.md'), 'utf8'));
    expect((await own.diagnostics(uri, 0)).diagnostics.length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => own.process.once('exit', (code) => resolve(code)));
    await own.stop();
    expect(await exited).toBe(0);
    expect(own.stderr()).toBe('');
  });
});
