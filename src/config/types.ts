import type { FieldSpans, Span } from '../parse/position.js';
import { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary } from '../vocabulary/words.js';
import { patternsOf, type Patterns } from '../vocabulary/patterns.js';

export type Severity = 'off' | 'warn' | 'error';

export interface RosterMember {
  name: string;
  category: string;
  aliases: string[];
  initials?: string;
  since?: string;
  until?: string;
  span: Span;
  fields: FieldSpans;
}

export interface Quorum {
  total?: number;
  /** Minimum present per attendee category. */
  categories: Record<string, number>;
  span: Span;
}

export interface DateFormats {
  /** Intl.DateTimeFormat options for dates in prose ("25 January 2021"). */
  long: Intl.DateTimeFormatOptions;
  /** For tables ("25/01/2021"). */
  short: Intl.DateTimeFormatOptions;
}

export interface Config {
  /** The configuration file, absent when defaults are used. */
  path?: string;
  /** The root of the series: the folder the configuration file stands in (with `-c`, the current folder). */
  root?: string;
  /** Folder the configuration file stands in: `templates` and `reference_docx` are relative to it. */
  base?: string;
  committee?: string;
  code?: string;
  secretariat?: string;
  classification?: string;
  actionId: string;
  /** Whether the configuration writes `action_id`: then `check --fix` numbers actions written without an ID. */
  actionIdSet?: boolean;
  decisionVerbs: string[];
  /** Prose decisions (NATURAL §3): extra verbs ("ratified") and subjects ("the trustees"). */
  proseDecisionVerbs: string[];
  decisionSubjects: string[];
  /** Extra titles and honorifics, ignored when matching names. */
  titles: string[];
  /** Legitimate variants of a person's name: canonical name → variants ("Danny" for "Daniel O'Neill"). */
  aliases: Record<string, string[]>;
  parties: string[];
  roster: RosterMember[];
  quorum?: Quorum;
  locale: string;
  dateFormats: DateFormats;
  templates?: string;
  referenceDocx?: string;
  rules: Record<string, Severity>;
  /** Glob patterns of minutes files relative to root. */
  files?: string[];
  /** Glob patterns, relative to root, of Markdown files that are never checked or built. */
  ignores?: string[];
  /** Template phrases that must not survive into minutes ("DELETE AS APPROPRIATE"), matched ignoring case. */
  placeholders: string[];
  /** Where the summaries of actions and decisions go in the outputs (see docs/templates.md). */
  summaries: SummaryPlacement;
  /**
   * The words committees use (src/vocabulary/words.ts) with what the configuration adds: its
   * `vocabulary:` families, `titles`, `prose_decision_verbs` and `decision_subjects`. Code reads
   * titles, verbs and subjects here, never from the lists above.
   */
  vocabulary: Vocabulary;
}

/** `end`: after the business, before annexes and signatures; `off`: left out. A `<!-- summaries -->` marker in the body places them there. */
export type SummaryPlacement = 'end' | 'off';

export const DEFAULT_ACTION_ID = '{code} {meeting}/{seq}';
export const DEFAULT_DECISION_VERBS: readonly string[] = DEFAULT_VOCABULARY.marked_decision_verbs;

export const DEFAULT_PLACEHOLDERS = ['DELETE AS APPROPRIATE', 'DELETE IF NOT APPLICABLE', 'INSERT TEXT HERE', 'ENTER TEXT HERE', 'CLICK HERE TO ENTER TEXT', 'LOREM IPSUM'];

export function defaultConfig(): Config {
  return {
    actionId: DEFAULT_ACTION_ID,
    decisionVerbs: [...DEFAULT_DECISION_VERBS],
    proseDecisionVerbs: [],
    decisionSubjects: [],
    titles: [],
    aliases: {},
    parties: [],
    roster: [],
    locale: 'en-GB',
    dateFormats: {
      long: { day: 'numeric', month: 'long', year: 'numeric' },
      short: { day: '2-digit', month: '2-digit', year: 'numeric' },
    },
    rules: {},
    placeholders: [...DEFAULT_PLACEHOLDERS],
    summaries: 'end',
    vocabulary: DEFAULT_VOCABULARY,
  };
}

const EFFECTIVE = new WeakMap<Config, Vocabulary>();

/**
 * The vocabulary a configuration gives: its `vocabulary` with the older `titles`,
 * `prose_decision_verbs` and `decision_subjects` added (parse-config adds them already; a
 * configuration built in code may set only those). Kept per configuration object.
 */
export function vocabularyOf(config: Pick<Config, 'vocabulary' | 'titles' | 'proseDecisionVerbs' | 'decisionSubjects'>): Vocabulary {
  const c = config as Config;
  let v = EFFECTIVE.get(c);
  if (!v) {
    v = extendVocabulary(config.vocabulary ?? DEFAULT_VOCABULARY, { titles: config.titles ?? [], decision_verbs: config.proseDecisionVerbs ?? [], decision_subjects: config.decisionSubjects ?? [] });
    EFFECTIVE.set(c, v);
  }
  return v;
}

/** The patterns of the vocabulary a configuration gives (src/vocabulary/patterns.ts). */
export const wordsOf = (config: Parameters<typeof vocabularyOf>[0]): Patterns => patternsOf(vocabularyOf(config));
