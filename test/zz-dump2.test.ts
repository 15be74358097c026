import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { defaultConfig } from '../src/config/types.js';
import { seriesNameSpelling } from '../src/rules/series-name-spelling.js';
test('dump', () => {
  for (const dir of ['01-govan-community-council', '02-jmmp-global-ocean']) {
    const { readdirSync } = require('node:fs');
    const files = (readdirSync(`../shared/reference/real/${dir}`) as string[]).sort().map((f) => `../shared/reference/real/${dir}/${f}`);
    const meetings = files.map((f) => analyse({ path: f, contents: readFileSync(f, 'utf8') }, defaultConfig()).meeting!);
    seriesNameSpelling.check({ meetings, config: defaultConfig(), report: (p, msg, o) => console.log('S', o.path, JSON.stringify(p).slice(0, 60), msg) });
  }
});
