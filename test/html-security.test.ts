import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchChromium, visit } from './helpers/chromium.js';
import { ROOT, runCli } from './helpers/cli.js';
import { requirePrograms } from './helpers/programs.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'html', 'series');

/** Minutes whose text, names and updates try every way into the page. */
function hostileMinutes(): string {
  const src = readFileSync(join(FIXTURE, '2024-03-14-hob-12.md'), 'utf8');
  return src
    .replace('venue: Pier House, Room 3', 'venue: "<script>alert(\'venue\')</script>"')
    .replace('    - Rafael Okonkwo', '    - "Rafael <img src=x onerror=alert(\'name\')> {{constructor.constructor}}"')
    .replace(
      '    update: Tug Services asked for more time to include February.',
      "    update: |\n      <script>alert('update')</script> [update](javascript:alert('u')) {{#each this}}x{{/each}}",
    )
    .replace(
      'There was no other business and the Chair closed the meeting.',
      [
        'There was no other business <script>alert("inline")</script> and the Chair closed the meeting.',
        '',
        '<script>alert("block")</script>',
        '',
        '<img src="x" onerror="alert(\'img\')">',
        '',
        'See [the portal](javascript:alert(1)), [again](JaVaScRiPt:alert(2)), [tabbed](java\tscript:alert(3)), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==) and [a safe one](https://example.org/ok).',
        '',
        'Template syntax stays text: {{titleBlock.title}} {{> banner}} {{{raw}}} and `{{code}}`.',
        '',
        '![tracker](https://example.org/pixel.png)',
      ].join('\n'),
    );
}

function buildHostile(): { html: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mb-hostile-'));
  writeFileSync(join(dir, '.minutebook.yaml'), readFileSync(join(FIXTURE, '.minutebook.yaml')));
  writeFileSync(join(dir, 'hostile.md'), hostileMinutes());
  // Raw HTML in Markdown may be reported by a rule one day; --force keeps this test about rendering.
  const r = runCli(['build', join(dir, 'hostile.md'), '--force']);
  const file = join(dir, 'hostile.html');
  expect(r.stderr).not.toMatch(/internal error|template error/);
  return { html: readFileSync(file, 'utf8'), file };
}

describe('nothing from the minutes is live in the HTML', () => {
  it('escapes scripts, event handlers and template syntax; refuses unsafe link targets', () => {
    const { html } = buildHostile();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript)/i);
    expect(html).not.toMatch(/href="java\s*script/i);
    // The words are kept as text.
    expect(html).toContain('&lt;script&gt;alert(&#x27;venue&#x27;)&lt;/script&gt;');
    expect(html).toContain('Rafael &lt;img src&#x3D;x onerror&#x3D;alert(&#x27;name&#x27;)&gt; {{constructor.constructor}}');
    expect(html).toContain('&lt;script&gt;alert(&quot;inline&quot;)&lt;/script&gt;');
    expect(html).toContain('<span class="link-removed">the portal</span>');
    expect(html).toContain('<a href="https://example.org/ok">a safe one</a>');
    // Markdown text is never a template: it comes out as written.
    expect(html).toContain('Template syntax stays text: {{titleBlock.title}} {{&gt; banner}} {{{raw}}} and <code>{{code}}</code>.');
    expect(html).toContain('{{#each this}}x{{/each}}');
    // Images are not fetched: the alternative text stands in.
    expect(html).not.toContain('src="https://example.org/pixel.png"');
  });

  const programs = requirePrograms('chromium');
  it.skipIf(!programs.ok)('runs no script and opens no dialog in Chromium', async () => {
    const { file } = buildHostile();
    const browser = await launchChromium();
    try {
      const v = await visit(
        browser,
        file,
        undefined,
        `JSON.stringify({ scripts: document.scripts.length, handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length, links: [...document.links].map((a) => a.protocol) })`,
      );
      expect(v.dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
      expect(v.requests).toEqual([pathToFileURL(file).href]);
      const seen = JSON.parse(String(v.evaluated)) as { scripts: number; handlers: number; links: string[] };
      expect(seen.scripts).toBe(0);
      expect(seen.handlers).toBe(0);
      expect(seen.links.every((p) => ['http:', 'https:', 'mailto:', 'file:'].includes(p))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
