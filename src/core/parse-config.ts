import type { VFile } from 'vfile';
import { addFinding, newFile } from './report.js';
import { entries, fieldSpans, items } from '../model/checked-read.js';
import { parseYaml, type FrontMatterBlock } from '../parse/front-matter.js';
import { createLocator } from '../parse/locate.js';
import { decodeSource } from '../parse/decode.js';
import { field, scalar, checkYaml, type Checked } from '../schema/check.js';
import { configSpec } from '../schema/config-spec.js';
import { compileIdPattern } from '../model/action-id.js';
import { ruleById } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { extendVocabulary, FAMILIES, type Family } from '../vocabulary/words.js';
import { defaultConfig, type Config, type DateFormats, type Severity } from '../config/types.js';

/** All configuration findings are errors: a configuration that cannot be trusted stops the run. */
const configRule: RuleMeta = { id: 'config', severity: 'error', description: 'The configuration file must be valid' };

export interface ParsedConfig {
  config: Config;
  file: VFile;
}

const STYLE: Record<string, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** The text items of a list key (`decision_verbs: [...]`); anything not a scalar is left out. */
function stringList(root: Checked, key: string): string[] {
  return items(field(root, key)).flatMap((c) => (c.kind === 'scalar' ? [String(c.value)] : []));
}

/** Reads configuration text (`.minutebook.yaml`, `.yml` or `.json`: YAML reads JSON too). Pure; `root` is the folder the file stands in. */
export function parseConfig(contents: Uint8Array | string, path: string, folder: string): ParsedConfig {
  const config: Config = { ...defaultConfig(), path, root: folder, base: folder };
  let text: string;
  if (typeof contents === 'string') text = contents;
  else {
    const d = decodeSource(contents);
    if (!d.ok) {
      const file = newFile(path);
      addFinding(file, configRule, config, { line: d.line, column: d.column, offset: d.offset }, `Cannot read the configuration: ${d.reason}`);
      return { config, file };
    }
    text = d.text;
  }
  const file = newFile(path, text);
  const loc = createLocator(text);
  const block: FrontMatterBlock = { yaml: text, offset: 0, start: 0, end: text.length };
  const doc = parseYaml(block);
  if (doc.errors.length) {
    for (const e of doc.errors) addFinding(file, configRule, config, loc.span(e.pos[0], e.pos[1]), `YAML syntax error: ${e.message.split('\n')[0]}`);
    return { config, file };
  }
  const checked = checkYaml(doc, configSpec, 0, loc);
  for (const p of checked.problems) addFinding(file, configRule, config, p.span, p.message);
  const root = checked.root;
  if (!root) return { config, file };

  readNamesAndLists(root, config, file);
  readVocabularyWords(root, config);
  readFilesAndFormats(root, config, file);
  readRoster(root, config);
  readQuorum(root, config);
  readRuleSeverities(root, config, file);
  return { config, file };
}

// The steps below run in this order because the vocabulary takes the older word lists read
// before it, and findings keep the order of the keys they were always reported in.

/** Names, the action-ID pattern, the older word lists and the aliases. */
function readNamesAndLists(root: Checked, config: Config, file: VFile): void {
  for (const key of ['committee', 'code', 'secretariat', 'classification', 'templates'] as const) {
    const v = scalar(root, key);
    if (v !== undefined) config[key] = v;
  }
  const referenceDocx = scalar(root, 'reference_docx');
  if (referenceDocx !== undefined) config.referenceDocx = referenceDocx;
  const actionId = scalar(root, 'action_id');
  if (actionId !== undefined) {
    config.actionId = actionId;
    config.actionIdSet = true;
    const unknown = /\{(?!code\}|meeting\}|seq(?::\d)?\}|yyyy\}|yy\}|mm\})[^}]*\}/.exec(actionId);
    if (unknown) addFinding(file, configRule, config, field(root, 'action_id')!.span, `Unknown placeholder ${unknown[0]} in action_id "${actionId}"`);
    else compileIdPattern(actionId);
  }
  if (field(root, 'decision_verbs')) config.decisionVerbs = stringList(root, 'decision_verbs');
  if (field(root, 'parties')) config.parties = stringList(root, 'parties');
  if (field(root, 'prose_decision_verbs')) config.proseDecisionVerbs = stringList(root, 'prose_decision_verbs');
  if (field(root, 'decision_subjects')) config.decisionSubjects = stringList(root, 'decision_subjects');
  if (field(root, 'titles')) config.titles = stringList(root, 'titles');
  for (const [name, variants] of entries(field(root, 'aliases'))) {
    config.aliases[name] = items(variants).flatMap((c) => (c.kind === 'scalar' ? [String(c.value)] : []));
  }
}

