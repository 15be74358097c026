/**
 * A one-line progress display for long runs: only on a terminal, never under CI (where logs keep
 * every carriage return), and only past a size where waiting is noticeable.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr, threshold = 50): Progress {
  if (!stream.isTTY || (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false')) return NONE;
  let shown = false;
  let last = -1;
  return {
    update(done, total) {
      if (total < threshold) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === last) return;
      last = pct;
      shown = true;
      stream.write(`\r${label} ${done}/${total} (${pct}%)`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
