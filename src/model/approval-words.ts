/**
 * The words committees use when they approve the minutes of an earlier meeting, as data: the
 * approval reader (approvals.ts) builds its patterns from these lists and spells no word itself.
 */
export const APPROVAL_WORDS = {
  /** What approving minutes is called, past tense: "were approved", "were moved as correct". */
  approved: ['approved', 'agreed', 'confirmed', 'adopted', 'accepted', 'signed', 'taken as read', 'moved as correct', 'passed as correct', 'received and approved', 'received and adopted', 'agreed as correct', 'approved as correct'],
  /** The same, as the motion or proposal says it: "to approve the minutes", "that the minutes be adopted". */
  approve: ['approve', 'adopt', 'accept', 'confirm', 'sign', 'agree'],
  /** What the minutes were found to be: "as a correct record", "were correct". */
  correct: ['correct', 'a correct record', 'a true record', 'a true and correct record', 'a true and accurate record', 'an accurate record', 'accurate', 'a fair record'],
  /** Words of a refusal or a postponement: the minutes were not approved at this meeting. */
  refused: ['not approved', 'not accepted', 'not adopted', 'not confirmed', 'deferred', 'postponed', 'held over', 'carried over', 'not available', 'not circulated'],
  /** Words that make a statement about approval a wish or a guess rather than a record. */
  hedges: ['would have', 'would be', 'will be', 'should be', 'to be approved', 'to be agreed', 'to be confirmed', 'may be', 'might', 'if'],
  /** The earlier meeting named without its date: "the previous meeting", "last week's minutes". */
  previous: ['previous', 'last', 'prior', 'preceding', 'earlier'],
  /** Where amendments are introduced: "subject to the following amendment(s)", "with the following correction". */
  amendment: ['subject to the following amendment', 'subject to the following amendments', 'subject to the amendment', 'subject to the amendments', 'subject to the following correction', 'subject to the following corrections', 'with the following amendment', 'with the following amendments', 'with the following correction', 'with the following corrections', 'subject to'],
  /** Outcomes of a motion that approve: "Motion passed". */
  passed: ['passed', 'carried', 'approved', 'agreed', 'accepted', 'adopted'],
  /** Section titles under which an approval may be recorded without naming the minutes again ("Accepted by all"). */
  sections: ['minutes', 'previous minutes', 'minutes of the previous meeting', 'minutes of the last meeting', 'approval of minutes', 'approval of the minutes', 'confirmation of minutes', 'confirmation of the minutes', 'approval of previous minutes'],
} as const;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A family as one regex alternative group, longest first. */
export const wordsOf = (family: keyof typeof APPROVAL_WORDS): string => `(?:${[...APPROVAL_WORDS[family]].sort((a, b) => b.length - a.length).map(esc).join('|')})`;
