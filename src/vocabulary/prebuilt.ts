/**
 * The built-in vocabulary's patterns (patterns.ts), built when the CLI is bundled: building them
 * from the words is about 12 ms of string work on every start, before a file is read.
 * scripts/bundle.mjs replaces this module with the built object (scripts/prebuilt-patterns.mjs
 * writes it out); run from the sources (the tests) it is empty and the patterns are built as before.
 * A configuration that adds words builds its own patterns either way.
 */
// Typed loosely, not as patterns.ts's Patterns: importing that type would make the two modules an
// import circle. patterns.ts gives it its type; test/bundle-prebuilt.test.ts checks its shape.
export const PREBUILT_DEFAULT: object | undefined = undefined;
