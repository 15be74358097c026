import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { PARSED_WORDING } from './precompiled.js';
import type { TemplateSet, TemplateSource } from './renderer.js';
import { TemplateError, templateLineAt } from './template-error.js';

/**
 * The words the view model carries (status texts, annotations, banner sentences), read from
 * `wording.yaml` in the templates folder so that no document word lives in the code. The layout's
 * own words are in the templates.
 */
export interface Wording {
  status: { draft: string; final: string; approved: string };
  actionStatus: { open: string; closed: string };
  noRevisedDate: string;
  nextMeeting: string;
  /** Shown text by role, keyed in lower case; other roles are shown as written. */
  roles: Record<string, string>;
  annotations: { role: string; alternate: string; part: string; partText: string; item: string; items: string; itemsAnd: string; remote: string; proxy: string; representing: string; organisation: string };
  approval: { asPresented: string; withAmendments: string; undated: string; signed: string; chair: string; date: string };
  banners: { clear: string; white: string; green: string; amber: string; 'amber+strict': string; red: string };
  /**
   * The legend of minutes built with their changes marked (`build --changes-since`). Optional, so
   * that a wording file written before it still serves every other build.
   */
  changes?: ChangesWording;
}

export interface ChangesWording {
  /** `{since}`, `{author}`, `{date}` filled in. */
  legend: string;
  inserted: string;
  deleted: string;
}

export const WORDING_FILE = 'wording.yaml';

// The keys every wording file must give; `roles` may hold more than these.
const SHAPE = {
  status: ['draft', 'final', 'approved'],
  actionStatus: ['open', 'closed'],
  noRevisedDate: null,
  nextMeeting: null,
  roles: ['chair', 'secretary'],
  annotations: ['role', 'alternate', 'part', 'partText', 'item', 'items', 'itemsAnd', 'remote', 'proxy', 'representing', 'organisation'],
  approval: ['asPresented', 'withAmendments', 'undated', 'signed', 'chair', 'date'],
  banners: ['clear', 'white', 'green', 'amber', 'amber+strict', 'red'],
} as const;

// Groups a wording file may leave out; asked for only by the builds that need them.
const OPTIONAL = {
  changes: ['legend', 'inserted', 'deleted'],
} as const;

const cache = new WeakMap<TemplateSource, Wording>();

/** The wording of a template set, read once per file; a TemplateError names the file and line of a mistake. */
export function wordingOf(set: TemplateSet): Wording {
  const source = set[WORDING_FILE];
  if (!source) throw new TemplateError(WORDING_FILE, undefined, 'the wording file is missing from the templates');
  let w = cache.get(source);
  if (!w) cache.set(source, (w = (PARSED_WORDING.get(source.text) as Wording | undefined) ?? parseWording(source)));
  return w;
}

/** The words of the changes legend; a wording file without them is named in the error. */
export function changesWording(words: Wording, set?: TemplateSet): ChangesWording {
  if (words.changes) return words.changes;
  throw new TemplateError(set?.[WORDING_FILE]?.path ?? WORDING_FILE, undefined, 'changes is missing: showing changes needs changes.legend, changes.inserted and changes.deleted (copy them from the built-in wording.yaml)');
}

/** `{name}`-style placeholders filled in; an unknown one stays as written. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Exported for the bundle (scripts/bundle.mjs reads the built-in wording with it) and its test. */
export function parseWording(source: TemplateSource): Wording {
  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  const fail = (offset: number | undefined, reason: string): never => {
    throw new TemplateError(source.path, offset === undefined ? undefined : templateLineAt(source.text, offset), reason);
  };
  const error = doc.errors[0];
  if (error) fail(error.pos[0], error.message.split('\n')[0]!);
  const root = doc.contents;
  if (!isMap(root)) return fail(0, 'the wording must be a mapping of names to words (see the built-in wording.yaml)');
  const text = (node: unknown, path: string, at: number): string => {
    if (!isScalar(node) || typeof node.value !== 'string') return fail((node as Node | null)?.range?.[0] ?? at, `${path} must be text`);
    return node.value;
  };
  const out: Record<string, unknown> = {};
  const rootRange = root.range?.[0] ?? 0;
  const optional = new Set<string>(Object.keys(OPTIONAL));
  for (const [key, keys] of [...Object.entries(SHAPE), ...Object.entries(OPTIONAL)]) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value as Node | null | undefined;
    if (!pair && optional.has(key)) continue;
    if (!pair) return fail(undefined, `${key} is missing (copy the built-in wording.yaml and change what you need)`);
    // Mistakes inside a group are shown at the group's name.
    const at = (pair.key as Node).range?.[0] ?? rootRange;
    if (keys === null) {
      out[key] = text(node, key, at);
      continue;
    }
    if (!isMap(node)) return fail(at, `${key} must be a mapping (${keys.join(', ')})`);
    const group: Record<string, string> = {};
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      group[key === 'roles' ? k.toLowerCase() : k] = text(pair.value, `${key}.${k}`, at);
    }
    for (const k of keys) if (!(k in group)) fail(at, `${key}.${k} is missing`);
    out[key] = group;
  }
  return out as unknown as Wording;
}
