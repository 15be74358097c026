/** A template that does not parse or fails while rendering: names the file and line. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'TemplateError';
  }
}

/**
 * The 1-based line of an offset in a template or wording file, counted by `\n` as Handlebars and
 * the YAML parser count it, so that every template error names the line its own tool would.
 */
export function templateLineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
