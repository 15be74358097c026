/**
 * Edge cases of the people rules (FORMAT §7), run through the real pure core: the configuration is
 * parsed from YAML text as the CLI would read it, the minutes analysed as text. A case that looks at
 * one rule also requires every other rule to stay silent. Each rule's
 * fixtures are in test/fixtures/rules/<id>/ (test/rules/fixtures.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/parse-config.js';
import { defaultConfig, type Config } from '../src/config/types.js';
import { analyse } from '../src/core/analyse.js';

const CONFIG_HEAD = 'committee: Harbour Works Committee\ncode: HWC\n';

function config(yaml = ''): Config {
  if (!yaml) return { ...defaultConfig(), committee: 'Harbour Works Committee', code: 'HWC' };
  const parsed = parseConfig(CONFIG_HEAD + yaml, '/virtual/.minutebook.yaml', '/virtual');
  expect(parsed.file.messages.map((m) => m.reason)).toEqual([]);
  return parsed.config;
}

/** Minutes with the given people lists (YAML, top level) and body. */
function minutes(people: string, body = '## 1. Dredging programme\n\nThe HWC **NOTED** the update.\n', date = '2026-03-10'): string {
  return `---\nmeeting: 12\ndate: ${date}\n${people.trim()}\n---\n\n${body}`;
}

/** Every finding, or those of `rule`, which must then be the only rule that fires. */
function findings(text: string, cfg: Config, rule?: string) {
  const a = analyse({ path: '/virtual/minutes.md', contents: text }, cfg);
  if (rule !== undefined) expect(a.file.messages.filter((m) => m.ruleId !== rule).map((m) => `${m.ruleId}: ${m.reason}`), 'other rules').toEqual([]);
  return [...a.file.messages]
    .sort((x, y) => (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0))
    .filter((m) => rule === undefined || m.ruleId === rule)
    .map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, severity: m.fatal ? 'error' : 'warning', message: m.reason }));
}

const ROSTER = `roster:
  Chair:
    - name: Alice Marlow
      initials: AM
  Port Operators:
    - name: Robert Quayle
      aliases: [Bob Quayle]
    - Owen Castle
    - name: Greta Lindqvist
      since: 2026-03-10
      until: 2026-12-31
`;

describe('roster aliases make one person of two spellings', () => {
  it('present-and-apologies, proxy-unknown and alternate-member-present follow aliases', () => {
    const text = minutes(`
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
  Port Operators:
    - Bob Quayle
    - name: Nadia Ferreira
      alternate_for: Robert Quayle
apologies:
  Port Operators:
    - Robert Quayle
    - name: Owen Castle
      proxy_to: Bob Quayle
`);
    const found = findings(text, config(ROSTER));
    const of = (rule: string) => found.filter((f) => f.rule === rule);
    expect(of('present-and-apologies')).toMatchObject([{ line: 14, column: 7, message: expect.stringContaining('"Robert Quayle" sent apologies but is also listed as present: attendees (Port Operators) on line 9 as "Bob Quayle"') }]);
    expect(of('alternate-member-present')).toMatchObject([{ line: 11, column: 22, message: expect.stringContaining('"Bob Quayle" is present too') }]);
    expect(of('proxy-unknown')).toEqual([]);
  });

  it('without a roster, the alias is another person', () => {
    const text = minutes(`
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
  Port Operators:
    - Bob Quayle
apologies:
  Port Operators:
    - Robert Quayle
`);
    expect(findings(text, config(), 'present-and-apologies')).toEqual([]);
  });
});

describe('not-in-roster', () => {
  const people = `
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
  Port Operators:
    - Greta Lindqvist
`;
  it('counts since and until as days of membership', () => {
    expect(findings(minutes(people, undefined, '2026-03-10'), config(ROSTER), 'not-in-roster')).toEqual([]);
    expect(findings(minutes(people, undefined, '2026-12-31'), config(ROSTER), 'not-in-roster')).toEqual([]);
    expect(findings(minutes(people, undefined, '2026-03-09'), config(ROSTER), 'not-in-roster')).toMatchObject([
      { line: 9, column: 7, severity: 'warning', message: expect.stringContaining('"Greta Lindqvist" is a member only from 2026-03-10') },
    ]);
    expect(findings(minutes(people, undefined, '2027-01-01'), config(ROSTER), 'not-in-roster')).toMatchObject([
      { message: expect.stringContaining('"Greta Lindqvist" was a member only until 2026-12-31') },
    ]);
  });

  it('does nothing without a roster', () => {
    expect(findings(minutes(people.replace('Greta Lindqvist', 'Marcus Webb')), config(), 'not-in-roster')).toEqual([]);
  });
});

