/**
 * The vocabulary is written once (issue 20, item 1): src/vocabulary/words.ts declares every word
 * family, and no other module under src/ spells one again. The probes below are words or phrases
 * that belong to exactly one family and would not appear in code for another reason; a module
 * that writes one (in a regular expression, a string or a list) fails here, comments aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { FAMILIES, WORDS, extendVocabulary, DEFAULT_VOCABULARY } from '../src/vocabulary/words.js';
import { patternsOf, sectionTitle } from '../src/vocabulary/patterns.js';
import { parseOwners } from '../src/model/action-owners.js';
import { parsePerson, titleSets } from '../src/model/person-parse.js';
import { defaultConfig, type Config } from '../src/config/types.js';
import { meetingOf } from './helpers/natural.js';

const SRC = join(__dirname, '..', 'src');

/** Words that name one family and nothing else; written in the source as in a regex or a string. */
const PROBES: Record<string, RegExp> = {
  titles: /\b(?:cllrs?|comhairleoir|revd)\b|councillors\?/i,
  post_titles: /\b(?:msp|mep|mbe|obe)\b/i,
  roles: /\b(?:chairwoman|quartermaster|convenor|convener)\b/i,
  chair_roles: /chair\|chairman|chairman\|chair/i,
  collective_owners: /'everyone', 'everybody'|everyone\|everybody|all\s+members'/i,
  owner_placeholders: /\|nobody\||'nobody',|'unassigned'|unassigned\|/i,
  owner_separators: /\\\/\|[,&+]|\\\/\|\\\+/,
  owner_members: /'representatives?'|representatives\?|representatives?\|/i,
  section_attendance: /\|\s*(?:members present|in attendance)|(?:members present|in attendance)\s*\||in\\s\+attendance|members\\s\+present/i,
  section_apologies: /apologies\s+for\s+absence|\bregrets\b/i,
  section_actions: /action\\s\+points?|action\s+points?\|/i,
  section_action_review: /\bold\s+business\b|carried\[- \]forward/i,
  section_matters_arising: /matters\s*(?:\\s\+|\\s\*|\s)\s*arising/i,
  section_any_other_business: /any\s+other\s+business|\baocb\b/i,
  section_next_meeting: /date\s+of\s+(?:the\s+)?next\s+meeting/i,
  section_signature: /\bsínithe\b/i,
  column_owner: /by\\s\+whom|by\s+whom\||assigned\\s\+to|assigned\s+to\|/i,
  column_due: /\bdeadline\||\|deadline\b|by\\s\+when/i,
  status_open: /not\\s\+\(\?:yet|not\s+yet\s+complete|carry\s+forward|\bprogressing\b/i,
  status_closed: /\bsuperseded\b/i,
  outcome_lost: /lost\|defeated|defeated\|/i,
  vote_nem_con: /\bnem(?:\\\.|\\s|\.\?)/i,
  vote_unanimous: /\bunanimously\b|unanimous\(\?:ly\)|unanimous\|/i,
  decision_verbs: /\bratified'|authori[sz]ed'|\bauthori[sz]ed\|/i,
  decision_subjects: /'the trustees'|the\s+trustees\|/i,
};

/**
 * Places that write such a word for another reason, each with why: output text (the agenda a new
 * meeting starts with, the template `init` writes) and examples in a setting's description are
 * the committee's or the reader's wording, not recognition.
 */
const ALLOWED: Array<[file: string, probe: string]> = [
  ['series/new-meeting.ts', 'section_any_other_business'],
  ['series/scaffold.ts', 'section_any_other_business'],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The code without its comments (block, line and JSDoc): the TypeScript scanner tells them apart from strings and regexes. */
function code(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = '';
  // Whether each open brace is a template's `${`: its `}` goes back into the template text.
  const braces: boolean[] = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SingleLineCommentTrivia || t === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    if (t === ts.SyntaxKind.SlashToken || t === ts.SyntaxKind.SlashEqualsToken) t = scanner.reScanSlashToken();
    if (t === ts.SyntaxKind.TemplateHead) braces.push(true);
    else if (t === ts.SyntaxKind.OpenBraceToken) braces.push(false);
    else if (t === ts.SyntaxKind.CloseBraceToken && braces.pop()) {
      t = scanner.reScanTemplateToken(false);
      if (t === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    }
    out += scanner.getTokenText();
  }
  return out;
}

describe('the vocabulary', () => {
  it('declares every family as a list of words', () => {
    expect(FAMILIES.length).toBeGreaterThan(30);
    for (const f of FAMILIES) expect(WORDS[f].length, f).toBeGreaterThan(0);
  });

  it('is written once: no module outside src/vocabulary spells a family again', () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file).replace(/\\/g, '/');
      if (rel.startsWith('vocabulary/')) continue;
      const text = code(readFileSync(file, 'utf8'));
      for (const [family, probe] of Object.entries(PROBES)) {
        if (ALLOWED.some(([f, p]) => f === rel && p === family)) continue;
        const m = probe.exec(text);
        if (m) found.push(`${rel}: ${family} ("${m[0]}")`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has the section, column, outcome and title words the issue lists', () => {
    const p = patternsOf();
    const section = (t: string) => Object.entries(p.section).filter(([, re]) => re.test(sectionTitle(t))).map(([k]) => k);
    expect(section('2. Attendance')).toEqual(['attendance']);
    expect(section('Participants')).toEqual(['attendance']);
    expect(section('Regrets:')).toEqual(['apologies']);
    expect(section('Apologies for absence')).toEqual(['apologies']);
    expect(section('Action points')).toEqual(['actions']);
    expect(section('Actions from the previous meeting')).toEqual(['action_review']);
    expect(section('4.1 Matters arising')).toEqual(['matters_arising']);
    expect(section('AOB')).toEqual(['any_other_business']);
    expect(section('Date of next meeting')).toEqual(['next_meeting']);
    for (const h of ['Owner', 'Who', 'Resp.', 'Responsible', 'Lead', 'By', 'Action by', 'Assigned to']) expect(p.column.owner.test(h.toLowerCase()), h).toBe(true);
    for (const h of ['Due', 'Deadline', 'Target', 'By when', 'Timeline']) expect(p.column.due.test(h), h).toBe(true);
    expect(p.nemCon.test('carried nem con')).toBe(true);
    expect(p.unanimous.test('and unanimously agreed')).toBe(true);
    expect(parsePerson('County Councillor Joseph Keller', titleSets()).name).toBe('Joseph Keller');
  });

  it('splits owners one way: "AL + TR" and "AL, TR" are two owners each', () => {
    expect(parseOwners('AL + TR').owners.map((o) => o.text)).toEqual(['AL', 'TR']);
    expect(parseOwners('AL, TR').owners.map((o) => o.text)).toEqual(['AL', 'TR']);
    expect(parseOwners('Cllrs. D. Rhys and M. Oakes').owners.map((o) => o.text)).toEqual(['D. Rhys', 'M. Oakes']);
  });

  it('is extended by the configuration, family by family', () => {
    const v = extendVocabulary(DEFAULT_VOCABULARY, { column_owner: ['Actioner'], titles: ['Canon'] });
    expect(patternsOf(v).column.owner.test('actioner')).toBe(true);
    expect(patternsOf().column.owner.test('actioner')).toBe(false);
    expect(parsePerson('Canon Ruth Abery', patternsOf(v)).name).toBe('Ruth Abery');
    expect(extendVocabulary(DEFAULT_VOCABULARY, {})).toBe(DEFAULT_VOCABULARY);
  });

  it('reads the article and the members words of an owner from the vocabulary, as the configuration extends them', () => {
    const config = (extra: Partial<Config['vocabulary']>) => ({ ...defaultConfig(), parties: ['Keepers'], vocabulary: extendVocabulary(DEFAULT_VOCABULARY, extra) });
    const standing = (c: Config, owner: string) => {
      const { meeting } = meetingOf('attendees:\n  - Ann Reed', `## 1. Bells\n\nACTION FPC 7/01: ${owner} to ring the bell.\n`, c);
      return meeting.actions[0]!.ownerParts!.map((p) => `${p.text}: ${p.standing}`);
    };
    expect(standing(config({}), 'The Keepers representatives')).toEqual(['Keepers representatives: known']);
    expect(standing(config({}), 'Keepers delegates')).toEqual(['Keepers delegates: unknown']);
    expect(standing(config({ owner_members: ['delegates'] }), 'Keepers delegates')).toEqual(['Keepers delegates: known']);
    expect(standing(config({ owner_articles: ['our'] }), 'Our Keepers')).toEqual(['Keepers: known']);
  });
});

describe('docs/vocabulary.md', () => {
  it('lists every family with every built-in word', () => {
    const page = readFileSync(join(__dirname, '..', 'docs', 'vocabulary.md'), 'utf8');
    for (const f of FAMILIES) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${f}\` |`));
      expect(row, f).toBeDefined();
      for (const w of WORDS[f]) expect(row, `${f}: ${w}`).toContain('`' + w.replace(/\|/g, '\\|') + '`');
    }
  });
});
