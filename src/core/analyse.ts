import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Config } from '../config/types.js';
import { buildMeeting } from '../model/build-meeting.js';
import { directivesOf, type Directive } from '../model/directives.js';
import { dateFromPath } from '../model/meeting-key.js';
import type { Meeting, Point, Span } from '../model/types.js';
import { decodeSource, type SourceEncoding } from '../parse/decode.js';
import { looksLikeMinutes, parseYaml, splitFrontMatter, type FrontMatterBlock } from '../parse/front-matter.js';
import { createLocator, type Locator } from '../parse/locate.js';
import { crowdedBlock, deepLine, formatBytes, MAX_INLINE_MARKS, MAX_NESTING, MAX_SOURCE_BYTES, tooDeep } from '../parse/limits.js';
import { parseMarkdown, type MarkdownOptions } from '../parse/markdown.js';
import { describeYamlErrors } from '../parse/yaml-errors.js';
import { encoding } from '../rules/encoding.js';
import { frontmatterMissing } from '../rules/frontmatter-missing.js';
import { inputLimit } from '../rules/input-limit.js';
import { fileRules, ruleIds } from '../rules/index.js';
import type { FileContext } from '../rules/types.js';
import { yamlSyntax } from '../rules/yaml-syntax.js';
import { frontmatterBodyMismatch } from '../rules/frontmatter-body-mismatch.js';
import { readKeptHead, type KeptHead, type NotMinutes } from '../model/readers/kept-head.js';
import { SITE_KEYS } from '../vocabulary/kept-words.js';
import { siteDay, siteTitleSpan, splitSiteMatter, type SiteMatter } from '../parse/site-matter.js';
import { checkYaml, type Checked, type Problem } from '../schema/check.js';
import { CONFIGURABLE_KEYS, minutesSpec } from '../schema/minutes-spec.js';
import type { ResolvedSeries } from '../series/resolve.js';
import { addFinding, newFile } from './report.js';

export interface SourceInput {
  path: string;
  /** Bytes as read, or text already decoded. */
  contents: Uint8Array | string;
}

/** One minutes file after reading, modelling and the per-file rules. */
export interface Analysis {
  file: VFile;
  /** Decoded text (BOM removed), when decoding worked. */
  source?: string;
  bom?: boolean;
  /** The encoding the bytes were in (UTF-16 and UTF-32 come with a byte-order mark), for `--fix` to write back. */
  encoding?: SourceEncoding;
  tree?: Root;
  loc?: Locator;
  /** Present when the front matter could be read; rules have run on it. */
  meeting?: Meeting;
  /** The resolved series the meeting belongs to, set by `check` (none for a meeting without a code). */
  series?: ResolvedSeries;
  /** Inline `minutebook-disable` comments: `check` drops the findings they cover. */
  directives?: Directive[];
  /** The line of each offset `directives` names, for an analysis rebuilt from a FileResult (no source to count lines in). */
  directiveLines?: Record<number, number>;
  /**
   * What the per-file rules asked besides the file and its configuration (set by check.ts's
   * analyseForCheck): whether files its links name exist, and whether its git history was read.
   * `check --cache` keys an entry by the first and stores no entry after the second.
   */
  reads?: { exists: Record<string, boolean>; history: boolean };
  /** Why a file without minutes front matter was not read as minutes (see model/readers/kept-head.ts). */
  notMinutes?: NotMinutes;
}

/** Read → parse → model → per-file rules. Pure: no file system, no terminal. */
export interface AnalyseOptions {
  /**
   * Run the per-file rules (default). Meetings read only as series context skip them: their
   * findings would be discarded, and a pre-commit check should not pay for them.
   */
  fileRules?: boolean;
  /** Tells whether a file exists, for relative links (see FileContext.exists). */
  exists?: (path: string) => boolean;
  /** Earlier versions of a file, newest first (see FileContext.history). */
  history?: (path: string) => Iterable<string>;
  /** Parse bare URLs and e-mail addresses as links (default true): outputs need them, rules do not. */
  autolinkLiterals?: boolean;
  /**
   * Build only what the series step reads of the meeting (model/build-meeting.ts), for an earlier
   * meeting read as a check's context: implies no per-file rules and no inline directives.
   */
  seriesOnly?: boolean;
}

/** The text of a source, or the finding that stops it being read (too large, not decodable). */
function readText(input: SourceInput, config: Config): { text: string; bom: boolean; encoding: SourceEncoding } | { stopped: VFile } {
  const size = sizeOf(input.contents);
  if (size > MAX_SOURCE_BYTES) {
    const file = newFile(input.path);
    const at = { line: 1, column: 1, offset: 0 };
    addFinding(file, inputLimit, config, at, `The file is ${formatBytes(size)}, more than the ${formatBytes(MAX_SOURCE_BYTES)} minutebook reads: minutes are rarely over 100 kB, so look for a pasted log, image or document`);
    return { stopped: file };
  }
  if (typeof input.contents === 'string') {
    const text = input.contents.charCodeAt(0) === 0xfeff ? input.contents.slice(1) : input.contents;
    return { text, bom: text !== input.contents, encoding: 'utf-8' };
  }
  const decoded = decodeSource(input.contents);
  if (!decoded.ok) {
    const file = newFile(input.path);
    const point = { line: decoded.line, column: decoded.column, offset: decoded.offset };
    addFinding(file, encoding, config, point, `Cannot read the file: ${decoded.reason}`);
    return { stopped: file };
  }
  return { text: decoded.text, bom: decoded.bom, encoding: decoded.encoding };
}

