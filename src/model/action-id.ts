/**
 * Action-ID patterns (FORMAT §4): `{code} {meeting}/{seq}` by default, or a configured pattern of
 * `{code}`, `{meeting}`, `{seq}`, `{seq:N}`, `{yyyy}`, `{yy}`, `{mm}`.
 */
import { MEETING_NUMBER_SOURCE } from '../parse/meeting-number.js';
import { memoise } from '../util/memo.js';

export interface IdParts {
  code?: string;
  meeting?: string;
  seq?: number;
  /** Digits of the sequence number as written. */
  seqText?: string;
  yyyy?: string;
  yy?: string;
  mm?: string;
}

export type Placeholder = 'code' | 'meeting' | 'seq' | 'yyyy' | 'yy' | 'mm';

export interface IdPattern {
  source: string;
  /** Width of `{seq}`. */
  seqWidth: number;
  /** The placeholders the pattern uses, in order. */
  placeholders: readonly Placeholder[];
  /** Matches any ID of this shape, whole string, capturing named parts; `{seq}` of any width. */
  loose: RegExp;
  /** The exact shape: `{seq}` with at least `seqWidth` digits, single spaces. */
  strict: RegExp;
  /**
   * The same shape at the start of a line, tolerant of extra blanks around the pattern's
   * punctuation (`LKF 27 / 05`), so that such IDs are recognised and their line rewritten.
   */
  prefix: RegExp;
  /** Parts of an ID of this shape (any `{seq}` width), or undefined. */
  parse(id: string): IdParts | undefined;
  /** Whether the ID has exactly the configured form. */
  wellFormed(id: string): boolean;
  /** The ID rebuilt from a `prefix` match with the pattern's own literal text: `LKF 27/05`. */
  normalise(match: RegExpExecArray): string;
  format(parts: { code: string; meeting: string; seq: number; date?: string }): string;
}

type Token = { literal: string } | { name: Placeholder; width?: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PART: Record<Placeholder, (blank: string) => string> = {
  // A code is one or two words (`LKF`, `HB N`); the second starts with a capital so that the
  // meeting number after a space is not taken for part of the code.
  code: (blank) => `(?<code>[A-Za-z][A-Za-z0-9&_]*(?:${blank}[A-Z][A-Za-z0-9&_]*)?)`,
  meeting: () => `(?<meeting>${MEETING_NUMBER_SOURCE})`,
  seq: () => '(?<seq>\\d+)',
  yyyy: () => '(?<yyyy>\\d{4})',
  yy: () => '(?<yy>\\d{2})',
  mm: () => '(?<mm>\\d{2})',
};

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (const t of pattern.split(/(\{[a-z]+(?::\d+)?\})/)) {
    if (t === '') continue;
    const m = /^\{([a-z]+)(?::(\d+))?\}$/.exec(t);
    if (m && m[1]! in PART) tokens.push(m[2] ? { name: m[1] as Placeholder, width: Number(m[2]) } : { name: m[1] as Placeholder });
    else tokens.push({ literal: t });
  }
  return tokens;
}

function source(tokens: Token[], mode: 'loose' | 'strict' | 'prefix', seqWidth: number): string {
  const blank = mode === 'prefix' ? '[ \\t]+' : mode === 'strict' ? ' ' : '\\s+';
  let re = '';
  for (const t of tokens) {
    if ('name' in t) {
      // The width is a minimum: `{seq:1}` takes `2.10`, `{seq}` takes `LKF 27/100`; padding beyond it is wellFormed's check.
      re += mode === 'strict' && t.name === 'seq' ? `(?<seq>\\d{${Math.max(1, seqWidth)},})` : PART[t.name](blank);
      continue;
    }
    if (mode !== 'prefix') {
      re += escape(t.literal).replace(/ +/g, blank);
      continue;
    }
    const core = t.literal.trim();
    if (core === '') re += blank;
    else re += `[ \\t]*${escape(core).replace(/ +/g, '[ \\t]+')}[ \\t]*`;
  }
  return re;
}

export function compileIdPattern(pattern: string): IdPattern {
  const tokens = tokenize(pattern);
  const seqToken = tokens.find((t): t is { name: Placeholder; width?: number } => 'name' in t && t.name === 'seq');
  const seqWidth = seqToken?.width ?? 2;
  const loose = new RegExp(`^${source(tokens, 'loose', seqWidth)}$`);
  const strict = new RegExp(`^${source(tokens, 'strict', seqWidth)}$`);
  const prefix = new RegExp(`^${source(tokens, 'prefix', seqWidth)}`);
  const placeholders = tokens.flatMap((t) => ('name' in t ? [t.name] : []));
  return {
    source: pattern,
    seqWidth,
    placeholders,
    loose,
    strict,
    prefix,
    parse(id) {
      const m = loose.exec(id.trim());
      if (!m) return undefined;
      const g = m.groups ?? {};
      const parts: IdParts = {};
      if (g.code !== undefined) parts.code = g.code;
      if (g.meeting !== undefined) parts.meeting = g.meeting;
      if (g.seq !== undefined) { parts.seq = Number(g.seq); parts.seqText = g.seq; }
      if (g.yyyy !== undefined) parts.yyyy = g.yyyy;
      if (g.yy !== undefined) parts.yy = g.yy;
      if (g.mm !== undefined) parts.mm = g.mm;
      return parts;
    },
    wellFormed(id) {
      const m = strict.exec(id);
      const seq = m?.groups?.seq;
      // Padded to the width and no further: `01` for `{seq}`, `10` and `100` as they are, never `001`.
      return m !== null && (seq === undefined || String(Number(seq)).padStart(seqWidth, '0') === seq);
    },
    normalise(match) {
      const g = match.groups ?? {};
      return tokens
        .map((t) => ('name' in t ? (g[t.name] ?? '').replace(/[ \t]+/g, ' ') : t.literal.replace(/ +/g, ' ')))
        .join('');
    },
    format({ code, meeting, seq, date }) {
      const [yyyy = '', mm = ''] = (date ?? '').split('-');
      return tokens
        .map((t) => {
          if (!('name' in t)) return t.literal;
          switch (t.name) {
            case 'code': return code;
            case 'meeting': return meeting;
            case 'seq': return String(seq).padStart(seqWidth, '0');
            case 'yyyy': return yyyy;
            case 'yy': return yyyy.slice(2);
            case 'mm': return mm;
          }
        })
        .join('');
    },
  };
}

const compiledPattern = memoise(compileIdPattern, 100);

/**
 * The configured pattern, compiled once per pattern text: every file's model and several rules
 * ask for it, and a thousand-file check should not compile the same regular expressions each time.
 */
export function idPatternOf(config: { actionId: string }): IdPattern {
  return compiledPattern(config.actionId);
}
