/**
 * `ConfigLookup.rootOf` answers which configuration governs a file without reading it: listing a
 * series (cli/disk-port.ts) asks it of every folder under the root, and reads only the root's own
 * configuration. It must name the same root as the loaded configuration does, and a nested
 * configuration that cannot even be read must leave a check under the outer root as it was.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigLookup } from '../src/cli/config-lookup.js';
import { diskPort } from '../src/cli/disk-port.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'minutebook-root-'));
  dirs.push(root);
  writeFileSync(join(root, '.minutebook.yaml'), 'committee: Outer Group\ncode: OG\n');
  mkdirSync(join(root, 'inner'));
  writeFileSync(join(root, 'inner', '.minutebook.yaml'), 'committee: Inner Group\ncode: IG\n');
  mkdirSync(join(root, 'plain'));
  for (const f of ['2026-01-01-og-1.md', 'plain/2026-02-01-og-2.md', 'inner/2026-01-05-ig-1.md']) writeFileSync(join(root, f), '---\nmeeting: 1\ndate: 2026-01-01\n---\n');
  return root;
}

describe('ConfigLookup.rootOf', () => {
  it('names the root the loaded configuration gives, for a file in its folder, below it and under a nested one', () => {
    const root = tree();
    const lookup = new ConfigLookup();
    for (const f of ['2026-01-01-og-1.md', 'plain/2026-02-01-og-2.md', 'inner/2026-01-05-ig-1.md', 'inner/deeper/x.md']) {
      expect(lookup.rootOf(join(root, f))).toBe(new ConfigLookup().forFile(join(root, f)).config.root);
    }
    expect(lookup.rootOf(join(root, 'inner', 'x.md'))).toBe(join(root, 'inner'));
  });

  it('names the series root with an explicit configuration, as the loaded one does', () => {
    const root = tree();
    const lookup = new ConfigLookup(join(root, 'inner', '.minutebook.yaml'), root);
    expect(lookup.rootOf(join(root, 'inner', 'x.md'))).toBe(root);
    expect(new ConfigLookup(join(root, 'inner', '.minutebook.yaml'), root).forFile(join(root, 'inner', 'x.md')).config.root).toBe(root);
  });

  it('lists the outer series without reading a nested configuration', () => {
    const root = tree();
    // A folder by the configuration's name: found, but loading it throws (EISDIR), even for root.
    rmSync(join(root, 'inner', '.minutebook.yaml'));
    mkdirSync(join(root, 'inner', '.minutebook.yaml'));
    const lookup = new ConfigLookup();
    const listed = diskPort(() => lookup).listFiles(root, []);
    expect(listed).toEqual([join(root, '2026-01-01-og-1.md'), join(root, 'plain', '2026-02-01-og-2.md')]);
  });
});
