// Stands in for `string-width` inside vfile-reporter (the bundler routes the import here). The
// stylish report measures every cell of its table, and string-width runs an emoji regular
// expression per character: on a thousand files that was a sixth of `check`. Printable ASCII is
// one column per character (the same answer string-width gives); other text is measured once.
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const MAX_REMEMBERED = 10_000;
const widths = new Map<string, number>();

export default function width(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options !== undefined) return stringWidth(text, options);
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = widths.get(text);
  if (w === undefined) {
    w = stringWidth(text);
    if (widths.size >= MAX_REMEMBERED) widths.clear();
    widths.set(text, w);
  }
  return w;
}
