/**
 * The Word importer (mammoth, the unified ecosystem: about a megabyte) is a bundle of its own,
 * dist/import.cjs, so that `check` and the other commands never read or hash it; scripts/bundle.mjs
 * replaces this module's body with a require of that file. Run from the sources, it is an import.
 */
export function loadImporter(): Promise<typeof import('../import/convert.js')> {
  return import('../import/convert.js');
}