describe('severities come from the configuration', () => {
  const text = minutes(`
attendees:
  Port Operators:
    - Owen Castle
`);
  it('no-chair is a warning by default, an error or nothing when configured', () => {
    expect(findings(text, config(), 'no-chair')).toMatchObject([{ severity: 'warning', line: 4, column: 1 }]);
    expect(findings(text, config('rules:\n  no-chair: error\n'), 'no-chair')).toMatchObject([{ severity: 'error' }]);
    expect(findings(text, config('rules:\n  no-chair: "off"\n'), 'no-chair')).toEqual([]);
  });
});

// The quorum's cases are a rule-tester table: test/rules/quorum.test.ts.

describe('duplicate-initials', () => {
  it('leaves a person listed twice to duplicate-person', () => {
    const text = minutes(`
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
      initials: AM
participants:
  Harbour Authority:
    - name: alice marlow
      initials: AM
`);
    const found = findings(text, config());
    expect(found.filter((f) => f.rule === 'duplicate-initials')).toEqual([]);
    expect(found.filter((f) => f.rule === 'duplicate-person')).toHaveLength(1);
  });
});

describe('unknown-initials', () => {
  const people = `
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
      initials: AM
  Port Operators:
    - Owen Castle
`;
  const body = (prose: string) => `## 1. Dredging programme\n\n${prose}\n`;
  // The front matter above ends on line 11 (`---`); the body's prose is on line 15.
  const at = (prose: string, cfg = config()) => findings(minutes(people, body(prose)), cfg, 'unknown-initials').map((f) => [f.line, f.column, f.message.slice(0, 4)]);

  it('reads initials split over inline nodes and behind escapes at their place in the source', () => {
    expect(at('**JM** noted the delay.')).toEqual([[15, 3, '"JM"']]);
    expect(at('The delay was noted \\(JM\\).')).toEqual([[15, 23, '"JM"']]);
    // An entity leaves no characters to point at: the finding falls back to the paragraph's start.
    expect(at('`code` was noted (&#74;M).')).toEqual([[15, 1, '"JM"']]);
  });

  it('accepts the initials of anyone named in the minutes and of the roster', () => {
    expect(at('OC noted the delay; AM agreed.')).toEqual([]);
    expect(at('GL noted the delay.', config(ROSTER.replace('since: 2026-03-10', 'initials: GL')))).toEqual([]);
  });

  it('leaves acronyms alone: defined, after an article, plural, code spans, parties, Roman numerals', () => {
    expect(at('The Spoil Disposal Plan (SDP) is late. SDP noted the tides (SDP).')).toEqual([]);
    expect(at('The TAG met. TAG noted the delay.')).toEqual([]);
    expect(at('All RDPs replied. RDP noted the delay.')).toEqual([]);
    expect(at('`JM noted` is a code span.')).toEqual([]);
    expect(at('PLA noted the delay.', config('parties: [PLA]\n'))).toEqual([]);
    expect(at('See annex (IV).')).toEqual([]);
    expect(at('The DCC noted the delay. A DNO member asked about it.')).toEqual([]);
  });

  it('reports every listed subject and parenthesised list', () => {
    expect(at('JM and QX agreed (ZP, AM).')).toEqual([[15, 1, '"JM"'], [15, 8, '"QX"'], [15, 19, '"ZP"']]);
  });

  it('does nothing when nobody has initials', () => {
    const plain = minutes(people.replace('      initials: AM\n', ''), body('JM noted the delay.'));
    expect(findings(plain, config(), 'unknown-initials')).toEqual([]);
  });

  it('keeps columns right in a CRLF file with a byte order mark', () => {
    const text = '\ufeff' + minutes(people, body('The delay was noted (QX).')).replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode(text);
    const found = analyse({ path: '/virtual/minutes.md', contents: bytes }, config()).file.messages.filter((m) => m.ruleId === 'unknown-initials');
    expect(found.map((m) => [m.line, m.column])).toEqual([[15, 22]]);
  });
});
