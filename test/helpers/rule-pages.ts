/**
 * Reads the examples of a rule page (docs/rules/<id>.md) in the fixed form docs/testing.md
 * describes: in the `## Invalid` and `## Valid` sections (each `###` heading inside starts another
 * example), every fenced block is named by the word after its language: `.minutebook.yaml`, a
 * minutes file `*.md`, or `check` for the expected findings (a `text` block). A minutes block
 * marked `escaped` writes what a page cannot show as `<U+000B>` (that character) or `<E9>` (that
 * raw byte, as in a file saved in another encoding).
 */
import type { Sources } from './rule-tester.js';
import { CONFIG_NAME } from './rule-tester.js';

export interface PageExample {
  kind: 'invalid' | 'valid';
  /** The line of the page where the example's section or heading starts. */
  line: number;
  sources: Sources;
  /** The lines of the `check` block; absent when the example has none. */
  expected?: string[];
  /** Blocks in the example's section that are not in the fixed form. */
  problems: string[];
}

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;

export function pageExamples(page: string): PageExample[] {
  const lines = page.split('\n');
  const examples: PageExample[] = [];
  let current: PageExample | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const h2 = /^## (.*)$/.exec(l);
    if (h2) {
      const kind = h2[1]!.trim().toLowerCase();
      current = kind === 'invalid' || kind === 'valid' ? newExample(kind, i + 1, examples) : undefined;
      continue;
    }
    if (/^### /.test(l) && current) {
      current = newExample(current.kind, i + 1, examples);
      continue;
    }
    const open = FENCE.exec(l);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    const closes = (s: string) => s.trim().length >= fence.length && s.trim() === fence[0]!.repeat(s.trim().length);
    for (; j < lines.length && !closes(lines[j]!); j++) body.push(lines[j]!);
    i = j;
    if (!current) continue;
    const [lang = '', name, ...flags] = open[2]!.trim().split(/\s+/);
    const text = body.length ? `${body.join('\n')}\n` : '';
    if (name === 'check' && lang === 'text') current.expected = body.filter((b) => b.trim() !== '');
    else if (name === CONFIG_NAME && lang === 'yaml') current.sources.config = text;
    else if (name?.endsWith('.md') && lang === 'markdown') {
      const files = (current.sources.files ??= {});
      files[name] = flags.includes('escaped') ? unescape(text) : text;
    } else current.problems.push(`line ${i - body.length}: a block \`${open[2]!.trim()}\` is neither a named input nor the check output`);
  }
  // A section's lead-in before its first `###` example holds no blocks.
  return examples.filter((e) => e.sources.files || e.sources.config !== undefined || e.expected || e.problems.length);
}

function newExample(kind: 'invalid' | 'valid', line: number, all: PageExample[]): PageExample {
  const e: PageExample = { kind, line, sources: {}, problems: [] };
  all.push(e);
  return e;
}

function unescape(text: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const m of text.matchAll(/<U\+([0-9A-F]{4,6})>|<([0-9A-F]{2})>/g)) {
    parts.push(new TextEncoder().encode(text.slice(last, m.index)));
    parts.push(m[1] ? new TextEncoder().encode(String.fromCodePoint(parseInt(m[1], 16))) : Uint8Array.of(parseInt(m[2]!, 16)));
    last = m.index + m[0].length;
  }
  parts.push(new TextEncoder().encode(text.slice(last)));
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}
