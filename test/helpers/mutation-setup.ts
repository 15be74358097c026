// Loaded only by vitest.mutation.config.ts. StrykerJS switches between changed versions of the
// code without reloading the modules, so a memo filled under one version would answer for the next.
import { beforeEach } from 'vitest';
import { clearMemos } from '../../src/util/memo.js';

beforeEach(() => clearMemos());
