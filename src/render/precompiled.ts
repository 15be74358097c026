/**
 * The built-in templates compiled to JavaScript when the CLI is bundled, keyed by their exact
 * text: compiling them at run time was about 130 ms of a one-file build. scripts/bundle.mjs
 * replaces this module; run from the sources (the tests) it is empty and every template is
 * compiled as it is read. A user's template, or a built-in one changed after bundling, has text
 * no key matches and is compiled too.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();
