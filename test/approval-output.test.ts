/**
 * The signed record (docs/lifecycle.md): approved minutes carry "Approved as a correct record at
 * the meeting of …", as presented or with the amendments listed, and the chair's signature block,
 * in the view model, the HTML and the DOCX (validated, and read back through LibreOffice's PDF);
 * minutes that are not approved carry neither, and "Draft" only when their status says draft.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinTemplatesDir, readTemplateFolder } from '../src/cli/read-templates.js';
import { writeApproval } from '../src/core/approve.js';
import { buildViewModel } from '../src/render/view-model.js';
import { wordingOf } from '../src/render/wording.js';
import { approvalMeetingText } from './helpers/approval-series.js';
import { runCli } from './helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';
import { checkSources } from './helpers/rule-tester.js';
import { CONFIG } from './helpers/series.js';

const work = mkdtempSync(join(tmpdir(), 'minutebook-signed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const draft = (front = '') => approvalMeetingText({ n: 2, date: '2024-02-14', minutes: 'The minutes of the meeting held on 10 January were approved as a correct record.', front });
const amendment = { text: 'In item 2, for "north quay" read "south quay".' };

function view(code: string) {
  const checked = checkSources({ config: CONFIG, code });
  expect(checked.lines).toEqual([]);
  return buildViewModel(checked.analyses[0]!.meeting!, checked.config, wordingOf(readTemplateFolder(builtinTemplatesDir())));
}

describe('the record of approval in the view model', () => {
  it('as presented, with the chair to sign', () => {
    const v = view(writeApproval(draft('status: final\n'), { by: '3', date: '2024-03-13', amendments: [] }));
    expect(v.titleBlock.statusText).toBe('Approved Minutes');
    expect(v.approval).toEqual({
      text: 'Approved as a correct record at the meeting of 13 March 2024, as presented.',
      date: { iso: '2024-03-13', long: '13 March 2024', short: '13/03/2024' },
      amendments: [],
      signature: { signed: 'Signed', chair: 'Chair', chairName: 'Ada Fenwick', date: 'Date' },
    });
  });

  it('with the amendments listed', () => {
    const v = view(writeApproval(draft(), { by: '3', date: '2024-03-13', amendments: [amendment, { text: 'x', was: 'a', now: 'b' }] }));
    expect(v.approval?.text).toBe('Approved as a correct record at the meeting of 13 March 2024, with the following amendments:');
    expect(v.approval?.amendments).toEqual([{ number: 1, text: amendment.text }, { number: 2, text: 'x' }]);
  });

  it('approved without a date known: the undated sentence', () => {
    expect(view(draft('status: approved\n')).approval?.text).toBe('Approved as a correct record.');
  });

  it('no signature block of its own when the minutes end with one', () => {
    const signed = writeApproval(`${draft()}\nSigned: ______________ (Chair)\n`, { by: '3', date: '2024-03-13', amendments: [] });
    expect(view(signed).approval?.signature).toBeUndefined();
  });

  it('none on minutes that are not approved; "Draft" only on a draft', () => {
    expect(view(draft('status: final\n')).approval).toBeUndefined();
    expect(view(draft('status: final\n')).titleBlock.statusText).toBe('Minutes');
    expect(view(draft('status: draft\n')).titleBlock.statusText).toBe('Draft Minutes');
  });
});

describe('the record of approval in the documents', () => {
  const file = join(work, '2024-02-14-hwc-2.md');
  writeFileSync(join(work, '.minutebook.yaml'), CONFIG);
  writeFileSync(file, writeApproval(draft(), { by: '3', date: '2024-03-13', amendments: [amendment] }));
  const built = () => {
    const r = runCli(['build', file, '--format', 'html,docx', '--out', join(work, 'out')], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    return { html: readFileSync(join(work, 'out', '2024-02-14-hwc-2.html'), 'utf8'), docx: join(work, 'out', '2024-02-14-hwc-2.docx') };
  };

  it('HTML and DOCX carry the sentence, the amendments and the signature block', () => {
    const { html, docx } = built();
    expect(html).toContain('<p class="approval">Approved as a correct record at the meeting of 13 March 2024, with the following amendments:</p>');
    expect(html).toContain('<li>In item 2, for &quot;north quay&quot; read &quot;south quay&quot;.</li>');
    expect(html).toContain('<p class="signature">Chair: Ada Fenwick</p>');
    expect(html).not.toContain('Draft');
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
    expect(xml).toContain('Approved as a correct record at the meeting of 13 March 2024, with the following amendments:');
    expect(xml).toContain('1. In item 2, for &quot;north quay&quot; read &quot;south quay&quot;.');
    expect(xml).toContain('Chair: Ada Fenwick');
  });

  it('the DOCX is valid and LibreOffice shows the record', (ctx) => {
    skipUnless(ctx, requirePrograms('soffice', 'pdftotext'), requireValidateDocx());
    const { docx } = built();
    const v = spawnSync(validateDocxPath(), [docx], { encoding: 'utf8', timeout: 120_000 });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const profile = join(work, 'lo-profile');
    spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { encoding: 'utf8', timeout: 180_000 });
    const text = spawnSync('pdftotext', [join(work, '2024-02-14-hwc-2.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Approved as a correct record at the meeting of 13 March 2024, with the following amendments:');
    expect(text).toContain('Chair: Ada Fenwick');
    expect(text).toContain('Approved Minutes');
    expect(text).not.toContain('Draft');
  }, 300_000);
});