/** The `vocabulary:` families, with the older keys' words folded in. */
function readVocabularyWords(root: Checked, config: Config): void {
  const words: Partial<Record<Family, string[]>> = {};
  const vocabulary = field(root, 'vocabulary');
  for (const f of FAMILIES) {
    const more = items(field(vocabulary, f)).flatMap((c) => (c.kind === 'scalar' ? [String(c.value)] : []));
    if (more.length > 0) words[f] = more;
  }
  // The older keys are words of the vocabulary too.
  words.titles = [...config.titles, ...(words.titles ?? [])];
  words.decision_verbs = [...config.proseDecisionVerbs, ...(words.decision_verbs ?? [])];
  words.decision_subjects = [...config.decisionSubjects, ...(words.decision_subjects ?? [])];
  config.vocabulary = extendVocabulary(config.vocabulary, words);
}

/** Which files are minutes, placeholders, summaries, locale and date formats. */
function readFilesAndFormats(root: Checked, config: Config, file: VFile): void {
  if (field(root, 'files')) config.files = stringList(root, 'files');
  if (field(root, 'ignores')) config.ignores = stringList(root, 'ignores');
  if (field(root, 'placeholders')) config.placeholders = stringList(root, 'placeholders');
  const summaries = scalar(root, 'summaries');
  if (summaries === 'end' || summaries === 'off') config.summaries = summaries;
  const locale = scalar(root, 'locale');
  if (locale !== undefined) {
    try {
      config.locale = Intl.getCanonicalLocales(locale)[0] ?? locale;
    } catch {
      addFinding(file, configRule, config, field(root, 'locale')!.span, `"${locale}" is not a valid locale such as en-GB`);
    }
  }
  const formats = field(root, 'date_formats');
  if (formats) {
    const f: DateFormats = { ...config.dateFormats };
    const long = scalar(formats, 'long');
    const short = scalar(formats, 'short');
    if (long) f.long = STYLE[long]!;
    if (short) f.short = STYLE[short]!;
    config.dateFormats = f;
  }
}

function readRoster(root: Checked, config: Config): void {
  for (const [category, members] of entries(field(root, 'roster'))) {
    for (const m of items(members)) {
      const member: Config['roster'][number] = {
        name: scalar(m, 'name') ?? '',
        category,
        aliases: items(field(m, 'aliases')).flatMap((c) => (c.kind === 'scalar' ? [String(c.value)] : [])),
        span: m.span,
        fields: fieldSpans(m),
      };
      for (const k of ['initials', 'since', 'until'] as const) {
        const v = scalar(m, k);
        if (v !== undefined) member[k] = v;
      }
      config.roster.push(member);
    }
  }
}

function readQuorum(root: Checked, config: Config): void {
  const quorum = field(root, 'quorum');
  if (quorum) {
    const total = scalar<number>(quorum, 'total');
    config.quorum = {
      categories: Object.fromEntries(entries(field(quorum, 'categories')).map(([k, v]: [string, Checked]) => [k, v.kind === 'scalar' ? Number(v.value) : 0])),
      span: quorum.span,
      ...(total !== undefined ? { total } : {}),
    };
  }
}

/** The severities set for rules; an unknown rule name is reported with the nearest known one. */
function readRuleSeverities(root: Checked, config: Config, file: VFile): void {
  for (const [id, sev] of entries(field(root, 'rules'))) {
    if (!ruleById.has(id)) {
      addFinding(file, configRule, config, sev.keySpan ?? sev.span, `Unknown rule "${id}"${didYouMean(id, ruleById.keys())}`);
      continue;
    }
    if (sev.kind === 'scalar') config.rules[id] = sev.value as Severity;
  }
}
