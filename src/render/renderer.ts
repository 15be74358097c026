/**
 * What a renderer is and what it is given: templates as data, binary assets, the view model. The
 * renderers import these types from here, and the registry (registry.ts) imports the renderers,
 * so that neither imports the other's importer.
 */
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import type { ViewModel } from './view-model-types.js';

/** One template as read by the CLI: its text and where it came from (for error messages). */
export interface TemplateSource {
  text: string;
  /** The file it was read from, shown in template errors. */
  path: string;
}

/**
 * Templates as data, keyed by their path under a templates folder without the extension:
 * `html/minutes`, `html/partials/banner`. The CLI reads the built-in folder and overlays the
 * user's folder file by file; the core never reads files.
 */
export type TemplateSet = Readonly<Record<string, TemplateSource>>;

export interface RendererOptions {
  templates: TemplateSet;
  /** The built-in templates, which a user's are compared with and filled from (default: `templates`). */
  builtInTemplates?: TemplateSet;
  /** Binary inputs a renderer may need (a reference DOCX…), read by the CLI, keyed by name. */
  assets?: Readonly<Record<string, Uint8Array>>;
}

/** An earlier version of the same minutes, to be shown as tracked changes against the present one. */
export interface ChangesInput {
  /** The earlier version's view model, built as the present one's is. */
  old: ViewModel;
  /** Who made the changes, for the revisions (`w:author`). */
  author: string;
  /** When, as `xsd:dateTime` in UTC (`2026-03-16T18:30:00Z`), for the revisions (`w:date`). */
  date: string;
}

export interface RenderInput {
  view: ViewModel;
  meeting: Meeting;
  config: Config;
  /** Show what changed since this version. */
  changes?: ChangesInput;
}

export interface Renderer {
  /** File extension of the output, without the dot. */
  extension: string;
  render(input: RenderInput): Promise<Uint8Array> | Uint8Array;
}

export interface RendererModule {
  /** Prepares a renderer once per template set (compiling templates), then renders many meetings. */
  createRenderer(options: RendererOptions): Promise<Renderer> | Renderer;
}
