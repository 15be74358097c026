/**
 * The built-in templates compiled to JavaScript when the CLI is bundled, keyed by their exact
 * text: compiling them at run time was about 130 ms of a one-file build. scripts/bundle.mjs
 * replaces this module; run from the sources (the tests) it is empty and every template is
 * compiled as it is read. A user's template, or a built-in one changed after bundling, has text
 * no key matches and is compiled too.
 */
export const PRECOMPILED: ReadonlyMap<string, TemplateSpecification> = new Map();

/**
 * The built-in wording.yaml read into its words when the CLI is bundled, keyed by its exact text
 * like the templates above: parsing it at run time was about a tenth of a one-file DOCX build's
 * own work. Typed loosely, as wording.ts gives it its type (importing that would make an import
 * circle); a user's wording.yaml, or the built-in one changed after bundling, is parsed as read.
 */
export const PARSED_WORDING: ReadonlyMap<string, object> = new Map();
