/**
 * SARIF 2.1.0 (OASIS), the format code-scanning services and editors' SARIF viewers read: one run
 * of one tool, its rules described once and each finding pointing at a file region.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { ruleUrl } from '../rules/docs-url.js';
import { rules } from '../rules/index.js';
import { VERSION } from './version.js';
import { escapeJson } from './report-escape.js';
import { endOf, severityOfMessage } from './report-fields.js';

const SRCROOT = '%SRCROOT%';

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function sarifReport(files: VFile[]): string {
  const known = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) =>
    f.messages.map((m) => {
      const end = endOf(m);
      const region = m.line
        ? { startLine: m.line, startColumn: m.column ?? 1, ...(end ? { endLine: end.line, endColumn: end.column } : {}) }
        : undefined;
      const index = m.ruleId ? known.get(m.ruleId) : undefined;
      return {
        ruleId: m.ruleId ?? 'minutebook',
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: severityOfMessage(m),
        message: { text: m.reason },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path), ...(region ? { region } : {}) } }],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'minutebook',
            semanticVersion: VERSION,
            informationUri: 'https://github.com/minutebook/minutebook',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: ruleUrl(r.id),
              defaultConfiguration: { level: r.severity === 'warn' ? 'warning' : 'error' },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(process.cwd()).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return escapeJson(JSON.stringify(log, null, 2)) + '\n';
}