export function analyse(input: SourceInput, config: Config, options: AnalyseOptions = {}): Analysis {
  const read = readText(input, config);
  if ('stopped' in read) return { file: read.stopped };
  const { text, bom, encoding: sourceEncoding } = read;
  const file = newFile(input.path, text);
  const loc = createLocator(text);
  const result: Analysis = { file, source: text, bom, encoding: sourceEncoding, loc };

  const split = splitFrontMatter(text);
  if (split.kind === 'unclosed') {
    addFinding(file, frontmatterMissing, config, loc.span(0, 3), 'The front matter block opened with `---` on line 1 is never closed: add a line `---` after the YAML');
    return result;
  }
  // Minutes kept as a site's pages: TOML (`+++`), Pelican or Nikola metadata instead of YAML.
  const site = split.kind === 'missing' ? splitSiteMatter(text) : undefined;
  if (site?.error) {
    addFinding(file, yamlSyntax, config, loc.point(site.error.offset), site.error.message);
    return result;
  }
  let doc: ReturnType<typeof parseYaml> | undefined;
  if (split.kind === 'ok') {
    doc = parseYaml(split.block);
    if (doc.errors.length > 0) {
      const block = split.block;
      const where = (o: number) => loc.point(block.offset + o);
      for (const e of describeYamlErrors(doc, block.yaml, where)) {
        addFinding(file, yamlSyntax, config, loc.span(block.offset + e.start, block.offset + e.end), `YAML syntax error: ${e.message}`);
      }
      return result;
    }
  }
  const block = split.kind === 'ok' ? split.block : undefined;
  const bodyStart = block?.end ?? site?.end ?? 0;
  // Minutes front matter lists people; a site's front matter (title, date, categories) does not,
  // and then the body says who was there and when the meeting was.
  const minutesMatter = block !== undefined && looksLikeMinutes(text, { datedName: true });
  const siteDate = siteDay(site?.date?.value ?? (block && !minutesMatter ? dateKey(doc!) : undefined));
  const siteTitle = minutesMatter ? undefined : siteTitleSpan(text, block, site);
  const kept = readKeptHead(text, bodyStart, input.path, { ...(siteDate ? { siteDate } : {}), ...(siteTitle ? { siteTitle } : {}), dateOnly: minutesMatter });
  if (!minutesMatter && kept.kind !== 'minutes' && !(block && kept.kind !== 'agenda-only')) return notMinutes(result, kept, text, loc.point(bodyStart), config);
  const checked = checkMatter(doc, block, { config, path: input.path, kept, minutesMatter, loc });
  const tree = parseWithinLimits(text, bodyStart, loc, { autolinkLiterals: options.autolinkLiterals !== false, ...(block ? { bodyStart: block.end } : {}) });
  if ('limit' in tree) {
    addFinding(file, inputLimit, config, tree.at, tree.limit);
    return result;
  }
  // Markdown knows YAML front matter, not a site's TOML or Pelican lines: those are metadata, not text
  // of the minutes, for the rules and for the documents built from them.
  if (site) tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= site.end);
  result.tree = tree;
  const matterStart = block?.start ?? site?.start;
  const frontMatterSpan: Span | undefined = matterStart !== undefined ? loc.span(matterStart, bodyStart) : undefined;
  const meeting = buildMeeting({
    path: input.path,
    source: text,
    loc,
    tree,
    config,
    ...(frontMatterSpan ? { frontMatterSpan } : {}),
    ...(checked.root ? { frontMatter: checked.root } : {}),
    kept: { head: kept, minutesMatter, ...(site ? { site } : {}) },
    ...(options.seriesOnly ? { seriesOnly: true } : {}),
  });
  result.meeting = meeting;
  if (options.seriesOnly) return result;
  result.directives = directivesOf(text, tree, { start: matterStart ?? 0, end: bodyStart });

  if (options.fileRules !== false) runFileRules({ path: input.path, source: text, tree, meeting, config, loc, schemaProblems: checked.problems, ruleIds, ...(options.exists ? { exists: options.exists } : {}), ...(options.history ? { history: options.history } : {}) }, file);
  if (options.fileRules !== false) for (const d of meeting.keptDisagreements ?? []) addFinding(file, frontmatterBodyMismatch, config, d.at, d.message);
  return result;
}

