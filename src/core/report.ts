import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Config, Severity } from '../config/types.js';
import type { Point, Span } from '../model/types.js';
import { ruleUrl } from '../rules/docs-url.js';
import type { Fix, RuleMeta } from '../rules/types.js';

export interface Finding extends VFileMessage {
  fix?: Fix;
}

export function severityOf(rule: RuleMeta, config: Config): Severity {
  return config.rules[rule.id] ?? rule.severity;
}

/**
 * Adds a finding to a file as a vfile message: `fatal` true for errors, false for warnings, as
 * vfile-reporter and unified-engine read them.
 */
export function addFinding(file: VFile, rule: RuleMeta, config: Config, place: Span | Point, reason: string, fix?: Fix): Finding | undefined {
  const severity = severityOf(rule, config);
  if (severity === 'off') return undefined;
  const message = file.message(reason, { place, ruleId: rule.id, source: 'minutebook' }) as Finding;
  message.fatal = severity === 'error';
  message.url = ruleUrl(rule.id);
  if (fix) message.fix = fix;
  return message;
}

export function newFile(path: string, value?: string): VFile {
  return new VFile(value === undefined ? { path } : { path, value });
}
