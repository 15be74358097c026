#!/usr/bin/env node
// The bundled CLI lives in dist/ (built by `npm run build`, run on install by `prepare`).
import module from 'node:module';

// Node's on-disk compile cache makes repeated runs (a pre-commit hook) start faster, where available.
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // a read-only cache folder only costs speed
  }
}
await import('../dist/cli.js');
