/**
 * JUnit XML, the test-report format most CI servers display: one test suite per minutes file, one
 * failed test case per finding, and one passing case for a clean file so that it is counted.
 */
import type { VFile } from 'vfile';
import { escapeXml } from './report-escape.js';
import { severityOfMessage } from './report-fields.js';

export function junitReport(files: VFile[]): string {
  const total = files.reduce((n, f) => n + Math.max(1, f.messages.length), 0);
  const failures = files.reduce((n, f) => n + f.messages.length, 0);
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="minutebook" tests="${total}" failures="${failures}" errors="0">\n`;
  for (const f of files) {
    const name = escapeXml(f.path);
    out += `  <testsuite name="${name}" tests="${Math.max(1, f.messages.length)}" failures="${f.messages.length}" errors="0" skipped="0">\n`;
    if (f.messages.length === 0) out += `    <testcase classname="${name}" name="minutebook"/>\n`;
    for (const m of f.messages) {
      const where = `${m.line ?? 1}:${m.column ?? 1}`;
      const rule = escapeXml(m.ruleId ?? 'minutebook');
      const severity = severityOfMessage(m);
      out += `    <testcase classname="${name}" name="${where} ${rule}">\n`;
      out += `      <failure type="${severity}" message="${escapeXml(m.reason)}">${escapeXml(`${f.path}:${where}: ${severity} ${m.reason} [${m.ruleId ?? 'minutebook'}]`)}</failure>\n`;
      out += `    </testcase>\n`;
    }
    out += `  </testsuite>\n`;
  }
  return out + '</testsuites>\n';
}
