import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** CommonMark + GFM with the front matter as a `yaml` node, so that positions are file positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
