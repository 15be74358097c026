import type { IdParts, IdPattern } from '../model/action-id.js';
import type { Meeting, NewAction } from '../model/types.js';

/*
 * What the action-ID rules share: the configured pattern, and the ID an action should have had.
 */

export { idPatternOf } from '../model/action-id.js';

/** Any ID's parts, whatever its width or spacing: those of a well-formed ID come with the model. */
export function partsOf(action: NewAction, pattern: IdPattern): IdParts | undefined {
  return action.idParts ?? pattern.parse(action.id);
}

export function padSeq(seq: number, pattern: IdPattern): string {
  return String(seq).padStart(pattern.seqWidth, '0');
}

/**
 * The ID of this meeting with this sequence number: `LKF 27/03`. Parts the meeting does not give
 * (no code configured, no date) are kept as written, or shown as a placeholder.
 */
export function idFor(meeting: Meeting, seq: number, pattern: IdPattern, written?: IdParts): string {
  const date = meeting.date ?? (written?.yyyy ? `${written.yyyy}-${written.mm ?? 'MM'}` : 'YYYY-MM');
  return pattern.format({
    code: meeting.code ?? written?.code ?? 'CODE',
    meeting: meeting.meeting ?? written?.meeting ?? 'N',
    seq,
    date,
  });
}
