import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download), quiet and offline. */
export async function launchChromium(): Promise<Browser> {
  // playwright gives each launch a fresh temporary profile (it rejects --user-data-dir in args).
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PageVisit {
  /** Console errors and warnings, uncaught page errors, dialogs opened. */
  problems: string[];
  /** Every request the page made, the document itself included. */
  requests: string[];
  failed: string[];
  dialogs: string[];
}

/** Opens a file, records what happened, optionally saves an A4-wide screenshot. */
export async function visit(browser: Browser, file: string, screenshot?: string, evaluate?: string): Promise<PageVisit & { evaluated?: unknown }> {
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  const v: PageVisit & { evaluated?: unknown } = { problems: [], requests: [], failed: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') v.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => v.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => v.requests.push(r.url()));
  page.on('requestfailed', (r) => v.failed.push(r.url()));
  page.on('dialog', (d) => {
    v.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  if (screenshot) await page.screenshot({ path: screenshot });
  if (evaluate) v.evaluated = await page.evaluate(evaluate);
  await page.close();
  return v;
}
