/** Fictional minutes built around a front matter and a body, analysed in-process. */
import { analyse } from '../../src/core/analyse.js';
import { builtinTemplatesDir, readTemplateFolder } from '../../src/cli/read-templates.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { buildViewModel } from '../../src/render/view-model.js';
import { wordingOf } from '../../src/render/wording.js';

export function meetingOf(frontMatter: string, body: string, config: Config = defaultConfig()) {
  const source = `---\ncommittee: Fernbrook Parish Council\ncode: FPC\nmeeting: 7\ndate: 2026-03-10\n${frontMatter.trim()}\n---\n\n${body}`;
  const a = analyse({ path: 'minutes.md', contents: source }, config);
  return { meeting: a.meeting!, messages: a.file.messages };
}

/** The view model of a meeting with the built-in wording. */
export function viewOf(meeting: ReturnType<typeof meetingOf>['meeting'], config: Config = defaultConfig()) {
  return buildViewModel(meeting, config, wordingOf(readTemplateFolder(builtinTemplatesDir())));
}