/**
 * A file without minutes front matter whose text does not read as minutes: an agenda is recognised
 * as one, anything else reports what is missing.
 */
function notMinutes(result: Analysis, kept: KeptHead, text: string, at: Point, config: Config): Analysis {
  if (kept.kind === 'minutes') return result;
  result.notMinutes = kept.kind;
  if (kept.kind === 'agenda-only') return result;
  const why = text.trim() === ''
    ? 'The file is empty'
    : kept.kind === 'no-date'
      ? 'The file has no front matter, and neither its first lines nor its name give the meeting\'s date'
      : 'The file has no front matter, and no attendance section or line ("Present:", "## Attendees") says who was there';
  addFinding(result.file, frontmatterMissing, config, at, `${why}: give both in the body or in a front matter block (\`---\`, YAML, \`---\`)`);
  return result;
}

/**
 * The front matter checked against the schema, with what the text or the configuration gives
 * counted as given; a site's front matter (no people lists) keeps its own keys.
 */
function checkMatter(doc: ReturnType<typeof parseYaml> | undefined, block: FrontMatterBlock | undefined, o: { config: Config; path: string; kept: KeptHead; minutesMatter: boolean; loc: Locator }): { root?: Checked; problems: Problem[] } {
  const satisfied = new Set<string>(CONFIGURABLE_KEYS.filter((k) => o.config[k] !== undefined));
  // NATURAL §2: a file named `2026-03-12-….md` gives the meeting's date.
  if (dateFromPath(o.path) !== undefined) satisfied.add('date');
  if (o.kept.kind === 'minutes') {
    if (o.kept.date) satisfied.add('date');
    satisfied.add('attendees');
  }
  // A site's front matter is not minutebook's: the committee comes from the configuration or nowhere.
  if (!o.minutesMatter) satisfied.add('committee');
  const checked: { root?: Checked; problems: Problem[] } = doc && block ? checkYaml(doc, minutesSpec, block.offset, o.loc, { satisfied }) : { problems: [] };
  // The keys a site generator reads (categories, layout, slug …) are the site's, not mistakes.
  if (!o.minutesMatter) checked.problems = checked.problems.filter((p) => !(p.kind === 'unknown-key' && SITE_KEYS.has(p.path.split('.')[0]!)));
  return checked;
}

/** The `date` of a site's YAML front matter, as written. */
function dateKey(doc: ReturnType<typeof parseYaml>): string | undefined {
  const v = doc.get('date');
  return v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
}


function sizeOf(contents: Uint8Array | string): number {
  if (typeof contents !== 'string') return contents.length;
  // A UTF-16 unit is one to three UTF-8 bytes; count exactly only near the limit.
  return contents.length * 3 <= MAX_SOURCE_BYTES ? contents.length : new TextEncoder().encode(contents).length;
}

/** The Markdown tree, or why it is beyond what the model and renderers can safely walk. */
function parseWithinLimits(text: string, bodyOffset: number, loc: Locator, markdown: MarkdownOptions): Root | { limit: string; at: { line: number; column: number; offset: number } } {
  const deep = `lists, block quotes or emphasis are nested more than ${MAX_NESTING} levels deep; minutebook stops reading here`;
  // The front matter is YAML, checked on its own: its `- ` lists are not Markdown nesting.
  const early = deepLine(text, bodyOffset);
  if (early !== undefined) return { limit: `The Markdown is too deeply nested: ${deep}`, at: loc.point(early) };
  const crowdedAt = crowdedBlock(text, bodyOffset);
  const crowded = crowdedAt === undefined ? undefined : loc.point(crowdedAt);
  if (crowded) return { limit: `This paragraph holds more than ${MAX_INLINE_MARKS} emphasis or link marks (\`*\`, \`_\`, \`~\`, \`[\`); minutebook stops reading here`, at: crowded };
  let tree: Root;
  try {
    tree = parseMarkdown(text, markdown);
  } catch (e) {
    // The parser recurses on some nestings; a stack overflow is this file's problem, not a crash.
    if (e instanceof RangeError) return { limit: `The Markdown cannot be read: ${deep}`, at: { line: 1, column: 1, offset: 0 } };
    throw e;
  }
  const node = tooDeep(tree);
  if (!node) return tree;
  const s = node.position?.start;
  return { limit: `The Markdown is too deeply nested: ${deep}`, at: s ? { line: s.line, column: s.column, offset: s.offset ?? 0 } : { line: 1, column: 1, offset: 0 } };
}

/** Runs every per-file rule on one meeting, each reporting into the file under its own id. */
function runFileRules(base: Omit<FileContext, 'report'>, file: VFile): void {
  // One context for all the rules (a copy of `base` per rule was about 1% of a 1,000-file check):
  // rules report while they run, so `report` files each finding under the rule running now.
  let rule = fileRules[0]!;
  const ctx: FileContext = { ...base, report: (place, message, options) => void addFinding(file, rule, base.config, place, message, options?.fix) };
  for (rule of fileRules) rule.check(ctx);
}
