/**
 * A malicious user template reaches only the view model and minutebook's helpers: prototype
 * access is off, so the classic Handlebars escapes print nothing and run nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildWith(template: string): { code: number; stderr: string; html?: string; marker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-templates-'));
  scratch.push(dir);
  cpSync(join(ROOT, 'examples', 'dxog'), join(dir, 'minutes'), { recursive: true });
  mkdirSync(join(dir, 'templates', 'html'), { recursive: true });
  const marker = join(dir, 'pwned');
  writeFileSync(join(dir, 'templates', 'html', 'minutes.hbs'), template.replaceAll('MARKER', JSON.stringify(marker).slice(1, -1)));
  const out = join(dir, 'out');
  const r = runCli(['build', '--force', '--format', 'html', '--templates', join(dir, 'templates'), '--out', out, join(dir, 'minutes')]);
  const file = join(out, '2026-03-16-dxog-19.html');
  return { code: r.code, stderr: r.stderr, ...(existsSync(file) ? { html: readFileSync(file, 'utf8') } : {}), marker };
}

const PAYLOAD = `process.mainModule.require('fs').writeFileSync('MARKER', 'x')`;

describe('a malicious user template', () => {
  const calls = [
    `{{constructor.constructor "${PAYLOAD}"}}`,
    `{{#with "s" as |s|}}{{#with (s.constructor.constructor "${PAYLOAD}") as |f|}}{{f}}{{/with}}{{/with}}`,
  ];
  it('gets nothing from lookup: the block around a constructor call never runs', () => {
    const r = buildWith(`<!DOCTYPE html><html><body><p id="x">[{{#with (lookup this "constructor") as |c|}}{{c.constructor "${PAYLOAD}"}}{{/with}}]</p></body></html>`);
    expect(existsSync(r.marker)).toBe(false);
    expect(r.code).toBe(0);
    expect(r.html).toContain('<p id="x">[]</p>');
  });
  for (const call of calls) {
    it(`cannot call a constructor: ${call.slice(0, 48)}…`, () => {
      const r = buildWith(`<!DOCTYPE html><html><body><p>${call}</p></body></html>`);
      expect(existsSync(r.marker)).toBe(false);
      // Handlebars sees a call of a helper that does not exist: a template error, one line, exit 2.
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^minutebook: template error: .*minutes\.hbs.*Missing helper/m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.html).toBeUndefined();
    });
  }

  it('reads nothing through __proto__, constructor or lookup: each prints empty', () => {
    const probes = ['{{lookup this "__proto__"}}', '{{#with (lookup this "constructor") as |c|}}{{c.name}}{{/with}}', '{{__proto__.constructor.name}}', '{{constructor.name}}', '{{meeting.__defineGetter__}}', '{{lookup (lookup this "constructor") "prototype"}}'];
    const r = buildWith(`<!DOCTYPE html><html><body>${probes.map((p, i) => `<p id="p${i}">[${p}]</p>`).join('\n')}</body></html>`);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.html).toBeDefined();
    probes.forEach((_, i) => expect(r.html).toContain(`<p id="p${i}">[]</p>`));
    expect(r.html).not.toMatch(/function|Object|\[native code\]/);
    expect(existsSync(r.marker)).toBe(false);
  });
});
