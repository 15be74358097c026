/** Asset key under which the CLI passes the bytes of the reference document to the DOCX renderer. */
export const REFERENCE_ASSET = 'reference-docx';
