import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';
import type { Span } from '../parse/position.js';
import type { Locator } from '../parse/locate.js';
import { didYouMean } from '../util/did-you-mean.js';
import { realDate, realTime, isDate, isMonth, isTime, type Spec } from './spec.js';

interface CBase {
  span: Span;
  /** The key this value stands under, when it is a map value. */
  keySpan?: Span;
}
export interface CScalar extends CBase { kind: 'scalar'; value: string | number | boolean }
export interface CList extends CBase { kind: 'list'; items: Checked[] }
export interface CMap extends CBase { kind: 'map'; entries: Array<[string, Checked]> }
/** A YAML value that passed its spec, with where it was written. Values that failed are left out. */
export type Checked = CScalar | CList | CMap;

export type ProblemKind = 'unknown-key' | 'value-type' | 'required-key' | 'invalid-date' | 'invalid-time';

export interface Problem {
  kind: ProblemKind;
  message: string;
  span: Span;
  /** Dotted path of the value, e.g. `attendees.DCC[0].name`. */
  path: string;
}

export interface CheckOptions {
  /** Top-level keys to treat as present although missing (given by the configuration). */
  satisfied?: ReadonlySet<string>;
}

/** Bound on nodes visited, so that an alias bomb cannot make the walk explode. */
const NODE_BUDGET = 200_000;

