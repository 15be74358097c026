import type { Field, Spec } from './spec.js';
import { FAMILIES } from '../vocabulary/words.js';

const str = (description: string): Field => ({ spec: { kind: 'string' }, description });
const strList = (description: string): Field => ({ spec: { kind: 'list', of: { kind: 'string' } }, description });
export const SEVERITIES = ['off', 'warn', 'error'] as const;

const memberSpec: Spec = {
  kind: 'object',
  name: 'roster member',
  shorthand: 'name',
  fields: {
    name: { spec: { kind: 'string' }, description: 'Full name', required: true },
    aliases: strList('Other spellings of the name that count as this member'),
    initials: str('How the minutes refer to the member, e.g. `JM`'),
    since: { spec: { kind: 'date' }, description: 'First day of membership' },
    until: { spec: { kind: 'date' }, description: 'Last day of membership' },
  },
};

export const configSpec: Spec & { kind: 'object' } = {
  kind: 'object',
  name: 'configuration',
  fields: {
    committee: str('Full name of the committee, used where minutes leave it out'),
    code: str('Short code: the action-ID prefix'),
    secretariat: str('Who takes the minutes'),
    classification: str('Default classification (TLP level or any marking)'),
    action_id: {
      spec: { kind: 'string', pattern: /\{seq(?::\d)?\}/, patternHint: 'a pattern containing {seq}, e.g. "{code} {meeting}/{seq}"' },
      description: 'Action-ID pattern from {code}, {meeting}, {seq}, {seq:N}, {yyyy}, {yy}, {mm}',
    },
    decision_verbs: strList('Bold capitalised verbs that mark a decision'),
    prose_decision_verbs: strList('More verbs that make a decision in prose when the committee is the subject, e.g. "ratified"'),
    decision_subjects: strList('More subjects that stand for the committee in prose decisions, e.g. "the trustees"'),
    titles: strList('More titles and honorifics to ignore when matching names, e.g. "Canon"'),
    aliases: {
      spec: { kind: 'record', keyName: 'name', of: { kind: 'list', of: { kind: 'string' } } },
      description: 'Legitimate variants of a name: the name as listed → its variants ("Daniel Wren": ["Danny"])',
    },
    parties: strList('Organisations that may own actions'),
    roster: {
      spec: { kind: 'record', keyName: 'category', of: { kind: 'list', of: memberSpec } },
      description: 'The members, by category',
    },
    quorum: {
      spec: {
        kind: 'object',
        name: 'quorum',
        fields: {
          total: { spec: { kind: 'integer', min: 1 }, description: 'Members present in all' },
          categories: { spec: { kind: 'record', keyName: 'category', of: { kind: 'integer', min: 1 } }, description: 'Members present per category' },
        },
      },
      description: 'Members needed for the meeting to be quorate',
    },
    locale: str('BCP 47 locale of the outputs (default en-GB)'),
    date_formats: {
      spec: {
        kind: 'object',
        name: 'date formats',
        fields: {
          long: { spec: { kind: 'enum', values: ['full', 'long', 'medium', 'short'] }, description: 'Style of dates in prose (default long: 25 January 2021)' },
          short: { spec: { kind: 'enum', values: ['full', 'long', 'medium', 'short'] }, description: 'Style of dates in tables (default short: 25/01/2021)' },
        },
      },
      description: 'Date styles of the outputs',
    },
    templates: str('Folder of templates and partials overriding the built-in ones, file by file'),
    reference_docx: str('Word file whose styles, page set-up, header and footer the DOCX output uses'),
    rules: {
      spec: { kind: 'record', keyName: 'rule id', of: { kind: 'enum', values: SEVERITIES } },
      description: 'Severity per rule id: off, warn or error',
    },
    files: strList('Glob patterns of the minutes files under this folder'),
    ignores: strList('Glob patterns of Markdown files under this folder that are never checked or built, e.g. `docs/**`'),
    placeholders: strList('Template phrases the placeholder rule finds, ignoring case (replaces the default list)'),
    vocabulary: {
      spec: { kind: 'object', name: 'vocabulary', fields: Object.fromEntries(FAMILIES.map((f) => [f, strList(`More words of the family ${f} (see docs/vocabulary.md)`)])) },
      description: 'More words a committee uses, by family: titles, roles, section titles, table columns, status, motion and outcome words, decision verbs (docs/vocabulary.md)',
    },
    summaries: { spec: { kind: 'enum', values: ['end', 'off'] }, description: 'Summaries of actions and decisions in the outputs: `end` (after the business, before annexes and signatures; default) or `off`. A `<!-- summaries -->` line in the body places them there' },
  },
};
