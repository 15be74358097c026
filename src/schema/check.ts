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

export function checkYaml(doc: Document, spec: Spec, base: number, loc: Locator, options: CheckOptions = {}): { root?: Checked; problems: Problem[] } {
  const problems: Problem[] = [];
  let budget = NODE_BUDGET;
  let budgetReported = false;
  const spanOf = (n: Node | null | undefined, fallback: Span): Span => {
    const r = n?.range;
    return r ? loc.span(base + r[0], base + r[1]) : fallback;
  };
  const problem = (kind: ProblemKind, message: string, span: Span, path: string) =>
    problems.push({ kind, message: message.charAt(0).toUpperCase() + message.slice(1), span, path });
  const describe = (n: unknown): string => {
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
  };

  // yaml's own Alias.resolve searches the whole document for every alias: thousands of `*p` would
  // take minutes. Anchors are indexed once; an alias names the last one defined before it.
  let anchors: Map<string, Node[]> | undefined;
  const resolveAlias = (a: Alias): Node | undefined => {
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

  const walk = (raw: Node | null | undefined, s: Spec, path: string, fallback: Span, keySpan?: Span, top = false): Checked | undefined => {
    if (--budget < 0) {
      if (!budgetReported) problem('value-type', 'The front matter is too large or expands too many aliases to check', fallback, path);
      budgetReported = true;
      return undefined;
    }
    let n: Node | null | undefined = raw;
    let span = spanOf(n, fallback);
    if (isAlias(n)) {
      n = resolveAlias(n);
      if (!n) { problem('value-type', `\`${path}\` refers to an unknown anchor`, span, path); return undefined; }
    }
    const name = path ? `\`${path}\`` : 'the front matter';
    const at = (extra: Partial<CBase>) => ({ span, ...(keySpan ? { keySpan } : {}), ...extra });
    const expected = (what: string) => {
      if (isScalar(n) && n.value === null) problem('value-type', `${name} has no value: expected ${what}`, span, path);
      else problem('value-type', `${name} should be ${what}, not ${describe(n)}`, span, path);
      return undefined;
    };
    switch (s.kind) {
      case 'string':
      case 'markdown': {
        if (!isScalar(n) || typeof n.value !== 'string') return expected(s.kind === 'markdown' ? 'Markdown text' : 'text');
        if (s.kind === 'string' && s.pattern && !s.pattern.test(n.value)) {
          problem('value-type', `${name} "${n.value}" should be ${s.patternHint}`, span, path);
          return undefined;
        }
        return { kind: 'scalar', value: n.value, ...at({}) };
      }
      case 'text': {
        if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) return expected('text or a number');
        const text = typeof n.value === 'number' ? ((n as { source?: string }).source ?? String(n.value)) : n.value;
        if (s.pattern && !s.pattern.test(text)) {
          problem('value-type', `${name} "${text}" should be ${s.patternHint}`, span, path);
          return undefined;
        }
        return { kind: 'scalar', value: text, ...at({}) };
      }
      case 'integer':
        if (!isScalar(n) || typeof n.value !== 'number' || !Number.isInteger(n.value)) return expected('a whole number');
        if (s.min !== undefined && n.value < s.min) {
          problem('value-type', `${name} ${n.value} should be at least ${s.min}`, span, path);
          return undefined;
        }
        return { kind: 'scalar', value: n.value, ...at({}) };
      case 'boolean':
        if (!isScalar(n) || typeof n.value !== 'boolean') return expected('true or false');
        return { kind: 'scalar', value: n.value, ...at({}) };
      case 'date': {
        if (!isScalar(n) || typeof n.value !== 'string') return expected('a date written YYYY-MM-DD');
        const v = n.value.trim();
        if (!isDate.test(v)) { problem('invalid-date', `${name} "${n.value}" is not a date written YYYY-MM-DD`, span, path); return undefined; }
        if (!realDate(v)) { problem('invalid-date', `${name} ${v} is not a real calendar date`, span, path); return undefined; }
        return { kind: 'scalar', value: v, ...at({}) };
      }
      case 'time': {
        if (!isScalar(n) || typeof n.value !== 'string') return expected('a time written "HH:MM"');
        const v = n.value.trim();
        if (!isTime.test(v)) { problem('invalid-time', `${name} "${n.value}" is not a time written HH:MM (a time zone may follow: "15:00 GMT")`, span, path); return undefined; }
        if (!realTime(v)) { problem('invalid-time', `${name} ${v} is not a real time of day`, span, path); return undefined; }
        return { kind: 'scalar', value: v, ...at({}) };
      }
      case 'when': {
        if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) return expected('a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        const v = String(n.value).trim();
        if (v === '') return expected('a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        // Something shaped like a date must be a real one; words are kept as written.
        const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
        if (day !== undefined && !realDate(day)) { problem('invalid-date', `${name} ${day} is not a real calendar date`, span, path); return undefined; }
        const month = /^\d{4}-\d{2}(?!-)/.exec(v)?.[0];
        if (month !== undefined && isMonth.test(month) && !realDate(`${month}-01`)) { problem('invalid-date', `${name} ${month} is not a real month`, span, path); return undefined; }
        return { kind: 'scalar', value: v, ...at({}) };
      }
      case 'enum': {
        if (!isScalar(n) || typeof n.value !== 'string') return expected(`one of ${s.values.join(', ')}`);
        const v = n.value;
        const hit = s.values.find((x) => (s.caseInsensitive ? x.toLowerCase() === v.toLowerCase() : x === v));
        if (hit === undefined) {
          problem('value-type', `${name} "${v}" should be one of ${s.values.join(', ')}${didYouMean(v, s.values)}`, span, path);
          return undefined;
        }
        return { kind: 'scalar', value: hit, ...at({}) };
      }
      case 'list': {
        if (!isSeq(n)) return expected('a list');
        const items: Checked[] = [];
        n.items.forEach((item, i) => {
          const c = walk(item as Node, s.of, `${path}[${i}]`, span);
          if (c) items.push(c);
        });
        return { kind: 'list', items, ...at({}) };
      }
      case 'record':
      case 'object': {
        if (s.kind === 'object' && s.shorthand && isScalar(n) && typeof n.value === 'string') {
          // `- Jane Doe` is short for `- name: Jane Doe`.
          const inner: CScalar = { kind: 'scalar', value: n.value, span };
          return { kind: 'map', entries: [[s.shorthand, inner]], ...at({}) };
        }
        // An empty front matter is an empty map: what it lacks is reported key by key.
        const empty = top && (n == null || (isScalar(n) && n.value === null));
        if (!isMap(n) && !empty) {
          return expected(s.kind === 'object' && s.shorthand ? `a ${s.name}: a name or a map with \`${s.shorthand}\`` : 'a map of keys and values');
        }
        const entries: Array<[string, Checked]> = [];
        const seen = new Set<string>();
        for (const pair of isMap(n) ? n.items : []) {
          const k = pair.key as Node | null;
          const kSpan = spanOf(k, span);
          if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
            problem('value-type', `A key in ${name} should be text, not ${describe(k)}`, kSpan, path);
            continue;
          }
          const key = String(k.value);
          const childPath = s.kind === 'record' ? (path ? `${path}.${key}` : key) : path ? `${path}.${key}` : key;
          const valueNode = pair.value as Node | null;
          const vFallback = kSpan;
          if (s.kind === 'record') {
            const c = walk(valueNode, s.of, childPath, vFallback, kSpan);
            if (c) entries.push([key, c]);
            continue;
          }
          const field = s.fields[key];
          if (!field) {
            const where = path ? ` in ${s.name} \`${path}\`` : '';
            problem('unknown-key', `Unknown key "${key}"${where}${didYouMean(key, Object.keys(s.fields))}`, kSpan, childPath);
            continue;
          }
          seen.add(key);
          const c = walk(valueNode, field.spec, childPath, vFallback, kSpan);
          if (c) entries.push([key, c]);
        }
        if (s.kind === 'object') {
          for (const [key, field] of Object.entries(s.fields)) {
            if (!field.required || field.missingReportedBy || seen.has(key) || (top && options.satisfied?.has(key))) continue;
            const where = path ? ` \`${path}\`` : ' the front matter';
            const anchor = keySpan ?? loc.span(span.start.offset, span.start.offset);
            problem('required-key', `Missing required key "${key}" in${where}`, anchor, path ? `${path}.${key}` : key);
          }
        }
        return { kind: 'map', entries, ...at({}) };
      }
      case 'either': {
        for (const alt of s.of) {
          const fits = (alt.kind === 'list' && isSeq(n)) || ((alt.kind === 'object' || alt.kind === 'record') && isMap(n)) || (isScalar(n) && !['list', 'object', 'record'].includes(alt.kind) && (alt.kind !== 'boolean' || typeof n.value === 'boolean'));
          if (fits) return walk(raw, alt, path, fallback, keySpan);
        }
        return expected(s.of.map(describeSpec).join(' or '));
      }
    }
  };

  const fallback = loc.span(base, base);
  const root = walk(doc.contents as Node | null, spec, '', fallback, undefined, true);
  // Missing keys are found after their map's entries; report everything in document order.
  problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
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
