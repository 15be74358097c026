/**
 * Every hand list `npm run corpus` scores against, and the judged findings of the first-sight
 * run. scripts/corpus.mjs imports this module (and score.ts through it).
 */
import { JUDGED } from './judged.js';
import { REAL_COMMITTEES } from './real.js';
import type { RefCommittee } from './types.js';
import { RUST } from './wild-01-rust.js';
import { WASM } from './wild-03-webassembly.js';
import { UWCS } from './wild-05-uwcs.js';

export const COMMITTEES: RefCommittee[] = [...REAL_COMMITTEES, RUST, WASM, UWCS];
export { JUDGED };
export * from './score.js';
