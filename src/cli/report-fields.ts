import type { VFileMessage } from 'vfile-message';

/** What every report format reads from a finding, read one way. */
export const severityOfMessage = (m: VFileMessage): 'error' | 'warning' => (m.fatal === true ? 'error' : 'warning');
export const endOf = (m: VFileMessage) => (m.place && 'end' in m.place ? m.place.end : undefined);
