// What a benchmark suite gets: commands to time, a repository generator, and a table to fill.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRepository } from './generate.mjs';

/**
 * @typedef {object} Command
 * @property {string} label   how the table names it (e.g. "minutebook check")
 * @property {string} cmd     program to run (no shell)
 * @property {string[]} args
 * @property {string} [cwd]
 * @property {Record<string, string>} [env]
 * @property {number[]} [ok]  exit codes that count as a successful run (default [0])
 */

/**
 * @typedef {object} Timing
 * @property {number} wall   median wall time, ms
 * @property {number|undefined} cpu  median user+system CPU time, ms (when /usr/bin/time exists)
 * @property {number|undefined} rss  largest resident set, MB (when /usr/bin/time exists)
 * @property {number[]} samples  every wall time, ms
 */

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function haveProgram(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

const TIME = '/usr/bin/time';
const timeWrapper = existsSync(TIME);

/** Runs a command once; returns wall time and, where available, CPU time and peak memory. */
function runOnce(c, scratch) {
  const out = join(scratch, 'time.txt');
  const [cmd, args] = timeWrapper ? [TIME, ['-o', out, '-f', '%U %S %M', c.cmd, ...c.args]] : [c.cmd, c.args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: c.cwd,
    env: { ...process.env, NO_COLOR: '1', ...c.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const ok = c.ok ?? [0];
  if (r.error || !ok.includes(r.status ?? -1)) {
    const why = r.error ? r.error.message : `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
    throw new Error(`${c.label}: ${why}\n${(r.stderr || r.stdout || '').slice(0, 2000)}`);
  }
  let cpu;
  let rss;
  if (timeWrapper) {
    // GNU time may print "Command exited with non-zero status N" before the figures.
    const line = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [u, s, m] = line.split(/\s+/).map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpu = (u + s) * 1000;
    if (Number.isFinite(m)) rss = m / 1024;
  }
  return { wall, cpu, rss };
}

/**
 * Times commands side by side: one warm-up run each (file cache, lazy compilation), then `runs`
 * rounds in which the commands take turns, so that a busy machine slows them alike.
 * `o.before(command, round)`, when given, runs untimed before each timed run.
 * @param {Command[]} commands
 * @returns {Timing[]}
 */
export function timeTogether(commands, runs, o = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'minutebook-bench-'));
  try {
    for (const c of commands) {
      o.before?.(c, -1);
      runOnce(c, scratch);
    }
    const results = commands.map(() => []);
    for (let i = 0; i < runs; i++) {
      commands.forEach((c, j) => {
        // A step that is not timed, before each command's run (the `wait` suite edits a file).
        o.before?.(c, i);
        results[j].push(runOnce(c, scratch));
      });
    }
    return results.map((rs) => ({
      wall: median(rs.map((r) => r.wall)),
      cpu: rs.every((r) => r.cpu !== undefined) ? median(rs.map((r) => r.cpu)) : undefined,
      rss: rs.every((r) => r.rss !== undefined) ? Math.max(...rs.map((r) => r.rss)) : undefined,
      samples: rs.map((r) => r.wall),
    }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The object passed to each suite's `run(ctx)`.
 * @param {{ root: string, runs: number }} o
 */
export function createContext({ root, runs }) {
  const work = join(root, 'bench', '.work');
  mkdirSync(work, { recursive: true });
  /**
   * Every row, with the machine's load average (one minute) when it was measured: the figures
   * of a shared machine read differently at load 1 and at load 10.
   * @type {Array<Record<string, unknown>>}
   */
  const rows = [];
  const push = (row) => {
    row.load = loadavg()[0];
    rows.push(row);
    return row;
  };
  const ctx = {
    root,
    work,
    runs,
    rows,
    examples: join(root, 'examples'),
    haveProgram,

    /**
     * `minutebook <args>` through the real bundled CLI. Its V8 code cache lives in the scratch
     * folder: the warm-up run writes it, the timed runs use it, as a pre-commit hook's runs do.
     */
    minutebook(args, extra = {}) {
      const env = { MINUTEBOOK_CACHE_DIR: join(work, 'code-cache'), ...extra.env };
      return { label: `minutebook ${args[0] ?? ''}`.trim(), cmd: process.execPath, args: [join(root, 'bin', 'minutebook.js'), ...args], cwd: root, ...extra, env };
    },

    /** A program installed in node_modules/.bin, run with this Node (no shell, no npx start-up). */
    nodeBin(name, args, extra = {}) {
      const script = realpathSync(join(root, 'node_modules', '.bin', name));
      return { label: name, cmd: process.execPath, args: [script, ...args], cwd: root, ...extra };
    },

    /** Any program on the PATH. */
    program(name, args, extra = {}) {
      return { label: name, cmd: name, args, cwd: root, ...extra };
    },

    /** A generated repository of `count` minutes files (cached across runs), see generate.mjs. */
    repository(count) {
      return generateRepository(join(work, `repo-${count}`), count);
    },

    /**
     * Times minutebook against a competitor doing the same job and adds a row.
     * `target` is the largest acceptable ratio minutebook/competitor.
     */
    compare({ task, ours, theirs, target }) {
      const [a, b] = timeTogether([ours, theirs], runs);
      const ratio = a.wall / b.wall;
      const row = { task, ours: a, theirs: b, competitor: theirs.label, ratio, target: `ratio ≤ ${target}`, pass: ratio <= target };
      return push(row);
    },

    /** Times minutebook alone against an absolute limit in milliseconds and adds a row. */
    limit({ task, ours, maxMs }) {
      const [a] = timeTogether([ours], runs);
      const row = { task, ours: a, ratio: undefined, target: `≤ ${maxMs} ms`, pass: a.wall <= maxMs };
      return push(row);
    },

    /** A row measured some other way (memory, output size…): values are shown as given. */
    record({ task, ours, theirs, competitor, ratio, target, pass }) {
      const row = { task, ours, theirs, competitor, ratio, target, pass };
      return push(row);
    },

    /**
     * Times two commands side by side for a row that bounds a target rather than meeting one:
     * its result reads FLOOR, and `bounds` names the tasks it limits.
     */
    floor({ task, ours, theirs, bounds }) {
      const [a, b] = timeTogether([ours, theirs], runs);
      const row = { task, ours: a, theirs: b, competitor: theirs.label, ratio: a.wall / b.wall, target: `bounds: ${bounds}`, floor: true };
      return push(row);
    },

    /** A row that could not be measured here, with the reason. */
    skip(task, reason) {
      push({ task, skipped: reason });
    },
  };
  return ctx;
}

const ms = (t) => (t === undefined ? '' : typeof t === 'object' ? `${t.wall.toFixed(0)} ms` : String(t));
const cpu = (t) => (t && typeof t === 'object' && t.cpu !== undefined ? `${t.cpu.toFixed(0)} ms` : '');

const load = (r) => (typeof r.load === 'number' ? r.load.toFixed(2) : '');

/** The results as a Markdown table (readable in a terminal, pasteable into the README). */
export function formatTable(rows) {
  const head = ['task', 'minutebook', 'competitor', 'ratio', 'target', 'result', 'CPU minutebook', 'CPU competitor', 'max RSS minutebook', 'load'];
  const lines = rows.map((r) =>
    r.skipped
      ? [r.task, '', '', '', '', `SKIP: ${r.skipped}`, '', '', '', load(r)]
      : [
          r.task,
          ms(r.ours),
          r.theirs === undefined ? '' : `${ms(r.theirs)} (${r.competitor})`,
          typeof r.ratio === 'number' ? r.ratio.toFixed(2) : (r.ratio ?? ''),
          r.target ?? '',
          r.floor ? 'FLOOR' : r.pass === undefined ? 'not measured' : r.pass ? 'PASS' : 'MISS',
          cpu(r.ours),
          cpu(r.theirs),
          r.ours && typeof r.ours === 'object' && r.ours.rss !== undefined ? `${r.ours.rss.toFixed(0)} MB` : '',
          load(r),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
