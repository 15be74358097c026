/**
 * The JSON Schemas in schemas/ are generated from the specs the checker walks. These tests keep
 * them in step with the specs, and check that the examples' front matter and configuration files
 * validate against them in a standard validator (ajv), as an editor would validate them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, serialise } from '../scripts/gen-schemas.js';
import { ROOT, checkJson } from './helpers/cli.js';

const EXAMPLES = join(ROOT, 'examples');

function validator(file: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // VS Code's own keyword for Markdown hover text: not part of the standard, harmless to others.
  ajv.addKeyword('markdownDescription');
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
}

function walk(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...walk(p, keep));
    else if (keep(d.name)) out.push(p);
  }
  return out.sort();
}

/** The front matter of a minutes file, parsed as the YAML language server would read it. */
function frontMatter(path: string): unknown {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!m) throw new Error(`${path}: no front matter`);
  return parse(m[1]!);
}

const seriesFiles = walk(EXAMPLES, (n) => n.endsWith('.md') && n !== 'README.md').filter((p) => !p.includes(`${join('examples', 'broken')}`));
const configFiles = walk(EXAMPLES, (n) => n === '.minutebook.yaml');

describe('schemas/ is generated from the specs', () => {
  for (const [path, make] of Object.entries(SCHEMA_FILES)) {
    it(`${path} has not drifted (run \`npm run schemas\` after changing a spec or the rule list)`, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(serialise(make()));
    });
  }
});

describe('the examples validate against the schemas', () => {
  const minutes = validator('schemas/minutes.schema.json');
  const config = validator('schemas/config.schema.json');

  it('there is a series of at least three meetings and its configuration', () => {
    expect(seriesFiles.length).toBeGreaterThanOrEqual(3);
    expect(configFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of seriesFiles) {
    it(`front matter of ${relative(ROOT, file)}`, () => {
      const ok = minutes(frontMatter(file));
      expect(minutes.errors ?? [], JSON.stringify(minutes.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  for (const file of configFiles) {
    it(`configuration ${relative(ROOT, file)}`, () => {
      const ok = config(parse(readFileSync(file, 'utf8')));
      expect(config.errors ?? [], JSON.stringify(config.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    });
  }
});

describe('the schemas reject what the checker rejects', () => {
  const minutes = validator('schemas/minutes.schema.json');
  const config = validator('schemas/config.schema.json');
  // Unknown keys and wrong types are what an editor can show; the checker's calendar and
  // cross-field checks (30 February, `end` before `start`) are beyond a JSON Schema.
  const SCHEMA_RULES = new Set(['unknown-key', 'value-type']);
  const broken = existsSync(join(EXAMPLES, 'broken')) ? walk(join(EXAMPLES, 'broken'), (n) => n.endsWith('.md') && n !== 'README.md') : [];
  const flagged = broken.filter((f) => {
    const r = checkJson([f]);
    return r.files.some((x) => x.messages.some((m) => m.ruleId !== null && SCHEMA_RULES.has(m.ruleId)));
  });

  it('at least one broken example breaks the front-matter schema', () => {
    expect(flagged.length).toBeGreaterThan(0);
  });

  for (const file of flagged) {
    it(`${relative(ROOT, file)} fails the minutes schema`, () => {
      expect(minutes(frontMatter(file))).toBe(false);
    });
  }

  it('a misspelt key in a person and a misspelt rule id fail', () => {
    expect(minutes({ meeting: 1, date: '2026-01-19', attendees: { Chair: [{ name: 'A', rol: 'chair' }] } })).toBe(false);
    expect(minutes({ meeting: 1, date: '2026-13-01', attendees: {} })).toBe(false);
    expect(config({ rules: { 'no-such-rule': 'off' } })).toBe(false);
    expect(config({ rules: { 'unknown-key': 'loud' } })).toBe(false);
  });
});
