/**
 * The one registry of rules. Add a rule by creating src/rules/<id>.ts, docs/rules/<id>.md and
 * test/fixtures/rules/<id>/ (docs/testing.md), then listing it here.
 */
import type { FileRule, Rule, SeriesRule } from './types.js';
import { encoding } from './encoding.js';
import { inputLimit } from './input-limit.js';
import { frontmatterBodyMismatch } from './frontmatter-body-mismatch.js';
import { frontmatterMissing } from './frontmatter-missing.js';
import { yamlSyntax } from './yaml-syntax.js';
import { unknownKey } from './unknown-key.js';
import { valueType } from './value-type.js';
import { requiredKey } from './required-key.js';
import { invalidDate } from './invalid-date.js';
import { duplicatePerson } from './duplicate-person.js';
import { presentAndApologies } from './present-and-apologies.js';
import { alternateMemberPresent } from './alternate-member-present.js';
import { partItemUnknown } from './part-item-unknown.js';
import { noChair } from './no-chair.js';
import { notInRoster } from './not-in-roster.js';
import { duplicateInitials } from './duplicate-initials.js';
import { unknownInitials } from './unknown-initials.js';
import { quorum } from './quorum.js';
import { proxyUnknown } from './proxy-unknown.js';
import { forbiddenChar } from './forbidden-char.js';
import { actionIdFormat } from './action-id-format.js';
import { actionIdDuplicate } from './action-id-duplicate.js';
import { actionIdSequence } from './action-id-sequence.js';
import { actionIdMeeting } from './action-id-meeting.js';
import { actionSyntax } from './action-syntax.js';
import { actionOwner } from './action-owner.js';
import { actionDueDate } from './action-due-date.js';
import { reviewStatus } from './review-status.js';
import { reviewDates } from './review-dates.js';
import { reviewId } from './review-id.js';
import { agendaNumbering } from './agenda-numbering.js';
import { titleMismatch } from './title-mismatch.js';
import { endBeforeStart } from './end-before-start.js';
import { nextMeetingDate } from './next-meeting-date.js';
import { emptyLink } from './empty-link.js';
import { classification } from './classification.js';
import { seriesMissingReview } from './series-missing-review.js';
import { seriesUnknownReview } from './series-unknown-review.js';
import { seriesAmbiguousReview } from './series-ambiguous-review.js';
import { seriesMetadataMismatch } from './series-metadata-mismatch.js';
import { seriesClosedReviewed } from './series-closed-reviewed.js';
import { seriesOrder } from './series-order.js';
import { placeholder } from './placeholder.js';
import { headingLevel } from './heading-level.js';
import { linkBroken } from './link-broken.js';
import { actingWhileAbsent } from './acting-while-absent.js';
import { motionVoter } from './motion-voter.js';
import { motionOutcome } from './motion-outcome.js';
import { motionCounts } from './motion-counts.js';
import { nameNearMatch } from './name-near-match.js';
import { seriesNameSpelling } from './series-name-spelling.js';
import { disableComment } from './disable-comment.js';
import { minutesUnapproved } from './minutes-unapproved.js';
import { approvalUnknown } from './approval-unknown.js';
import { approvedChanged } from './approved-changed.js';

export const rules: readonly Rule[] = [
  // Source: reported while reading.
  encoding,
  inputLimit,
  frontmatterMissing,
  yamlSyntax,
  frontmatterBodyMismatch,
  // Front matter.
  unknownKey,
  valueType,
  requiredKey,
  invalidDate,
  // People (FORMAT §7).
  duplicatePerson,
  presentAndApologies,
  alternateMemberPresent,
  partItemUnknown,
  noChair,
  notInRoster,
  duplicateInitials,
  unknownInitials,
  quorum,
  proxyUnknown,
  // People, motions and chairs in the body (NATURAL §3, §4).
  actingWhileAbsent,
  nameNearMatch,
  motionVoter,
  motionOutcome,
  motionCounts,
  // Output: text no output format can hold.
  forbiddenChar,
  // New actions (FORMAT §3, §4).
  actionIdFormat,
  actionIdDuplicate,
  actionIdSequence,
  actionIdMeeting,
  actionSyntax,
  actionOwner,
  actionDueDate,
  // Reviews, agenda, times, links and classification (FORMAT §7).
  reviewStatus,
  reviewDates,
  reviewId,
  agendaNumbering,
  headingLevel,
  titleMismatch,
  endBeforeStart,
  nextMeetingDate,
  emptyLink,
  linkBroken,
  classification,
  // Series: across the meetings of one committee.
  seriesMissingReview,
  seriesUnknownReview,
  seriesAmbiguousReview,
  seriesMetadataMismatch,
  seriesClosedReviewed,
  seriesOrder,
  seriesNameSpelling,
  // Approval of minutes at a later meeting (docs/lifecycle.md).
  minutesUnapproved,
  approvalUnknown,
  approvedChanged,
  // Placeholders left by `minutebook new`.
  placeholder,
  // Inline disable comments.
  disableComment,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
/** Every rule id, for FileContext.ruleIds. */
export const ruleIds: ReadonlySet<string> = new Set(ruleById.keys());
export const fileRules = rules.filter((r): r is FileRule => r.scope === 'file');
export const seriesRules = rules.filter((r): r is SeriesRule => r.scope === 'series');
