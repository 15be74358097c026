/**
 * What someone of the meeting reports on a matter: "Polar said that he had done the Accenture form",
 * "Si reported that the new PSUs were now in his office". Each sentence of the body that opens with
 * a person of the meeting and a verb of reporting gives who (as written) and the words after the
 * verb. The register (series/register.ts) reads them: a meeting whose reports take up an action of
 * the meeting before, by its owner and its subject, reviews that meeting's actions in prose.
 */
import { REPORT_VERBS } from '../vocabulary/kept-words.js';
import { alternatives } from '../vocabulary/patterns.js';
import type { PersonIndex } from './person-match.js';
import { sentences, type ProseUnit } from './prose-units.js';
import type { Meeting } from './types.js';

const REPORT = new RegExp(String.raw`^(?<who>\p{Lu}[\p{L}\p{N}_'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*)?)\s+(?:also\s+)?(?:${alternatives(REPORT_VERBS)})(?![\p{L}])\s*(?<rest>\S[\s\S]*)$`, 'u');

/** Records the meeting's reports, in the order of the text. */
export function readReports(m: Meeting, units: readonly ProseUnit[], people: PersonIndex): void {
  const out: NonNullable<Meeting['reports']> = [];
  for (const u of units) {
    if (u.kind !== 'para') continue;
    for (const s of sentences(u.text)) {
      const r = REPORT.exec(s.text.replace(/\\_/g, '_'));
      if (!r || people.resolve(r.groups!.who!).kind !== 'one') continue;
      out.push({ who: r.groups!.who!, text: r.groups!.rest! });
    }
  }
  if (out.length > 0) m.reports = out;
}