/** How a YAML value reads in a message: "a map", "the text "x"", "the number 3". */
function describe(n: unknown): string {
  if (isMap(n)) return 'a map';
  if (isSeq(n)) return 'a list';
  if (isScalar(n)) {
    const v = n.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the text "${v}"`;
    if (typeof v === 'number') return `the number ${(n as { source?: string }).source ?? v}`;
    if (typeof v === 'boolean') return `${v}`;
  }
  return 'an unsupported value';
}

/**
 * yaml's own Alias.resolve searches the whole document for every alias: thousands of `*p` would
 * take minutes. Anchors are indexed once, on the first alias; an alias names the last one defined
 * before it.
 */
function aliasResolver(doc: Document): (a: Alias) => Node | undefined {
  let anchors: Map<string, Node[]> | undefined;
  return (a) => {
    if (!anchors) {
      const index = new Map<string, Node[]>();
      visit(doc, {
        Node(_key, node) {
          const name = (node as { anchor?: string }).anchor;
          if (name && !isAlias(node)) index.set(name, [...(index.get(name) ?? []), node]);
        },
      });
      anchors = index;
    }
    const defs = anchors.get(a.source) ?? [];
    const at = a.range?.[0] ?? Number.POSITIVE_INFINITY;
    let lo = 0;
    let hi = defs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((defs[mid]!.range?.[0] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? defs[lo - 1] : undefined;
  };
}

/** Where the walk stands: the value (aliases resolved), its place and how messages name it. */
interface Here {
  n: Node | null | undefined;
  span: Span;
  keySpan: Span | undefined;
  path: string;
  /** `` `path` `` or "the front matter". */
  name: string;
  top: boolean;
}

type ScalarSpec = Exclude<Spec, { kind: 'list' | 'record' | 'object' | 'either' }>;
type MapSpec = Extract<Spec, { kind: 'record' | 'object' }>;

/** One walk of a document against a spec, gathering the problems in the order they are found. */
class Walk {
  readonly problems: Problem[] = [];
  private budget = NODE_BUDGET;
  private budgetReported = false;
  private readonly resolveAlias: (a: Alias) => Node | undefined;

  constructor(
    doc: Document,
    private readonly base: number,
    private readonly loc: Locator,
    private readonly options: CheckOptions,
  ) {
    this.resolveAlias = aliasResolver(doc);
  }

  spanOf(n: Node | null | undefined, fallback: Span): Span {
    const r = n?.range;
    return r ? this.loc.span(this.base + r[0], this.base + r[1]) : fallback;
  }

  private problem(kind: ProblemKind, message: string, span: Span, path: string): undefined {
    this.problems.push({ kind, message: message.charAt(0).toUpperCase() + message.slice(1), span, path });
    return undefined;
  }

  /** The place fields of a checked value. */
  private at(h: Here): CBase {
    return { span: h.span, ...(h.keySpan ? { keySpan: h.keySpan } : {}) };
  }

  private expected(h: Here, what: string): undefined {
    if (isScalar(h.n) && h.n.value === null) return this.problem('value-type', `${h.name} has no value: expected ${what}`, h.span, h.path);
    return this.problem('value-type', `${h.name} should be ${what}, not ${describe(h.n)}`, h.span, h.path);
  }

  walk(raw: Node | null | undefined, s: Spec, path: string, fallback: Span, keySpan?: Span, top = false): Checked | undefined {
    if (--this.budget < 0) {
      if (!this.budgetReported) this.problem('value-type', 'The front matter is too large or expands too many aliases to check', fallback, path);
      this.budgetReported = true;
      return undefined;
    }
    let n: Node | null | undefined = raw;
    const span = this.spanOf(n, fallback);
    if (isAlias(n)) {
      n = this.resolveAlias(n);
      if (!n) return this.problem('value-type', `\`${path}\` refers to an unknown anchor`, span, path);
    }
    const h: Here = { n, span, keySpan, path, name: path ? `\`${path}\`` : 'the front matter', top };
    switch (s.kind) {
      case 'list':
        return this.list(h, s.of);
      case 'record':
      case 'object':
        return this.map(h, s);
      case 'either': {
        for (const alt of s.of) {
          const fits = (alt.kind === 'list' && isSeq(n)) || ((alt.kind === 'object' || alt.kind === 'record') && isMap(n)) || (isScalar(n) && !['list', 'object', 'record'].includes(alt.kind) && (alt.kind !== 'boolean' || typeof n.value === 'boolean'));
          if (fits) return this.walk(raw, alt, path, fallback, keySpan);
        }
        return this.expected(h, s.of.map(describeSpec).join(' or '));
      }
      default:
        return this.scalar(h, s);
    }
  }

  private scalar(h: Here, s: ScalarSpec): Checked | undefined {
    const { n, name, span, path } = h;
    switch (s.kind) {
      case 'string':
      case 'markdown': {
        if (!isScalar(n) || typeof n.value !== 'string') return this.expected(h, s.kind === 'markdown' ? 'Markdown text' : 'text');
        if (s.kind === 'string' && s.pattern && !s.pattern.test(n.value)) return this.problem('value-type', `${name} "${n.value}" should be ${s.patternHint}`, span, path);
        return { kind: 'scalar', value: n.value, ...this.at(h) };
      }
      case 'text': {
        if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) return this.expected(h, 'text or a number');
        const text = typeof n.value === 'number' ? ((n as { source?: string }).source ?? String(n.value)) : n.value;
        if (s.pattern && !s.pattern.test(text)) return this.problem('value-type', `${name} "${text}" should be ${s.patternHint}`, span, path);
        return { kind: 'scalar', value: text, ...this.at(h) };
      }
      case 'integer':
        if (!isScalar(n) || typeof n.value !== 'number' || !Number.isInteger(n.value)) return this.expected(h, 'a whole number');
        if (s.min !== undefined && n.value < s.min) return this.problem('value-type', `${name} ${n.value} should be at least ${s.min}`, span, path);
        return { kind: 'scalar', value: n.value, ...this.at(h) };
      case 'boolean':
        if (!isScalar(n) || typeof n.value !== 'boolean') return this.expected(h, 'true or false');
        return { kind: 'scalar', value: n.value, ...this.at(h) };
      case 'enum': {
        if (!isScalar(n) || typeof n.value !== 'string') return this.expected(h, `one of ${s.values.join(', ')}`);
        const v = n.value;
        const hit = s.values.find((x) => (s.caseInsensitive ? x.toLowerCase() === v.toLowerCase() : x === v));
        if (hit === undefined) return this.problem('value-type', `${name} "${v}" should be one of ${s.values.join(', ')}${didYouMean(v, s.values)}`, span, path);
        return { kind: 'scalar', value: hit, ...this.at(h) };
      }
      default:
        return this.dateOrTime(h, s);
    }
  }

  private dateOrTime(h: Here, s: { kind: 'date' | 'time' | 'when' }): Checked | undefined {
    const { n, name, span, path } = h;
    switch (s.kind) {
      case 'date': {
        if (!isScalar(n) || typeof n.value !== 'string') return this.expected(h, 'a date written YYYY-MM-DD');
        const v = n.value.trim();
        if (!isDate.test(v)) return this.problem('invalid-date', `${name} "${n.value}" is not a date written YYYY-MM-DD`, span, path);
        if (!realDate(v)) return this.problem('invalid-date', `${name} ${v} is not a real calendar date`, span, path);
        return { kind: 'scalar', value: v, ...this.at(h) };
      }
      case 'time': {
        if (!isScalar(n) || typeof n.value !== 'string') return this.expected(h, 'a time written "HH:MM"');
        const v = n.value.trim();
        if (!isTime.test(v)) return this.problem('invalid-time', `${name} "${n.value}" is not a time written HH:MM (a time zone may follow: "15:00 GMT")`, span, path);
        if (!realTime(v)) return this.problem('invalid-time', `${name} ${v} is not a real time of day`, span, path);
        return { kind: 'scalar', value: v, ...this.at(h) };
      }
      case 'when': {
        if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) return this.expected(h, 'a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        const v = String(n.value).trim();
        if (v === '') return this.expected(h, 'a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        // Something shaped like a date must be a real one; words are kept as written.
        const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
        if (day !== undefined && !realDate(day)) return this.problem('invalid-date', `${name} ${day} is not a real calendar date`, span, path);
        const month = /^\d{4}-\d{2}(?!-)/.exec(v)?.[0];
        if (month !== undefined && isMonth.test(month) && !realDate(`${month}-01`)) return this.problem('invalid-date', `${name} ${month} is not a real month`, span, path);
        return { kind: 'scalar', value: v, ...this.at(h) };
      }
    }
  }

  private list(h: Here, of: Spec): Checked | undefined {
    if (!isSeq(h.n)) return this.expected(h, 'a list');
    const items: Checked[] = [];
    h.n.items.forEach((item, i) => {
      const c = this.walk(item as Node, of, `${h.path}[${i}]`, h.span);
      if (c) items.push(c);
    });
    return { kind: 'list', items, ...this.at(h) };
  }

  private map(h: Here, s: MapSpec): Checked | undefined {
    const { n, span, path, name } = h;
    if (s.kind === 'object' && s.shorthand && isScalar(n) && typeof n.value === 'string') {
      // `- Jane Doe` is short for `- name: Jane Doe`.
      const inner: CScalar = { kind: 'scalar', value: n.value, span };
      return { kind: 'map', entries: [[s.shorthand, inner]], ...this.at(h) };
    }
    // An empty front matter is an empty map: what it lacks is reported key by key.
    const empty = h.top && (n == null || (isScalar(n) && n.value === null));
    if (!isMap(n) && !empty) {
      return this.expected(h, s.kind === 'object' && s.shorthand ? `a ${s.name}: a name or a map with \`${s.shorthand}\`` : 'a map of keys and values');
    }
    const entries: Array<[string, Checked]> = [];
    const seen = new Set<string>();
    for (const pair of isMap(n) ? n.items : []) {
      const k = pair.key as Node | null;
      const kSpan = this.spanOf(k, span);
      if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
        this.problem('value-type', `A key in ${name} should be text, not ${describe(k)}`, kSpan, path);
        continue;
      }
      const key = String(k.value);
      const childPath = path ? `${path}.${key}` : key;
      const valueNode = pair.value as Node | null;
      if (s.kind === 'record') {
        const c = this.walk(valueNode, s.of, childPath, kSpan, kSpan);
        if (c) entries.push([key, c]);
        continue;
      }
      const field = s.fields[key];
      if (!field) {
        const where = path ? ` in ${s.name} \`${path}\`` : '';
        this.problem('unknown-key', `Unknown key "${key}"${where}${didYouMean(key, Object.keys(s.fields))}`, kSpan, childPath);
        continue;
      }
      seen.add(key);
      const c = this.walk(valueNode, field.spec, childPath, kSpan, kSpan);
      if (c) entries.push([key, c]);
    }
    if (s.kind === 'object') this.missingKeys(h, s, seen);
    return { kind: 'map', entries, ...this.at(h) };
  }

  /** The required keys of an object that are not there, each reported at the object's key. */
  private missingKeys(h: Here, s: Extract<Spec, { kind: 'object' }>, seen: ReadonlySet<string>): void {
    for (const [key, field] of Object.entries(s.fields)) {
      if (!field.required || field.missingReportedBy || seen.has(key) || (h.top && this.options.satisfied?.has(key))) continue;
      const where = h.path ? ` \`${h.path}\`` : ' the front matter';
      const anchor = h.keySpan ?? this.loc.span(h.span.start.offset, h.span.start.offset);
      this.problem('required-key', `Missing required key "${key}" in${where}`, anchor, h.path ? `${h.path}.${key}` : key);
    }
  }
}

/** Checks a parsed front matter (or configuration) against its spec: the values that passed, and the problems in document order. */
export function checkYaml(doc: Document, spec: Spec, base: number, loc: Locator, options: CheckOptions = {}): { root?: Checked; problems: Problem[] } {
  const w = new Walk(doc, base, loc, options);
  const root = w.walk(doc.contents as Node | null, spec, '', loc.span(base, base), undefined, true);
  // Missing keys are found after their map's entries; report everything in document order.
  const problems = w.problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return root ? { root, problems } : { problems };
}

/** How an alternative of `either` reads in a message. */
function describeSpec(s: Spec): string {
  if (s.kind === 'record' || s.kind === 'object') return 'a map of keys and values';
  if (s.kind === 'list') return 'a list';
  return `a ${s.kind}`;
}

/** Helpers for reading a checked map into typed values. */
export function field(m: Checked | undefined, key: string): Checked | undefined {
  if (!m || m.kind !== 'map') return undefined;
  for (const [k, v] of m.entries) if (k === key) return v;
  return undefined;
}

export function scalar<T extends string | number | boolean = string>(m: Checked | undefined, key: string): T | undefined {
  const v = field(m, key);
  return v?.kind === 'scalar' ? (v.value as T) : undefined;
}
