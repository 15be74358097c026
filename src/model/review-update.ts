import type { RootContent } from 'mdast';
import { parseMarkdown } from '../parse/markdown.js';
import { plainParagraphs } from '../parse/plain-paragraphs.js';

/**
 * A review's `update` as Markdown blocks. The update is Markdown of its own; a leading `---` must
 * not be read as front matter. Parsed on demand: checking needs only the text, outputs need blocks.
 */
export function reviewUpdateBlocks(text: string): RootContent[] {
  // Prose alone, the common case, needs no parser (parse/plain-paragraphs.ts).
  return plainParagraphs(text, 1) ?? parseMarkdown('\n' + text).children.filter((n) => n.type !== 'yaml');
}
