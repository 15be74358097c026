/**
 * The worker threads of a large check or build (cli/analyse-files.ts), kept by piscina. Loaded only
 * when a run uses threads: piscina stays in node_modules, required here and nowhere else, and its
 * workers load the bundled dist/worker.cjs (cli/analyse-worker.ts).
 */
import { Piscina } from 'piscina';
import type { AnalyseTask, WorkerAnswer } from './analyse-worker.js';

export interface AnalysePool {
  run(task: AnalyseTask): Promise<WorkerAnswer[]>;
  close(): Promise<void>;
}

export function startPool(workerFile: string, threads: number): AnalysePool {
  // analyse-files.ts hands out the batches as threads finish theirs, the main thread taking its share.
  const pool = new Piscina<AnalyseTask, WorkerAnswer[]>({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
