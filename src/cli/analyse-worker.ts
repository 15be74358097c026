/**
 * The worker threads' side of cli/analyse-files.ts, bundled on its own as dist/worker.cjs: the
 * per-file step of `check` (core/check.ts, analyseForCheck) on a batch of sources, each with its
 * configuration, answered as plain data (core/analysis-transfer.ts).
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config/types.js';
import type { SourceInput } from '../core/analyse.js';
import { sendAnalysis, type SentAnalysis } from '../core/analysis-transfer.js';
import { analyseForCheck } from '../core/check.js';
import { fileResultOf, type FileResult } from '../core/file-result.js';
import { gitHistory } from './git-history.js';
import { memoise } from '../util/memo.js';

export interface AnalyseTask {
  inputs: SourceInput[];
  /** The configurations of the batch, each once; `configOf[i]` is the index of input i's. */
  configs: Config[];
  configOf: number[];
  /** Drop the syntax tree after the per-file rules (check's reports; build keeps it for outputs). */
  release: boolean;
  /** Read earlier versions from git for approved-changed (`check` does, `build` does not). */
  history: boolean;
  /** Answer with the file's result only (core/file-result.ts): what a check without --fix keeps. */
  slim: boolean;
}

// The same configuration arrives as a new copy with every batch; the model keeps what it derives
// from one (its vocabulary) per object, so each worker keeps one object per configuration: the one
// read back from its text (a configuration is plain data, which is why its text can be the key).
const configOfText = memoise((text: string): Config => JSON.parse(text) as Config, 64);
const sameConfig = (c: Config): Config => configOfText(JSON.stringify(c));

/** A file's analysis as it goes back: whole but for its tree (build), or its findings and series facts only (check). */
export type WorkerAnswer = { sent: SentAnalysis } | { result: FileResult };

export default function analyseBatch(task: AnalyseTask): WorkerAnswer[] {
  const configs = task.configs.map(sameConfig);
  return task.inputs.map((input, i) => {
    const a = analyseForCheck(input, configs[task.configOf[i]!]!, { exists: existsSync, release: task.release, ...(task.history ? { history: gitHistory } : {}) });
    return task.slim ? { result: fileResultOf(a) } : { sent: sendAnalysis(a) };
  });
}
