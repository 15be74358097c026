import type { RootContent } from 'mdast';
import { parseMarkdown } from '../parse/markdown.js';

/**
 * A review's `update` as Markdown blocks. The update is Markdown of its own; a leading `---` must
 * not be read as front matter. Parsed on demand: checking needs only the text, outputs need blocks.
 */
export function reviewUpdateBlocks(text: string): RootContent[] {
  return parseMarkdown('\n' + text).children.filter((n) => n.type !== 'yaml');
}
