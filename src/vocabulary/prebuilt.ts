/**
 * The built-in vocabulary's patterns (patterns.ts), built when the CLI is bundled: building them
 * from the words is about 12 ms of string work on every start, before a file is read.
 * scripts/bundle.mjs replaces this module with the built object (scripts/prebuilt-patterns.mjs
 * writes it out); run from the sources (the tests) it is empty and the patterns are built as before.
 * A configuration that adds words builds its own patterns either way.
 */
import type { Patterns } from './patterns.js';

export const PREBUILT_DEFAULT: Omit<Patterns, 'vocabulary'> | undefined = undefined;
