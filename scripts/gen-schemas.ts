/**
 * Turns the specs that `check` walks (src/schema/minutes-spec.ts, config-spec.ts) into the JSON
 * Schemas shipped in schemas/, so that editors complete and validate the same keys the checker
 * accepts. Pure: scripts/gen-schemas.mjs writes the files, test/schemas.test.ts checks for drift.
 */
import { configSpec } from '../src/schema/config-spec.js';
import { minutesSpec } from '../src/schema/minutes-spec.js';
import type { Spec } from '../src/schema/spec.js';
import { rules } from '../src/rules/index.js';

type Json = { [key: string]: unknown };

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** Stricter than the checker's shape test (it also reports impossible days), but close enough for an editor. */
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d([ \\t]*([A-Z]{1,5}([+-]\\d{1,2}(:?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?$';

/** Editors show `markdownDescription` as Markdown; others fall back to the plain `description`. */
function describe(text: string): Json {
  const plain = text.replace(/`([^`]*)`/g, '$1');
  return plain === text ? { description: text } : { description: plain, markdownDescription: text };
}

/** A pattern matching the values in any letter case (JSON Schema has no case-insensitive flag). */
function caseless(values: readonly string[]): string {
  const letters = (v: string) =>
    [...v].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return `^(${values.map(letters).join('|')})$`;
}

class Converter {
  readonly defs: Record<string, Json> = {};
  private readonly defNames = new Map<Spec, string>();

  convert(s: Spec): Json {
    switch (s.kind) {
      case 'string':
        return s.pattern ? { type: 'string', pattern: s.pattern.source } : { type: 'string' };
      case 'markdown':
        return { type: 'string' };
      case 'text': {
        // A number written plainly is kept as its source text by the checker: `41`, `3.1`.
        const decimals = s.pattern ? s.pattern.test('1.1') : true;
        const text: Json = s.pattern ? { type: 'string', pattern: s.pattern.source } : { type: 'string' };
        return { anyOf: [text, { type: decimals ? 'number' : 'integer', minimum: 0 }] };
      }
      case 'integer':
        return s.min === undefined ? { type: 'integer' } : { type: 'integer', minimum: s.min };
      case 'boolean':
        return { type: 'boolean' };
      case 'date':
        return { type: 'string', pattern: DATE_PATTERN };
      case 'time':
        return { type: 'string', pattern: TIME_PATTERN };
      case 'when':
        return { type: 'string', minLength: 1 };
      case 'enum':
        return s.caseInsensitive ? { type: 'string', pattern: caseless(s.values) } : { type: 'string', enum: [...s.values] };
      case 'list':
        return { type: 'array', items: this.convert(s.of) };
      case 'record':
        return { type: 'object', propertyNames: { description: s.keyName }, additionalProperties: this.convert(s.of) };
      case 'either':
        return { anyOf: s.of.map((a) => this.convert(a)) };
      case 'object':
        return this.reference(s);
    }
  }

  /** Named objects (person, action review…) go to `definitions` once and are referenced. */
  private reference(s: Spec & { kind: 'object' }): Json {
    let name = this.defNames.get(s);
    if (!name) {
      const body = this.object(s);
      const base = s.name.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase());
      const text = JSON.stringify(body);
      // Specs built by a function (people lists) are equal but not identical objects: share them.
      name = Object.keys(this.defs).find((k) => (k === base || k.startsWith(`${base}_`)) && JSON.stringify(this.defs[k]) === text);
      if (!name) {
        name = base;
        for (let i = 2; this.defs[name]; i++) name = `${base}_${i}`;
        this.defs[name] = body;
      }
      this.defNames.set(s, name);
    }
    return { $ref: `#/definitions/${name}` };
  }

  object(s: Spec & { kind: 'object' }, overrides: Record<string, Json> = {}): Json {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const [key, f] of Object.entries(s.fields)) {
      properties[key] = { ...(overrides[key] ?? this.convert(f.spec)), ...describe(f.description) };
      if (f.required) required.push(key);
    }
    const map: Json = { type: 'object', title: s.name, properties, additionalProperties: false };
    if (required.length) map.required = required;
    if (!s.shorthand) return map;
    return {
      title: s.name,
      anyOf: [{ type: 'string', description: `Short for \`${s.shorthand}: …\`` }, map],
    };
  }
}

/** Keys the configuration file may give instead (FORMAT §2 `*`): not required in front matter. */
function frontMatterRequired(schema: Json): void {
  const fromConfig = new Set(['committee', 'code', 'secretariat', 'classification']);
  schema.required = (schema.required as string[]).filter((k) => !fromConfig.has(k));
}

export function minutesSchema(): Json {
  const c = new Converter();
  const root = c.object(minutesSpec);
  frontMatterRequired(root);
  return {
    $schema: DRAFT,
    ...root,
    title: 'minutebook minutes front matter',
    ...describe(
      'The YAML front matter of one meeting\'s minutes. `committee`, `code`, `secretariat` and `classification` may come from `.minutebook.yaml` instead.',
    ),
    definitions: c.defs,
  };
}

export function configSchema(): Json {
  const c = new Converter();
  const ruleProps: Record<string, Json> = {};
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    ruleProps[r.id] = { ...c.convert({ kind: 'enum', values: ['off', 'warn', 'error'] }), description: `${r.description} (default: ${r.severity})` };
  }
  const root = c.object(configSpec, {
    // Rule ids are known here: list them so that editors complete them and flag misspellings.
    rules: { type: 'object', properties: ruleProps, additionalProperties: false },
  });
  return {
    $schema: DRAFT,
    ...root,
    title: 'minutebook configuration (.minutebook.yaml)',
    ...describe('Committee defaults, action-ID pattern, parties, roster, quorum, output settings and rule severities for the minutes under this folder.'),
    definitions: c.defs,
  };
}

export const SCHEMA_FILES = {
  'schemas/minutes.schema.json': minutesSchema,
  'schemas/config.schema.json': configSchema,
} as const;

/** The exact bytes written: two-space JSON and a final newline. */
export function serialise(schema: Json): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
