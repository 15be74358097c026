import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { defaultConfig } from '../src/config/types.js';
const files = process.env.FILES!.split(',');
test('dump', () => {
  for (const f of files) {
    let src = readFileSync(f, 'utf8');
    if (f.endsWith('.txt')) src = `---\ncommittee: Operations Group\ncode: OPSG\nmeeting: 41\ndate: 2021-01-25\nattendees:\n  - Dave Warner (Chair)\n---\n` + src;
    const a = analyse({ path: f, contents: src }, defaultConfig());
    console.log('=== ' + f);
    for (const msg of a.file.messages) console.log(`F ${msg.line}:${msg.column} ${msg.ruleId} ${msg.reason}`);
  }
});
