/**
 * How every template is compiled, at run time and when scripts/bundle.mjs precompiles the
 * built-in ones: the two must agree, so both read them here.
 */
export const COMPILE_OPTIONS = {
  // Escaping on: `{{x}}` always escapes; only the markdown and inline helpers return markup.
  noEscape: false,
  strict: false,
  // Indenting a partial's output would change <pre> content and WordprocessingML text.
  preventIndent: true,
} as const satisfies CompileOptions;
