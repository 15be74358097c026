/** Long runs show a progress line on a terminal, and none under CI or when piped. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './helpers/cli.js';
import { requirePrograms, skipUnless } from './helpers/programs.js';
import { writeSeries, type MeetingSpec } from './helpers/series.js';

const DAY = 86_400_000;
const meetings: MeetingSpec[] = Array.from({ length: 60 }, (_, i) => ({
  n: i + 1,
  date: new Date(Date.parse('2020-01-08T00:00:00Z') + i * 28 * DAY).toISOString().slice(0, 10),
}));
const dir = writeSeries(meetings);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI inside a pseudo-terminal (util-linux `script`), returning what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string>): string {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qec', `${cmd} > /dev/null`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('progress', () => {
  it('check of 60 files shows its progress on a terminal, and clears it', (ctx) => {
    skipUnless(ctx, requirePrograms('script'));
    const shown = onTerminal(['check', '--format', 'json', dir], { CI: '' });
    expect(shown).toContain('checking 60/60 (100%)');
    expect(shown).toContain('\r\x1b[K');
  });

  it('prints none under CI, even on a terminal', (ctx) => {
    skipUnless(ctx, requirePrograms('script'));
    expect(onTerminal(['check', '--format', 'json', dir], { CI: 'true' })).toBe('');
  });

  it('prints none when standard error is not a terminal', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', dir], { encoding: 'utf8', env: { ...process.env, CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
