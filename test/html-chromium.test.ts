import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, visit } from './helpers/chromium.js';
import { buildExamples } from './helpers/html-build.js';
import { requirePrograms } from './helpers/programs.js';

const programs = requirePrograms('chromium');

describe.skipIf(!programs.ok)('the HTML in headless Chromium', () => {
  let browser: Browser;
  let built: ReturnType<typeof buildExamples>;
  beforeAll(async () => {
    built = buildExamples();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads every example with no console error, no failed or outside request, and screenshots it', async () => {
    expect(built.code, built.stderr).toBe(0);
    const shots = mkdtempSync(join(tmpdir(), 'mb-shots-'));
    for (const m of built.meetings) {
      const png = join(shots, basename(m.html, '.html') + '.png');
      const v = await visit(browser, m.html, png, 'document.title');
      expect(v.problems, m.html).toEqual([]);
      expect(v.failed, m.html).toEqual([]);
      expect(v.requests, m.html).toEqual([pathToFileURL(m.html).href]);
      expect(v.evaluated).toMatch(/meeting/i);
      expect(existsSync(png) && statSync(png).size > 10_000, png).toBe(true);
    }
  });
});
