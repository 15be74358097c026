/**
 * No function in src/ runs over 80 lines unless a comment says why it must be long (issue 19,
 * item 7). A long function is usually several steps that want names; when it is one step that
 * cannot be cut (a flat table of cases read top to bottom), the comment just before it says so
 * with the marker `long-function:` followed by the reason (three words at least).
 *
 * How lines are counted: from the line the function starts on to the line it ends on, so
 * everything written inside it counts, nested functions included; a nested function is also
 * measured on its own. An outer function does not get shorter by moving a step into an inner
 * arrow: the step has to leave the function to stop counting. Functions are found with the
 * TypeScript compiler's own parser (declarations, methods, accessors, constructors, function
 * expressions and arrow functions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const LIMIT = 80;
/** The marker, with a reason of a few words after it. */
const MARKER = /long-function:\s*\S+(\s+\S+){2,}/;

interface LongFunction {
  path: string;
  line: number;
  name: string;
  lines: number;
}

const nameOf = (node: ts.Node): string => {
  const named = node as { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name) || ts.isPrivateIdentifier(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
  if (p && ts.isCallExpression(p)) return `(callback of ${p.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
};

/** The comments just above a function, or above the statement or property that holds it. */
function commentsBefore(node: ts.Node, text: string): string {
  let holder: ts.Node = node;
  while (
    holder.parent &&
    (ts.isVariableDeclaration(holder.parent) ||
      ts.isVariableDeclarationList(holder.parent) ||
      ts.isVariableStatement(holder.parent) ||
      ts.isPropertyAssignment(holder.parent) ||
      ts.isPropertyDeclaration(holder.parent) ||
      ts.isExportAssignment(holder.parent))
  )
    holder = holder.parent;
  return (ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
}

/** Every function-like node with a body in a module's text, over the limit and without the marker. */
export function longFunctions(text: string, path: string, limit = LIMIT): LongFunction[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit && !MARKER.test(commentsBefore(node, text))) out.push({ path, line: first + 1, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

describe('function length', () => {
  const found = sourceFiles(SRC).flatMap((f) => longFunctions(readFileSync(f, 'utf8'), relative(ROOT, f).split('\\').join('/')));

  it(`no function in src/ is over ${LIMIT} lines without a "long-function:" comment saying why`, () => {
    expect(found.map((f) => `${f.path}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it('finds a long function however it is written, and lets the marker with a reason through', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    // 79 body lines plus the opening and closing lines: exactly 81 lines, one over.
    const text = [
      `export function declared() {\n${body(79)}\n}`,
      `export function atLimit() {\n${body(78)}\n}`,
      `const arrow = () => {\n${body(79)}\n};`,
      `class C {\n  method() {\n${body(79)}\n  }\n}`,
      `const o = { prop: function () {\n${body(79)}\n} };`,
      `export function outer() {\n  const inner = () => {\n${body(79)}\n  };\n  return inner;\n}`,
      `// long-function: one table of cases, read top to bottom.\nexport function excused() {\n${body(79)}\n}`,
      `/** long-function: one flat switch over every kind. */\nconst excusedArrow = () => {\n${body(79)}\n};`,
      `// long-function:\nexport function noReason() {\n${body(79)}\n}`,
      `export function short() {\n  return 1;\n}`,
    ].join('\n\n');
    const caught = longFunctions(text, 'x.ts').map((f) => `${f.name} ${f.lines}`);
    expect(caught).toEqual(['declared 81', 'arrow 81', 'method 81', 'prop 81', 'outer 84', 'inner 81', 'noReason 81']);
  });
});
