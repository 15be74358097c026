/**
 * docs/templates.md is the template author's reference: every field it documents is a field of
 * the view model type, every field of the type is documented, and the helpers and DOCX data
 * variables it names are the ones registered. Read from the sources with the TypeScript parser.
 */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STYLE_KEYS } from '../src/render/docx/context.js';
import { registerHelpers } from '../src/render/helpers.js';
import { ROOT } from './helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8');

/** Property names of each interface and of each object type literal property, from a source file. */
function interfaces(file: string): Map<string, ts.TypeElement[]> {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, ts.TypeElement[]>();
  source.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n)) out.set(n.name.text, [...n.members]);
  });
  return out;
}
const names = (members: ts.TypeElement[]) => members.map((m) => (m.name as ts.Identifier).text).sort();
const literalMembers = (members: ts.TypeElement[], name: string) => {
  const m = members.find((x) => (x.name as ts.Identifier).text === name) as ts.PropertySignature;
  return [...(m.type as ts.TypeLiteralNode).members];
};

/** The sections of the page by heading, each with the backticked names in its tables' first column. */
function sections(): Map<string, { heading: string; first: string[]; second: string[] }> {
  const out = new Map<string, { heading: string; first: string[]; second: string[] }>();
  for (const part of doc.split(/^(?=#{2,3} )/m).slice(1)) {
    const heading = part.split('\n')[0]!.replace(/^#+ /, '');
    const rows = part.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    const cells = rows.slice(1).map((r) => r.split(' | '));
    const ticks = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    out.set(heading, { heading, first: cells.flatMap((c) => ticks(c[0]!)), second: cells.flatMap((c) => ticks(c[1] ?? '')) });
  }
  return out;
}

const types = interfaces('src/render/view-model-types.ts');
const docs = sections();
const section = (re: RegExp) => {
  const s = [...docs.values()].find((x) => re.test(x.heading));
  if (!s) throw new Error(`docs/templates.md has no section matching ${re}`);
  return s;
};

describe('docs/templates.md matches the view model type', () => {
  const documented: Array<[string, RegExp]> = [
    ['ViewDate', /`ViewDate`/],
    ['ViewModel', /`ViewModel`/],
    ['ViewBanner', /^ViewBanner$/],
    ['ViewTitleBlock', /^ViewTitleBlock$/],
    ['ViewGroup', /^ViewGroup$/],
    ['ViewPerson', /^ViewPerson$/],
    ['ViewAnnotation', /^ViewAnnotation$/],
    ['ViewAgendaItem', /^ViewAgendaItem$/],
    ['ViewOutstandingRow', /^ViewOutstandingRow$/],
    ['ViewNewAction', /^ViewNewAction$/],
    ['ViewDecision', /^ViewDecision$/],
    ['ViewAttendanceChange', /^ViewAttendanceChange$/],
    ['ViewNextMeeting', /^ViewNextMeeting$/],
    ['ViewChanges', /^ViewChanges$/],
    ['ViewApproval', /^ViewApproval$/],
    ['ViewColumns', /^ViewColumns$/],
  ];
  for (const [type, heading] of documented) {
    it(`${type}: the fields documented are the fields of the type`, () => {
      expect([...new Set(section(heading).first)].sort()).toEqual(names(types.get(type)!));
    });
  }

  it('counts: the numbers documented are those of the type', () => {
    expect(section(/`counts`/).first.sort()).toEqual(names(literalMembers(types.get('ViewModel')!, 'counts')));
  });

  it('ViewBlock: every kind and its fields', () => {
    const kinds = ['MarkdownBlock', 'ActionBlock', 'DecisionBlock', 'OutstandingBlock', 'SummariesBlock'].map((t) => types.get(t)!);
    const kindOf = (members: ts.TypeElement[]) => ((members.find((m) => (m.name as ts.Identifier).text === 'kind') as ts.PropertySignature).type as ts.LiteralTypeNode).literal.getText().slice(1, -1);
    const s = section(/^ViewBlock$/);
    expect(s.first.sort()).toEqual(kinds.map(kindOf).sort());
    expect(s.second.filter((f) => !/\s/.test(f)).sort()).toEqual(kinds.flatMap((k) => names(k).filter((n) => n !== 'kind')).sort());
  });

  it('every interface of the view model is documented', () => {
    const covered = new Set([...documented.map(([t]) => t), 'MarkdownBlock', 'ActionBlock', 'DecisionBlock', 'OutstandingBlock', 'SummariesBlock']);
    expect([...types.keys()].filter((t) => !covered.has(t))).toEqual([]);
  });
});

describe('docs/templates.md matches the helpers and DOCX data variables', () => {
  it('the helpers documented are the helpers registered for both formats', () => {
    const hb = Handlebars.create();
    const builtIn = new Set(Object.keys(hb.helpers));
    registerHelpers(hb, { blocks: () => '', inline: () => '' });
    const registered = Object.keys(hb.helpers).filter((h) => !builtIn.has(h)).sort();
    expect(section(/^Helpers$/).first.sort()).toEqual(registered);
  });

  it('the DOCX-only bookmark helper is documented and used by the built-in templates', () => {
    expect(doc).toContain('{{#bookmark (concat "item_" (or number title))}}');
    expect(readFileSync(join(ROOT, 'templates', 'docx', 'partials', 'agenda-item.xml.hbs'), 'utf8')).toContain('{{#bookmark (concat "item_" (or number title))}}');
  });

  it('@styles lists every style name, and @page every field of DocxData', () => {
    const s = section(/^DOCX data variables$/);
    const row = (v: string) => doc.split('\n').find((l) => l.startsWith(`| \`${v}\``))!;
    const styleNames = [...row('@styles').matchAll(/`([A-Z]\w+)`/g)].map((m) => m[1]!);
    expect(styleNames.sort()).toEqual([...STYLE_KEYS].sort());
    const data = interfaces('src/render/docx/templates.ts').get('DocxData')!;
    expect(s.first.map((v) => v.replace(/^@/, '')).sort()).toEqual(names(data));
    const pageFields = [...row('@page').matchAll(/`(\w+)`:/g)].map((m) => m[1]!);
    expect(pageFields.sort()).toEqual(names(literalMembers(data, 'page')));
  });
});
