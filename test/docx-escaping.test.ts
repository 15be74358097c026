/**
 * Text with XML's special characters reaches every part of the DOCX escaped: built in-process and
 * read back with a real XML parser (no LibreOffice, pandoc or validate-docx needed), each part
 * parses, and the text the parser reads in `w:t` is the text of the minutes, character for
 * character.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtinTemplatesDir, readTemplateFolder } from '../src/cli/read-templates.js';
import { defaultConfig } from '../src/config/types.js';
import { build } from '../src/core/build.js';

// Every character XML gives a meaning to, and the sequences that end a CDATA section or a comment;
// the Markdown entity references `&amp;` and `&#x26;` are the minutes' ampersands, read as `&`.
const NASTY = `Tom & Jerry <b>bold</b> "quoted" 'single' ]]> -- &amp; &#x26;`;
const SHOWN = `Tom & Jerry <b>bold</b> "quoted" 'single' ]]> -- & &`;

const source = `---
committee: Harbour Works Committee & Friends
code: HWC
meeting: 3
date: 2026-03-10
venue: "Pier <North> & Quay"
attendees:
  Members:
    - { name: Ada Fenwick, role: chair }
    - Bram O'Hara
---

## 1. Fees & <charges>

The Committee discussed: ${NASTY}

ACTION HWC 3/01: Bram O'Hara to publish the fees (${NASTY}).

The Committee **NOTED** the report on ${NASTY}.
`;

/** Parses XML strictly: a warning or error of the parser is a failure, with its message. */
function parseStrict(xml: string, part: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (m: string) => problems.push(`warning: ${m}`),
      error: (m: string) => problems.push(`error: ${m}`),
      fatalError: (m: string) => problems.push(`fatal: ${m}`),
    },
  });
  const doc = parser.parseFromString(xml, 'text/xml');
  expect(problems, `${part} does not parse`).toEqual([]);
  // xmldom forgives an ampersand followed by a space, which XML does not: outside a reference
  // (&amp; &lt; &#38;…), a bare & makes the part one Word refuses.
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  expect(bare && xml.slice(Math.max(0, bare.index - 40), bare.index + 40), `${part}: a bare & (not a reference)`).toBeNull();
  return doc as unknown as Document;
}

async function docxParts(): Promise<Record<string, string>> {
  const report = await build([{ path: 'hwc-3.md', contents: source }], {
    configFor: () => defaultConfig(),
    formats: ['docx'],
    templatesFor: () => readTemplateFolder(builtinTemplatesDir()),
    outputPath: (p, ext) => p.replace(/\.md$/, `.${ext}`),
  });
  const docx = report.results[0]!.outputs[0]!.bytes;
  const parts = unzipSync(docx);
  return Object.fromEntries(Object.entries(parts).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The text of each paragraph of a part, as a reader of the document sees it. */
function paragraphs(doc: Document): string[] {
  const out: string[] = [];
  const ps = doc.getElementsByTagName('w:p');
  for (let i = 0; i < ps.length; i++) {
    const ts = ps.item(i)!.getElementsByTagName('w:t');
    let text = '';
    for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? '';
    out.push(text);
  }
  return out;
}

describe('DOCX: XML escaping, read back by an XML parser', () => {
  it('every part parses, and the text of the minutes comes back character for character', async () => {
    const parts = await docxParts();
    expect(Object.keys(parts)).toContain('word/document.xml');
    for (const [name, xml] of Object.entries(parts)) parseStrict(xml, name);

    const body = paragraphs(parseStrict(parts['word/document.xml']!, 'word/document.xml'));
    expect(body).toContain(`The Committee discussed: ${SHOWN}`);
    expect(body).toContain(`ACTION HWC 3/01: Bram O'Hara to publish the fees (${SHOWN}).`);
    expect(body).toContain(`The Committee NOTED the report on ${SHOWN}.`);
    expect(body).toContain('1. Fees & <charges>');
    expect(body).toContain('Pier <North> & Quay');
    expect(body.some((p) => p.includes("Bram O'Hara"))).toBe(true);
  });
});
