import { distance } from '../util/did-you-mean.js';
import type { FileRule } from './types.js';

/** Traffic Light Protocol 2.0 levels, plus `white`, TLP 1.0's name for `clear`. */
export const TLP_LEVELS = ['clear', 'white', 'green', 'amber', 'amber+strict', 'red'] as const;

// The same reading as the renderer's banner (src/render/view-model.ts), so that what passes here gets its banner.
const stripPrefix = (value: string) => value.trim().replace(/^tlp\s*:\s*/i, '').replace(/\s*\+\s*/, '+');

/** The TLP level a classification names (`Amber`, `TLP:AMBER`, `tlp: amber + strict`), if any. */
export function tlpLevel(value: string): (typeof TLP_LEVELS)[number] | undefined {
  const bare = stripPrefix(value).toLowerCase();
  return TLP_LEVELS.find((l) => l === bare);
}

export const classification: FileRule = {
  id: 'classification',
  scope: 'file',
  severity: 'warn',
  description: 'A classification is a TLP level: clear, white, green, amber, amber+strict or red',
  check(ctx) {
    const { meeting, config } = ctx;
    const value = meeting.classification;
    if (value === undefined || tlpLevel(value) !== undefined) return;
    const fromFile = meeting.fields.classification?.value;
    // A classification from the configuration has no place in this file: point at its front matter.
    const place = fromFile ?? meeting.frontMatterSpan?.start ?? ctx.loc.point(0);
    const origin = fromFile ? '' : ` (from ${config.path ?? 'the configuration'})`;
    const bare = stripPrefix(value).toLowerCase();
    const closest = [...TLP_LEVELS].sort((a, b) => distance(bare, a) - distance(bare, b))[0]!;
    ctx.report(
      place,
      `Classification "${value}"${origin} is not a TLP level (did you mean "${closest}"?): recognised are ${TLP_LEVELS.join(', ')}; other text is shown as written, without a banner colour`,
    );
  },
};
