/**
 * Property-based tests: generated and mutated minutes (front matter structure and values, Markdown
 * blocks, ACTION lines, Unicode, raw byte damage). The pure core runs in-process for many cases;
 * a sample goes through the real CLI, and a sample is built to HTML and DOCX, every DOCX checked by
 * validate-docx and every HTML page by a strict HTML parser.
 *
 * Runs: PROPERTY_RUNS, else 1,000 under CI=true, 200 locally.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'parse5';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { check } from '../src/core/check.js';
import { markDelimiters, parseMarkdown } from '../src/parse/markdown.js';
import { runCli, type JsonMessage } from './helpers/cli.js';
import { requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';

const CI = process.env.CI === 'true';
const RUNS = Number(process.env.PROPERTY_RUNS ?? (CI ? 1000 : 200));
const CLI_SAMPLE = CI ? 60 : 20;
const BUILD_SAMPLE = CI ? 40 : 12;
const VALIDATE_DOCX = validateDocxPath();

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

// ---- generators -------------------------------------------------------------------------------

const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Zoë Ångström', 'Łukasz Żółw', '李小龍', 'محمد', '🙂 team', 'a\u0301b', '\u200b', 'O’Brien', 'x\u000by', 'tab\there', '\ud800'),
  fc.string({ maxLength: 12 }),
);
const name = fc.oneof(fc.constantFrom('Ada Quill', 'Ben Marsh', 'Cora Vale', 'Dev Osei', 'Ema Rook'), unicode);
const yamlScalar = fc.oneof(
  name.map((s) => JSON.stringify(s)),
  fc.integer({ min: -5, max: 99 }).map(String),
  fc.constantFrom('null', '~', 'true', 'no', '2024-02-30', '2024-03-05', '5th March 2024', '"10:00"', '25:61', '[]', '{}', '*nowhere', '&a x', '!!binary aGk=', "'single'", '|\n    block', '>-\n    folded'),
);
const person = fc.oneof(
  name.map((n) => `- ${JSON.stringify(n)}`),
  fc.record({ n: name, role: fc.constantFrom('chair', 'secretary', 'Presenter', ''), extra: fc.option(fc.constantFrom('remote: true', 'part: true', 'items: ["2"]', 'initials: AQ', 'alternate_for: Ben Marsh', 'rol: chair'), { nil: undefined }) }).map(
    (p) => `- name: ${JSON.stringify(p.n)}\n      role: ${p.role}${p.extra ? `\n      ${p.extra}` : ''}`,
  ),
  yamlScalar.map((v) => `- ${v}`),
);
const attendees = fc.array(fc.tuple(fc.constantFrom('Members', 'Secretariat', 'Observers', 'Ünïcödé'), fc.array(person, { maxLength: 4 })), { maxLength: 3 }).map(
  (cats) => `attendees:\n${cats.map(([c, ps]) => `  ${c}:\n${ps.map((p) => `    ${p}`).join('\n') || '    []'}`).join('\n')}`,
);
const frontField = fc.oneof(
  fc.constantFrom('committee: Harbour Works Group', 'code: HWG', 'meeting: 12', 'date: 2024-03-05', 'start: "10:00"', 'end: "12:00"', 'venue: Teleconference', 'status: final', 'classification: amber'),
  fc.tuple(fc.constantFrom('committee', 'code', 'meeting', 'date', 'start', 'end', 'venue', 'status', 'title', 'reference', 'classification', 'secretariat', 'datum', 'next_meetings', 'outstanding', 'participants', 'apologies'), yamlScalar).map(([k, v]) => `${k}: ${v}`),
  attendees,
  fc.constantFrom(
    'next_meetings:\n  - date: 2024-04-02\n    label: Main',
    'outstanding:\n  - id: HWG 11/01\n    status: open\n    update: Still **in** progress.',
    'outstanding:\n  - id: HWG 13/01\n    status: closed\n    raised: 2024-05-01\n    target: 2024-01-01',
    'apologies:\n  Members:\n    - name: Ema Rook\n      proxy_to: Ada Quill',
  ),
);
const inline = fc.oneof(unicode, fc.constantFrom('**NOTED**', '**AGREED**', '*emphasis*', '`code`', '[link](#)', '[link]()', '<b>raw</b>', '<!-- outstanding-actions -->', 'AQ', '~~gone~~', '\\*', '&amp;', 'https://example.org'));
const sentence = fc.array(inline, { minLength: 1, maxLength: 6 }).map((a) => a.join(' '));
const actionLine = fc.tuple(
  fc.constantFrom('ACTION HWG 12/01:', 'ACTION HWG 12/02:', 'ACTION: HWG 12/03:', 'Action HWG 12/04 -', 'ACTION HWG 12/5', 'ACTION XYZ:', '**ACTION HWG 12/01:**', 'action'),
  fc.constantFrom('The Secretariat to', 'Ben Marsh to', 'CSP N to', ''),
  sentence,
  fc.constantFrom('', ' {owner="Ben Marsh" due=2024-03-20}', ' {due=2023-01-01}', ' {owner=}', ' {'),
).map(([a, o, s, attrs]) => `${a} ${o} ${s}${attrs}`);
const block = fc.oneof(
  sentence,
  actionLine,
  fc.tuple(fc.constantFrom('## ', '### ', '# ', '#### '), fc.constantFrom('', '1. ', '2. ', '2.1 ', '9. ', '1.1. '), sentence).map(([h, n, s]) => `${h}${n}${s}`),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, k) => `${k + 1}. ${i}`).join('\n')),
  sentence.map((s) => `> ${s}`),
  sentence.map((s) => `| a | b |\n| --- | --- |\n| ${s.replace(/\|/g, '\\|')} | x |`),
  sentence.map((s) => `\`\`\`\n${s}\n\`\`\``),
  fc.constantFrom('The HWG:\n\n- **NOTED** the report;\n- **AGREED** the plan.', '<!-- outstanding-actions -->', '---', '<div>html</div>', '    indented code', '[ref]: https://example.org'),
);
const minutes = fc.record({
  fields: fc.array(frontField, { maxLength: 12 }),
  blocks: fc.array(block, { maxLength: 12 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});
/** The parser without sectioning, to compare against. */
const unsectioned = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const BASE_FIELDS = ['committee: Harbour Works Group', 'code: HWG', 'meeting: 12', 'date: 2024-03-05', 'attendees:\n  Members:\n    - name: Ada Quill\n      role: chair\n    - Ben Marsh'];

