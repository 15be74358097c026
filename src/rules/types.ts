import type { Root } from 'mdast';
import type { Config } from '../config/types.js';
import type { Locator } from '../parse/locate.js';
import type { Problem } from '../schema/check.js';
import type { Meeting, Point, Span } from '../model/types.js';
import type { ResolvedSeries } from '../series/resolve.js';

export type DefaultSeverity = 'error' | 'warn';

/** A replacement of source text that `check --fix` may apply. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface ReportOptions {
  fix?: Fix;
  /** The file to report in, for series rules (default: the context's file). */
  path?: string;
}

export interface RuleMeta {
  /** kebab-case, stable: used in config `rules`, in output and in docs/rules/<id>.md. */
  id: string;
  /** One line for the README's rule list. */
  description: string;
  severity: DefaultSeverity;
  fixable?: boolean;
}

/** What a per-file rule sees: one meeting, as parsed and modelled. */
export interface FileContext {
  path: string;
  source: string;
  tree: Root;
  meeting: Meeting;
  config: Config;
  loc: Locator;
  /** Findings of the front-matter schema walk; schema rules pick theirs by kind. */
  schemaProblems: readonly Problem[];
  /**
   * Whether a file exists at a path (the minutes file's folder joined with a relative link), when
   * the caller can tell: the CLI can, a pure in-memory run cannot, and link-broken is then silent.
   */
  exists?: (path: string) => boolean;
  /**
   * The ids of every registered rule, for the rule that checks the names written in disable
   * comments: handed in by the runner so that no rule imports the registry that lists it.
   */
  ruleIds: ReadonlySet<string>;
  /**
   * Earlier versions of the file, newest first, when the caller can read them (the CLI, from
   * git): approved-changed finds the approved one among them to name the line that changed.
   */
  history?: (path: string) => Iterable<string>;
  report(place: Span | Point, message: string, options?: ReportOptions): void;
}

export interface FileRule extends RuleMeta {
  scope: 'file';
  check(ctx: FileContext): void;
}

/**
 * What a series rule sees: one resolved series (its meetings in series order, its configuration
 * and its action register; see series/resolve.ts).
 */
export interface SeriesContext extends ResolvedSeries {
  /** Reports in the file of `options.path` (required for series findings). */
  report(place: Span | Point, message: string, options: ReportOptions & { path: string }): void;
}

export interface SeriesRule extends RuleMeta {
  scope: 'series';
  check(ctx: SeriesContext): void;
}

/**
 * Findings made while reading the source, before there is a model (encoding, front matter fences,
 * YAML syntax). The reader reports them under the rule's id; the rule file holds the metadata.
 */
export interface SourceRule extends RuleMeta {
  scope: 'source';
}

export type Rule = SourceRule | FileRule | SeriesRule;
