import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../config/types.js';
import { REFERENCE_ASSET } from '../../render/docx/asset-names.js';
import { readReferenceDoc, ReferenceDocError } from '../../render/docx/reference-doc.js';
import { displayPath } from '../discover.js';
import { UserError } from '../errors.js';

const cache = new Map<string, Readonly<Record<string, Uint8Array>>>();

/**
 * The reference document for the DOCX renderer: `--reference-doc` (relative to the working
 * folder) or config `reference_docx` (relative to the configuration file). Read once per path and
 * checked here, so that a wrong file is one clear line before anything is rendered.
 */
export function referenceDocAssets(flag: string | undefined, config: Config): Readonly<Record<string, Uint8Array>> | undefined {
  const path = flag !== undefined ? resolve(flag) : config.referenceDocx !== undefined ? resolve(config.base ?? config.root ?? '.', config.referenceDocx) : undefined;
  if (path === undefined) return undefined;
  const hit = cache.get(path);
  if (hit) return hit;
  const from = flag !== undefined ? '--reference-doc' : `reference_docx in ${config.path ? displayPath(config.path) : 'the configuration'}`;
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    bytes = readFileSync(path);
  } catch {
    throw new UserError(`${displayPath(path)}: cannot read the reference document (${from})`);
  }
  try {
    readReferenceDoc(bytes, displayPath(path));
  } catch (e) {
    if (e instanceof ReferenceDocError) throw new UserError(`${e.message} (${from})`);
    throw e;
  }
  const assets = { [REFERENCE_ASSET]: bytes };
  cache.set(path, assets);
  return assets;
}
