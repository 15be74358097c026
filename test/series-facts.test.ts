/**
 * The series facts (series/facts.ts) hold everything the series step reads: a check whose series
 * step runs on meetings rebuilt from the facts (written out as JSON and read back, as the cache
 * and the worker threads hand them over) reports exactly what a check from the full models
 * reports, and an earlier meeting built for the series only (analyse's `seriesOnly`, what `check
 * FILE` reads of the meetings before it) has the same facts as one built whole. In-process, on the
 * examples, the test fixtures and the reference minutes (real and wild).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLookup } from '../src/cli/config-lookup.js';
import { analyse, type Analysis, type SourceInput } from '../src/core/analyse.js';
import { analyseAll, check, seriesStep } from '../src/core/check.js';
import { analysisOf, fileResultOf } from '../src/core/file-result.js';
import { factsOf } from '../src/series/facts.js';
import { ROOT, SHARED } from './helpers/cli.js';
import { requireShared, skipUnless } from './helpers/programs.js';

/** The Markdown files under a folder, sorted. */
function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md') && !/^(readme|changelog)\.md$/i.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

const findings = (analyses: readonly Analysis[]) =>
  analyses.map((a) => [a.file.path, ...a.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal} ${m.reason}`)].join('\n'));

function sameFromFacts(files: readonly string[]): number {
  const lookup = new ConfigLookup();
  const configFor = (p: string) => lookup.forFile(p).config;
  const inputs: SourceInput[] = files.map((path) => ({ path, contents: readFileSync(path) }));
  const whole = check(inputs, { configFor, release: true });
  const rebuilt = analyseAll(inputs, { configFor, release: true }).map((a) => analysisOf(a.file.path, JSON.parse(JSON.stringify(fileResultOf(a)))));
  expect(findings(seriesStep(rebuilt, { configFor }))).toEqual(findings(whole));
  for (const input of inputs) {
    const config = configFor(input.path);
    const full = analyse(input, config, { fileRules: false, autolinkLiterals: false }).meeting;
    const series = analyse(input, config, { fileRules: false, autolinkLiterals: false, seriesOnly: true }).meeting;
    expect(series && factsOf(series), `${input.path}: the facts of a meeting built for the series only`).toEqual(full && factsOf(full));
  }
  return whole.flatMap((a) => a.file.messages).filter((m) => m.ruleId?.startsWith('series-') || /approv/.test(m.ruleId ?? '')).length;
}

describe('series facts', () => {
  it('give the findings of the full models, and an earlier meeting built for the series has the same facts: examples and fixtures', () => {
    const series = sameFromFacts([...markdownUnder(join(ROOT, 'examples')), ...markdownUnder(join(ROOT, 'test', 'fixtures'))]);
    // The comparison covers series findings, not only per-file ones.
    expect(series).toBeGreaterThan(10);
  }, 300_000);

  it('the same on the reference minutes, committee by committee', (ctx) => {
    skipUnless(ctx, requireShared('reference/real', 'the reference minutes'));
    for (const kind of ['real', 'wild']) {
      const top = join(SHARED, 'reference', kind);
      for (const d of readdirSync(top, { withFileTypes: true }).filter((x) => x.isDirectory())) sameFromFacts(markdownUnder(join(top, d.name)));
    }
  }, 300_000);
});
