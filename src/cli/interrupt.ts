import { removeTemporaryFiles } from './write-atomic.js';

/**
 * Ctrl-C (SIGINT) and SIGTERM end the run the way shells expect (exit 128 + the signal's number:
 * 130, 143) and leave no temporary file of a write behind. Writes are synchronous, so the handler
 * runs between them, never half-way through one; without a handler Node would die on the spot.
 */
export function exitCleanlyOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    // `on`, not `once`: a second Ctrl-C while exiting must not find the default action (sudden death) again.
    process.on(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
  }
}
