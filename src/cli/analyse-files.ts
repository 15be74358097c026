/**
 * The per-file step of a folder `check` or `build` (core/check.ts, analyseForCheck), in this
 * thread or, for a run of many meetings, on worker threads (`--threads`). The series step stays
 * with the caller, on the main thread (core/check.ts, seriesStep).
 *
 * The seam for a result cache: give this only the sources that must be analysed; analyses served
 * from elsewhere never reach the workers. The answer keeps the inputs' order, and is the same, to
 * the byte of every report, whichever number of threads analysed it (test/threads.test.ts).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/types.js';
import type { Analysis, SourceInput } from '../core/analyse.js';
import { receiveAnalysis } from '../core/analysis-transfer.js';
import { analysisOf, fileResultOf } from '../core/file-result.js';
import { analyseForCheck } from '../core/check.js';
import { plainCopy } from '../core/plain-copy.js';
import type { AnalyseTask } from './analyse-worker.js';
import { gitHistory } from './git-history.js';

export interface AnalyseFilesOptions {
  configFor: (path: string) => Config;
  /** `--threads`: how many threads analyse; undefined picks defaultThreads(inputs.length). */
  threads?: number;
  /** Drop each syntax tree after the file's rules (`check`); `build` keeps them for its outputs. */
  release: boolean;
  /** Read earlier versions from git for approved-changed (as `check` does; `build` does not). */
  history: boolean;
  /**
   * Keep of each file only its findings and the facts the series step reads (core/file-result.ts),
   * dropping the source, the locator and the model as soon as its rules have run: the memory of a
   * large check stays flat per file. For a check without `--fix` (which rewrites from the source).
   */
  slim?: boolean;
  /** Told as files are analysed, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Files a batch sent to a worker holds: enough to outweigh a message, few enough to share out evenly. */
export const BATCH = 20;
/**
 * Below this many files a run stays on one thread: starting a worker (loading the bundle again,
 * compiling the parser cold) costs about what analysing a few dozen meetings does.
 */
export const MIN_FILES_FOR_THREADS = 60;
/**
 * Whether a large run uses every core unless told (`--threads`). Not yet: on the 2-core machine
 * the bench runs on, shared with other work, two threads were no gain over one (1,000 meetings,
 * main thread plus one worker: 1.33× the wall time, 1.05× the CPU, 318 against 256 MB peak, load
 * about 9; docs/performance.md), the worker's parser warming up, its heap and the copying of its
 * answers costing more than a second core gives back while other processes hold the cores.
 */
export const THREADS_BY_DEFAULT = false;

/** One thread for small runs, and unless THREADS_BY_DEFAULT; else one per core, at most one per two batches. */
export function defaultThreads(files: number, cores = availableParallelism()): number {
  if (!THREADS_BY_DEFAULT || files < MIN_FILES_FOR_THREADS) return 1;
  return Math.max(1, Math.min(cores, Math.floor(files / (2 * BATCH))));
}

// The bundle's own folder (dist/): the workers load dist/worker.cjs beside dist/cli.cjs.
const WORKER = fileURLToPath(new URL('./worker.cjs', import.meta.url));

export async function analyseFiles(inputs: SourceInput[], o: AnalyseFilesOptions): Promise<Analysis[]> {
  const threads = o.threads ?? defaultThreads(inputs.length);
  // Run from the sources (tests in-process) there is no bundled worker: this thread does the work.
  if (threads <= 1 || inputs.length < 2 || !existsSync(WORKER)) return inThisThread(inputs, o);
  const { startPool } = await import('./worker-pool.js');
  // This thread is one of the N: it analyses batches too, between handing the workers theirs. A
  // pool of N workers beside an idle main thread paid one more parser warming up, one more heap
  // and the copying of every result, for a core the main thread left unused anyway.
  const workers = threads - 1;
  const pool = startPool(WORKER, workers);
  try {
    const batches: SourceInput[][] = [];
    for (let start = 0; start < inputs.length; start += BATCH) batches.push(inputs.slice(start, start + BATCH));
    const results: Analysis[][] = new Array(batches.length);
    let next = 0;
    let done = 0;
    const finished = (b: number, analyses: Analysis[]) => {
      results[b] = analyses;
      done += analyses.length;
      o.onProgress?.(done, inputs.length);
    };
    o.onProgress?.(0, inputs.length);
    // Each worker keeps one batch queued behind the one it runs, so that it never waits for this
    // thread to come back from a batch of its own to be given more.
    const feed = async (): Promise<void> => {
      while (next < batches.length) {
        const b = next++;
        const batch = batches[b]!;
        const answers = await pool.run(task(batch, o));
        finished(b, answers.map((answer, k) => ('result' in answer ? analysisOf(batch[k]!.path, answer.result) : receiveAnalysis(answer.sent))));
      }
    };
    const feeding = Promise.all(Array.from({ length: 2 * workers }, () => feed()));
    // Awaited below; caught here too, so that a worker's failure while this thread still works is not reported as unhandled.
    feeding.catch(() => undefined);
    // This thread's share: a batch at a time, yielding between them so that answers are taken in
    // and the workers given their next batch.
    while (next < batches.length) {
      const b = next++;
      finished(b, inThisThread(batches[b]!, { ...o, onProgress: undefined }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await feeding;
    return results.flat();
  } finally {
    await pool.close();
  }
}

function inThisThread(inputs: SourceInput[], o: AnalyseFilesOptions): Analysis[] {
  const options = { exists: existsSync, release: o.release, ...(o.history ? { history: gitHistory } : {}) };
  const out = inputs.map((input, k) => {
    o.onProgress?.(k, inputs.length);
    const a = analyseForCheck(input, o.configFor(input.path), options);
    // A copy, as a worker's answer is: the result's strings (names, action texts, spans' neighbours)
    // are otherwise slices of the file's text and keep all of it alive until the run ends.
    return o.slim ? analysisOf(input.path, plainCopy(fileResultOf(a))) : a;
  });
  o.onProgress?.(inputs.length, inputs.length);
  return out;
}

/** A batch with each configuration once (the lookup answers one object per configuration file). */
function task(batch: SourceInput[], o: AnalyseFilesOptions): AnalyseTask {
  const configs: Config[] = [];
  const index = new Map<Config, number>();
  const configOf = batch.map((input) => {
    const c = o.configFor(input.path);
    let i = index.get(c);
    if (i === undefined) index.set(c, (i = configs.push(c) - 1));
    return i;
  });
  return { inputs: batch, configs, configOf, release: o.release, history: o.history, slim: o.slim === true };
}
