/**
 * The zip package of a Word document: which parts it has, and a clear reason when the bytes are
 * not a readable .docx (another format, an encrypted file, a damaged archive). fflate reads the
 * zip; only the few XML parts mammoth does not read are looked at here.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

export class NotWordError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: Word 97-2003 (.doc) or an encrypted .docx (Office wraps those in OLE).
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export interface WordPackage {
  files: Unzipped;
  text(name: string): string | undefined;
}

export function openPackage(bytes: Uint8Array): WordPackage {
  if (starts(bytes, OLE)) {
    // Both are OLE; an encrypted package carries an "EncryptionInfo" stream, named in UTF-16.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw new NotWordError(encrypted ? 'the document is encrypted (password-protected): open it in Word, remove the password, save, and import again' : 'this is a Word 97-2003 .doc file, not .docx: save it as .docx in Word or LibreOffice first');
  }
  if (!starts(bytes, ZIP)) throw new NotWordError(bytes.length === 0 ? 'the file is empty' : 'not a Word document (.docx is a zip package; this file is not one)');
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new NotWordError(`the file is damaged: its zip package cannot be read (${(e as Error).message})`);
  }
  if (!files['word/document.xml']) throw new NotWordError(files['[Content_Types].xml'] ? 'a zip package without word/document.xml: an Office file, but not a Word document' : 'a zip archive, not a Word document');
  return {
    files,
    text(name) {
      const f = files[name];
      return f ? strFromU8(f) : undefined;
    },
  };
}

/** The package again with some parts replaced, stored without compression (mammoth reads it at once). */
export function repack(pkg: WordPackage, replaced: Record<string, string>): Uint8Array {
  const files: Unzipped = { ...pkg.files };
  for (const [name, text] of Object.entries(replaced)) files[name] = strToU8(text);
  return zipSync(files, { level: 0 });
}
