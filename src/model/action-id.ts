/**
 * Action-ID patterns (FORMAT §4): `{code} {meeting}/{seq}` by default, or a configured pattern of
 * `{code}`, `{meeting}`, `{seq}`, `{seq:N}`, `{yyyy}`, `{yy}`, `{mm}`.
 */
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

export interface IdPattern {
  source: string;
  /** Width of `{seq}`. */
  seqWidth: number;
  /** Matches any ID of this shape, whole string, capturing named parts. */
  loose: RegExp;
  /** Same shape, unanchored at the end, for finding an ID at the start of a line. */
  prefix: RegExp;
  parse(id: string): IdParts | undefined;
  format(parts: { code: string; meeting: string; seq: number; date?: string }): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileIdPattern(pattern: string): IdPattern {
  let seqWidth = 2;
  let re = '';
  const tokens = pattern.split(/(\{[a-z]+(?::\d+)?\})/);
  for (const t of tokens) {
    const m = /^\{([a-z]+)(?::(\d+))?\}$/.exec(t);
    if (!m) { re += escape(t).replace(/ /g, '\\s+'); continue; }
    switch (m[1]) {
      case 'code': re += '(?<code>[A-Za-z][A-Za-z0-9&_]*(?:\\s[A-Z][A-Za-z0-9&_]*)?)'; break;
      case 'meeting': re += '(?<meeting>\\d+[a-z]?)'; break;
      case 'seq': seqWidth = m[2] ? Number(m[2]) : 2; re += '(?<seq>\\d+)'; break;
      case 'yyyy': re += '(?<yyyy>\\d{4})'; break;
      case 'yy': re += '(?<yy>\\d{2})'; break;
      case 'mm': re += '(?<mm>\\d{2})'; break;
      default: re += escape(t);
    }
  }
  const loose = new RegExp(`^${re}$`);
  const prefix = new RegExp(`^${re}`);
  return {
    source: pattern,
    seqWidth,
    loose,
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
    format({ code, meeting, seq, date }) {
      const [yyyy = '', mm = ''] = (date ?? '').split('-');
      return pattern.replace(/\{([a-z]+)(?::(\d+))?\}/g, (all, name: string, width?: string) => {
        switch (name) {
          case 'code': return code;
          case 'meeting': return meeting;
          case 'seq': return String(seq).padStart(width ? Number(width) : 2, '0');
          case 'yyyy': return yyyy;
          case 'yy': return yyyy.slice(2);
          case 'mm': return mm;
          default: return all;
        }
      });
    },
  };
}