function render(m: { fields: string[]; blocks: string[]; crlf: boolean; bom: boolean }, keepBase: boolean): string {
  const fields = keepBase ? [...BASE_FIELDS, ...m.fields.filter((f) => !BASE_FIELDS.some((b) => b.split(':')[0] === f.split(':')[0]))] : m.fields;
  let text = `---\n${fields.join('\n')}\n---\n\n${m.blocks.join('\n\n')}\n`;
  if (m.crlf) text = text.replace(/\n/g, '\r\n');
  return (m.bom ? '\uFEFF' : '') + text;
}

/** Raw damage to the text: insertions of odd characters, deletions, duplicated lines. */
const damage = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom('\u0000', '\u0007', '\r', '\n', '---\n', '\t', ':', '"', '[', '{', '*', '&a ', '\ufeff', '\u2028', '\ud83d', '🙂')),
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 20 })),
    fc.tuple(fc.constant('dup' as const), fc.nat(), fc.constant(0)),
  ),
  { maxLength: 4 },
);

function applyDamage(text: string, ops: Array<readonly ['insert', number, string] | readonly ['delete', number, number] | readonly ['dup', number, number]>): string {
  let t = text;
  for (const op of ops) {
    const at = t.length === 0 ? 0 : op[1] % (t.length + 1);
    if (op[0] === 'insert') t = t.slice(0, at) + op[2] + t.slice(at);
    else if (op[0] === 'delete') t = t.slice(0, at) + t.slice(at + op[2]);
    else {
      const lines = t.split('\n');
      const i = at % Math.max(1, lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      t = lines.join('\n');
    }
  }
  return t;
}

const sourceArb = fc.tuple(minutes, fc.boolean(), damage).map(([m, keepBase, ops]) => applyDamage(render(m, keepBase), ops));

// ---- properties -------------------------------------------------------------------------------

interface Located {
  line: number | null;
  column: number | null;
  message: string;
}

/** Every finding lies in the text: a line that exists, a column at most one past its end. */
function expectInside(text: string, messages: Located[]): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // LF, CRLF and a lone CR are line breaks, as CommonMark counts them.
  const lines = body.split(/\r\n|\r|\n/);
  for (const m of messages) {
    expect(m.line, m.message).toBeTypeOf('number');
    expect(m.line!, m.message).toBeGreaterThanOrEqual(1);
    expect(m.line!, m.message).toBeLessThanOrEqual(lines.length);
    expect(m.column!, m.message).toBeGreaterThanOrEqual(1);
    expect(m.column!, m.message).toBeLessThanOrEqual(lines[m.line! - 1]!.length + 1);
  }
}

