// The parse every minutebook command starts with, and nothing else: each Markdown file under the
// given paths through micromark to an mdast tree (CommonMark, GFM, front matter) and its front
// matter through the YAML parser with positions. The floor suite times it as a separate process
// to show what any Node tool that builds these trees pays before a model or a rule runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

const files = (p) => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => files(join(p, n))) : p.endsWith('.md') ? [p] : []);
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
let nodes = 0;
for (const file of process.argv.slice(2).flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  const tree = parser.parse(text);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
  if (parseDocument(yaml).errors.length === 0) nodes += tree.children.length;
}
if (nodes === 0) throw new Error('parsed nothing');
