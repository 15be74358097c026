// `build FILE` reads the earlier meetings of its series only for what the series register holds
// (core/series-context.ts builds them `seriesOnly`): the file's HTML and DOCX must be the very
// bytes and parts the build of its whole folder writes for it.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'minutebook-one-file-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a build wrote for one meeting: the HTML as it is, a DOCX as its parts. */
function written(out: string, name: string): string {
  const file = readdirSync(out).find((f) => f.startsWith(name));
  expect(file, `${name} in ${out}`).toBeDefined();
  const bytes = readFileSync(join(out, file!));
  if (!file!.endsWith('.docx')) return bytes.toString('utf8');
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .sort()
    .map((k) => `${k}\n${strFromU8(parts[k]!)}`)
    .join('\n');
}

describe('build of one meeting of a series', () => {
  for (const format of ['html', 'docx']) {
    it(`writes the same ${format} as the build of its folder`, () => {
      const folder = join(dir, `folder-${format}`);
      const alone = join(dir, `alone-${format}`);
      expect(runCli(['build', '--force', '--format', format, '--out', folder, 'examples/dxog']).code).toBe(0);
      expect(runCli(['build', '--force', '--format', format, '--out', alone, 'examples/dxog/2026-03-16-dxog-19.md']).code).toBe(0);
      expect(written(alone, '2026-03-16-dxog-19')).toBe(written(folder, '2026-03-16-dxog-19'));
    });
  }
});
