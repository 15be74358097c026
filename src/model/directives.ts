/**
 * Inline comments that turn rules off for part of a minutes file, as markdownlint and ESLint
 * users expect: `<!-- minutebook-disable rule … -->` until `<!-- minutebook-enable … -->` (no
 * rule: all of them), and `<!-- minutebook-disable-next-line rule … -->` for the line below. In
 * the front matter, where HTML comments cannot go, the same words follow a YAML `#`.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The rule that reports unknown names in directives: its own findings are never turned off by them. */
export const DIRECTIVE_RULE_ID = 'disable-comment';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Offsets of the whole comment in the source. */
  start: number;
  end: number;
  /** Rule names as written, with their offsets; none means every rule. */
  rules: Array<{ id: string; start: number; end: number }>;
}

const HTML = /<!--[ \t]*minutebook-(disable-next-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;
const YAML = /^[ \t]*#[ \t]*minutebook-(disable-next-line|disable|enable)(?![\w-])([^\r\n]*)/gm;

function found(re: RegExp, text: string, base: number, into: Directive[]): void {
  for (const m of text.matchAll(re)) {
    const argsAt = base + m.index + m[0].length - m[2]!.length - (re === HTML ? 3 : 0);
    const rules = [...m[2]!.matchAll(/[^\s,]+/g)].map((r) => ({ id: r[0], start: argsAt + r.index, end: argsAt + r.index + r[0].length }));
    into.push({ kind: m[1] as DirectiveKind, start: base + m.index, end: base + m.index + m[0].length, rules });
  }
}

/** The directives of a file, in source order: YAML comments of the front matter, HTML comments of the body. */
export function directivesOf(source: string, tree: Root | undefined, frontMatter?: { start: number; end: number }): Directive[] {
  if (!source.includes('minutebook-')) return [];
  const out: Directive[] = [];
  if (frontMatter) found(YAML, source.slice(frontMatter.start, frontMatter.end), frontMatter.start, out);
  if (tree) {
    // HTML nodes only: a directive shown in a code block is an example, not an instruction.
    visit(tree, 'html', (node) => {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) found(HTML, source.slice(s, e), s, out);
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a finding of `ruleId` on `line` is turned off. `lineOf` gives the line of an offset.
 * A range directive counts from its own line; `disable-next-line` covers the line after its end.
 */
export function isDisabled(directives: readonly Directive[], ruleId: string, line: number, lineOf: (offset: number) => number): boolean {
  let off = false;
  for (const d of directives) {
    const names = d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);
    if (!names) continue;
    if (d.kind === 'disable-next-line') {
      if (lineOf(d.end) + 1 === line) return true;
      continue;
    }
    if (lineOf(d.start) > line) break;
    off = d.kind === 'disable';
  }
  return off;
}
