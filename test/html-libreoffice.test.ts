import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { banner } from '../src/render/view-model.js';
import { buildExamples } from './helpers/html-build.js';
import { STATUS_TEXT, longDate, minutesFacts, shortDate } from './helpers/minutes-facts.js';
import { requirePrograms } from './helpers/programs.js';

const programs = requirePrograms('soffice', 'pdftotext');

/** The text a reader of the PDF sees, with line breaks and runs of spaces made single spaces. */
function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

describe.skipIf(!programs.ok)('the HTML opens in LibreOffice as a laid-out document', () => {
  let meetings: Array<{ source: string; html: string; pdf: string }> = [];
  beforeAll(() => {
    const built = buildExamples();
    expect(built.code, built.stderr).toBe(0);
    const pdfDir = mkdtempSync(join(tmpdir(), 'mb-pdf-'));
    // A profile of its own, so that parallel runs never meet on LibreOffice's profile lock.
    const profile = mkdtempSync(join(tmpdir(), 'mb-lo-profile-'));
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf', '--outdir', pdfDir, ...built.meetings.map((m) => m.html)],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    meetings = built.meetings.map((m) => ({ ...m, pdf: join(pdfDir, basename(m.html, '.html') + '.pdf') }));
  }, 300_000);

  it('converts every example meeting to PDF', () => {
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(existsSync(m.pdf), m.pdf).toBe(true);
  });

  it('shows every person, every action ID and every agenda title in order', () => {
    for (const m of meetings) {
      const text = pdfText(m.pdf);
      const f = minutesFacts(m.source);
      for (const p of f.people) expect(text, `${basename(m.source)}: ${p}`).toContain(p);
      for (const id of f.actionIds) expect(text, `${basename(m.source)}: ${id}`).toContain(id);
      let at = 0;
      for (const t of f.agendaTitles) {
        const i = text.indexOf(t, at);
        expect(i, `${basename(m.source)}: agenda title "${t}" in order`).toBeGreaterThan(-1);
        at = i + t.length;
      }
    }
  });

  it('shows the banner, the status and the dates as specified', () => {
    for (const m of meetings) {
      const text = pdfText(m.pdf);
      const f = minutesFacts(m.source);
      expect(text).toContain(longDate(f.date));
      expect(text).toContain(STATUS_TEXT[f.status]!);
      for (const d of f.reviewDates) expect(text).toContain(shortDate(d));
      if (f.classification) {
        const b = banner(f.classification);
        expect(text).toContain(`This document is classified as ${b.label}.`);
        if (b.text) expect(text).toContain(b.text);
      }
      // The running footer, with LibreOffice's page fields, is on every page.
      const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
      expect(pages, 'Page 1 of N').toBeGreaterThan(0);
      for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    }
  });
});
