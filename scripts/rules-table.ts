/**
 * The rule list of docs/rules/README.md, made from the registry so that it cannot fall behind it:
 * scripts/rules-table.mjs writes it between the markers, test/readme.test.ts checks it. Links are
 * relative to that page (each rule's page stands beside it).
 */
import { rules } from '../src/rules/index.js';

export const START = '<!-- rules-table:start (npm run rules-table) -->';
export const END = '<!-- rules-table:end -->';

const SCOPE = { source: 'file', file: 'file', series: 'series' } as const;

export function rulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '| Rule | Default | Checks | Fix | What it reports |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| [\`${r.id}\`](${r.id}.md) | ${r.severity === 'warn' ? 'warning' : 'error'} | ${SCOPE[r.scope]} | ${r.fixable ? 'yes' : ''} | ${cell(r.description)} |`,
    ),
  ];
  return lines.join('\n');
}

/** The page with its table replaced; throws when the markers are missing. */
export function withRulesTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b === -1 || b < a) throw new Error(`docs/rules/README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, a + START.length)}\n${rulesTable()}\n${readme.slice(b)}`;
}
