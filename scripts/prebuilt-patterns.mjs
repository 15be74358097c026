// Writes a vocabulary's patterns (src/vocabulary/patterns.ts) out as JavaScript, for
// scripts/bundle.mjs to put in place of src/vocabulary/prebuilt.ts. test/bundle-prebuilt.test.ts
// holds the object this code makes equal to the one patterns.ts builds, key order included.

/** A JavaScript expression that makes a value equal to `value`: strings, arrays, Sets, RegExps, plain objects. */
export function expressionOf(value) {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (value instanceof Set) return `new Set(${expressionOf([...value])})`;
  if (Array.isArray(value)) return `[${value.map(expressionOf).join(', ')}]`;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${expressionOf(v)}`).join(', ')} }`;
  }
  throw new Error(`prebuilt-patterns: cannot write ${Object.prototype.toString.call(value)} out`);
}

/** The module that replaces src/vocabulary/prebuilt.ts: the patterns without their vocabulary (patterns.ts adds it back). */
export function prebuiltModule(patterns) {
  const { vocabulary, ...rest } = patterns;
  return `export const PREBUILT_DEFAULT = ${expressionOf(rest)};\n`;
}
