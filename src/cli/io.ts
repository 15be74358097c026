import { InvalidArgumentError } from 'commander';

export const out = (s: string) => void process.stdout.write(s.endsWith('\n') ? s : s + '\n');
export const err = (s: string) => void process.stderr.write(s + '\n');

/**
 * Colour only for a terminal; never with --no-color or NO_COLOR (https://no-color.org); FORCE_COLOR
 * turns it on for a pipe (CI logs that show colour), and FORCE_COLOR=0 (or false) turns it off.
 */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force === '0' || force?.toLowerCase() === 'false') return false;
  if (force !== undefined && force !== '') return true;
  return stream.isTTY === true;
}

export const wholeNumber = (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
};

/** `--threads N`: at least one. */
export const threadCount = (v: string) => {
  const n = wholeNumber(v);
  if (n < 1) throw new InvalidArgumentError('expected a number of threads, 1 or more');
  return n;
};

/** Columns of the terminal a table goes to, so that its last column fits; piped, nothing is cut. */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return stream.isTTY && stream.columns > 60 ? stream.columns : Infinity;
}
