/**
 * Every hand list `npm run corpus` scores against, and the judged findings of the first-sight
 * run. scripts/corpus.mjs imports this module (and score.ts through it).
 */
import { JUDGED as JUDGED_TUNING } from './judged.js';
import { JUDGED_HELD_BACK } from './judged-held-back.js';
import { REAL_COMMITTEES } from './real.js';
import type { RefCommittee } from './types.js';
import { RUST } from './wild-01-rust.js';
import { OPENJS } from './wild-02-openjs.js';
import { WASM } from './wild-03-webassembly.js';
import { WEST_DEREHAM } from './wild-04-west-dereham.js';
import { UWCS } from './wild-05-uwcs.js';

export const COMMITTEES: RefCommittee[] = [...REAL_COMMITTEES, RUST, OPENJS, WASM, WEST_DEREHAM, UWCS];
export const JUDGED = [...JUDGED_TUNING, ...JUDGED_HELD_BACK];
export * from './score.js';