describe('the pure core on generated minutes', () => {
  it(`never throws, finishes quickly and positions every finding inside the file (${RUNS} cases)`, () => {
    const config = defaultConfig();
    fc.assert(
      fc.property(sourceArb, (text) => {
        const t0 = performance.now();
        const [a] = check([{ path: 'generated.md', contents: new TextEncoder().encode(text) }], { configFor: () => config });
        expect(performance.now() - t0).toBeLessThan(5_000);
        const messages = a!.file.messages.map((m) => ({ line: m.line ?? null, column: m.column ?? null, message: m.reason }));
        // Bytes that are not UTF-8 (a lone surrogate encodes as U+FFFD) decode to the text itself.
        expectInside(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'), messages);
        for (const m of a!.file.messages) expect(m.ruleId, m.reason).toBeTruthy();
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('reading a large body in sections gives the same tree as reading it whole', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), (blocks) => {
        const text = `---\ncode: HWG\n---\n\n${blocks.join('\n\n')}\n`;
        // Grow past the sectioning threshold by repeating the generated body.
        const big = text + `\n## 99. Padding\n\n${'Plain words. '.repeat(200)}\n\n`.repeat(Math.ceil(300_000 / 2700)) + blocks.join('\n\n') + '\n';
        // The reference gets the same list-number marks the reader adds after parsing (a list written
        // 1., 1., 2. keeps its numbers), so that only the sectioning is under test.
        const whole = markDelimiters(unsectioned.parse(big), big);
        expect(JSON.stringify(parseMarkdown(big))).toBe(JSON.stringify(whole));
      }),
      { numRuns: CI ? 25 : 5 },
    );
  }, 600_000);
});

describe('the CLI on generated minutes', () => {
  const samples = fc.sample(sourceArb, { numRuns: CLI_SAMPLE, seed: 42 });

  it(`check --format json: exit 0 or 1, JSON out, every finding inside its file (${CLI_SAMPLE} files)`, () => {
    const root = mkdtempSync(join(tmpdir(), 'minutebook-prop-'));
    scratch.push(root);
    // Each file in its own folder: one series per file, so the findings are the file's own.
    const paths = samples.map((text, i) => {
      const dir = join(root, `m${i}`);
      mkdirSync(dir);
      const p = join(dir, 'minutes.md');
      writeFileSync(p, text);
      return p;
    });
    const r = runCli(['check', '--format', 'json', ...paths]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error/);
    const files = JSON.parse(r.stdout) as Array<{ path: string; messages: JsonMessage[] }>;
    for (const f of files) {
      // Anchored on the folder name: the random mkdtemp suffix may itself hold "m" and digits.
      const i = Number(/[\\/]m(\d+)[\\/]minutes\.md$/.exec(f.path)![1]);
      expectInside(samples[i]!.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'), f.messages);
    }
  }, 300_000);

  it(`build --force: every DOCX passes validate-docx and every HTML page parses (${BUILD_SAMPLE} files)`, (ctx) => {
    skipUnless(ctx, requireValidateDocx());
    const root = mkdtempSync(join(tmpdir(), 'minutebook-prop-build-'));
    scratch.push(root);
    // Builds need readable front matter: generated minutes on the valid base, damaged only in the body.
    const buildable = fc.sample(fc.tuple(minutes, damage), { numRuns: BUILD_SAMPLE, seed: 7 }).map(([m, ops]) => {
      const text = render({ ...m, fields: m.fields.filter((f) => /^(venue|status|classification|next_meetings|title): /.test(f)) }, true);
      const end = text.indexOf('\n---\n') + 5;
      return text.slice(0, end) + applyDamage(text.slice(end), ops.filter((o) => o[2] !== '\u0000'));
    });
    const paths = buildable.map((text, i) => {
      const dir = join(root, 'src', `m${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'minutes.md'), text);
      return join(dir, 'minutes.md');
    });
    const out = join(root, 'out');
    const r = runCli(['build', '--force', '--format', 'html,docx', '--out', out, ...paths]);
    expect(r.stderr).not.toMatch(/internal error/);
    const built = (ext: string) => readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith(ext)).map((n) => join(out, n));
    const docx = built('.docx');
    const html = built('.html');
    expect(docx.length).toBeGreaterThan(0);
    expect(html.length).toBe(docx.length);
    // One validator call for the whole batch: it prints a line per problem and exits 1 on any.
    let report = '';
    try {
      report = execFileSync(VALIDATE_DOCX, docx, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      report = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}` || String(e);
    }
    expect(report.trim()).toBe('');
    for (const file of html) {
      const errors: string[] = [];
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      parse(text, {
        onParseError: (e) => {
          // Word's downlevel-revealed conditionals (`<![if !mso]>…<![endif]>`) are deliberate: the
          // HTML is for Word, and browsers read them as bogus comments, which is what they are for.
          const wordConditional = e.code === 'incorrectly-opened-comment' && /^<!\[(?:if [^\]]+|endif)\]>/.test(lines[e.startLine - 1]!.slice(e.startCol - 3));
          if (!wordConditional) errors.push(`${e.code} at ${e.startLine}:${e.startCol}: ${lines[e.startLine - 1]!.slice(0, 120)}`);
        },
      });
      expect(errors, file).toEqual([]);
      expect(text).toMatch(/^<!DOCTYPE html>/i);
    }
  }, 600_000);
});
