import { RIVERSIDE_CONFIG, riversideMeeting } from '../../helpers/riverside.js';

/** A first meeting raising action 2.1, and a second meeting with the given body that should review it. */
export const CONFIG = RIVERSIDE_CONFIG;
export const meeting = riversideMeeting;
export const FIRST = meeting(1, '2026-01-12', '## Actions\n\n- 2.1 Kit to circulate the plot map.\n');
export const second = (body: string) => ({ config: CONFIG, files: { '1.md': FIRST, '2.md': meeting(2, '2026-02-09', body) } });
export const MISSING = 'Action 2.1 (raised at meeting 1) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`';
