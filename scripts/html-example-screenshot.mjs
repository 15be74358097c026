// Regenerates docs/html-example.png: the first screen (one A4 page wide) of an example meeting's
// HTML, as headless Chromium shows it. Run after `npm run build`:
//   node scripts/html-example-screenshot.mjs [examples/dxog/<file>.md]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const source = process.argv[2] ?? join('examples', 'dxog', readdirSync('examples/dxog').filter((f) => f.endsWith('.md')).sort()[1]);
const out = mkdtempSync(join(tmpdir(), 'mb-example-'));
const r = spawnSync(process.execPath, ['bin/minutebook.js', 'build', source, '--out', out], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const html = join(out, basename(source, '.md') + '.html');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 900, height: 1240 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
await page.screenshot({ path: 'docs/html-example.png' });
await browser.close();
console.log(`docs/html-example.png from ${source}`);
