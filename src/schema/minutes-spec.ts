import type { Field, Spec } from './spec.js';
import { MEETING_NUMBER_SOURCE } from '../parse/meeting-number.js';

const str = (description: string, required = false): Field => ({ spec: { kind: 'string' }, description, required });
const bool = (description: string): Field => ({ spec: { kind: 'boolean' }, description });

const MEETING_NUMBER = new RegExp(`^${MEETING_NUMBER_SOURCE}$`);

const personFields: Record<string, Field> = {
  name: str('Full name', true),
  role: str('`chair`, `secretary`, or any other text such as "Presenter"'),
  alternate_for: str('The member this person stands in for'),
  items: {
    spec: { kind: 'list', of: { kind: 'text', pattern: /^\d+(\.\d+)*$/, patternHint: 'an agenda item number such as "2" or "3.1"' } },
    description: 'Agenda item numbers this person attended (part attendance)',
  },
  part: {
    spec: { kind: 'either', of: [{ kind: 'boolean' }, { kind: 'string' }] },
    description: 'Attended part of the meeting: `true`, or the minutes\' own words ("2nd part of the meeting")',
  },
  remote: bool('Joined remotely'),
  initials: str('How the body refers to the person, e.g. `JM`'),
  representing: str('The body or person this person speaks for'),
  organisation: str('The organisation the person comes from'),
};

export function personSpec(withProxy: boolean): Spec {
  const fields = withProxy ? { ...personFields, proxy_to: str('The attendee who holds this member\'s vote') } : personFields;
  return { kind: 'object', name: withProxy ? 'apology' : 'person', fields, shorthand: 'name' };
}

/** A map of category → people (v1), or a flat list of people as the minutes list them (v2). */
const peopleBy = (keyName: string, withProxy = false): Spec => ({
  kind: 'either',
  of: [
    { kind: 'record', keyName, of: { kind: 'list', of: personSpec(withProxy) } },
    { kind: 'list', of: personSpec(withProxy) },
  ],
});

export const REVIEW_STATUSES = ['open', 'closed'] as const;
export const MEETING_STATUSES = ['draft', 'final', 'approved'] as const;

export const reviewSpec: Spec = {
  kind: 'object',
  name: 'action review',
  fields: {
    id: str('The action ID, e.g. `OPSG 37x/01`', true),
    action: str('The action\'s text as raised'),
    owner: str('Who must do it: a party, a category or a person'),
    raised: { spec: { kind: 'date' }, description: 'Date raised' },
    target: { spec: { kind: 'date' }, description: 'Last target date' },
    revised: { spec: { kind: 'date' }, description: 'New target date set at this meeting' },
    status: { spec: { kind: 'enum', values: REVIEW_STATUSES }, description: '`open` or `closed`', required: true, missingReportedBy: 'review-status' },
    update: { spec: { kind: 'markdown' }, description: 'Markdown: what was reported at this meeting' },
  },
};

export const nextMeetingSpec: Spec = {
  kind: 'object',
  name: 'next meeting',
  fields: {
    date: { spec: { kind: 'when' }, description: 'When: a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC", with an optional time ("2026-04-14 15:00 GMT")', required: true },
    label: str('e.g. "Next main meeting"'),
    venue: str('Where it will be held'),
  },
};

/** An amendment to minutes: what it says, or the text as it stood (`was`) and as it now reads (`now`). */
export const amendmentSpec: Spec = {
  kind: 'either',
  of: [
    { kind: 'string' },
    {
      kind: 'object',
      name: 'amendment',
      fields: {
        was: str('The text as it stood in the minutes presented'),
        now: str('The text as amended'),
        text: str('What the amendment says, as the outputs list it (default: for “was” read “now”)'),
      },
    },
  ],
};

/** What `minutebook approve` writes into approved minutes (docs/lifecycle.md). */
export const approvedSpec: Spec = {
  kind: 'object',
  name: 'approval',
  fields: {
    by: { spec: { kind: 'text', pattern: /^(?:\d{4}-\d{2}-\d{2}|[0-9]+[a-z]?)$/, patternHint: 'the approving meeting\'s number or date' }, description: 'The meeting that approved these minutes: its number, else its date', required: true },
    date: { spec: { kind: 'date' }, description: 'The date of the approving meeting', required: true },
    digest: { spec: { kind: 'string', pattern: /^sha256:[0-9a-f]{64}$/, patternHint: 'sha256: and 64 hexadecimal digits' }, description: 'Digest of the approved text (`sha256:…`); `approved-changed` compares the file with it', required: true },
    amendments: { spec: { kind: 'list', of: amendmentSpec }, description: 'The amendments the approval made, and corrections a later meeting recorded' },
  },
};

/** Keys that may come from the configuration file instead (FORMAT §2, `*`). */
export const CONFIGURABLE_KEYS = ['committee', 'code', 'secretariat', 'classification'] as const;

export const minutesSpec: Spec & { kind: 'object' } = {
  kind: 'object',
  name: 'front matter',
  fields: {
    committee: str('Full name of the committee, e.g. `Operations Group`', true),
    code: { spec: { kind: 'string', pattern: /^\S(.*\S)?$/, patternHint: 'a short code such as "OPSG"' }, description: 'Short code: the action-ID prefix, e.g. `OPSG`' },
    meeting: {
      spec: { kind: 'text', pattern: MEETING_NUMBER, patternHint: 'a number with an optional letter suffix, such as 41 or "38x"' },
      description: 'Number in the series, with an optional letter suffix for extraordinary meetings; without it the date places the meeting in its series',
    },
    reference: str('Document reference, e.g. `OPSG_41_2501`'),
    title: str('Default: `<committee> Meeting`'),
    date: { spec: { kind: 'date' }, description: 'Meeting date, YYYY-MM-DD (default: a date at the start of the file name)', required: true },
    start: { spec: { kind: 'time' }, description: 'Start time, "HH:MM", optionally with a time zone ("15:00 GMT")' },
    end: { spec: { kind: 'time' }, description: 'End time, "HH:MM", optionally with a time zone ("17:30 CET")' },
    venue: str('Where the meeting was held'),
    status: { spec: { kind: 'enum', values: MEETING_STATUSES }, description: '`draft`, `final` or `approved`; without it the documents carry no status label' },
    classification: str('TLP level (`clear`, `white`, `green`, `amber`, `amber+strict`, `red`) or any other marking'),
    secretariat: str('Who takes the minutes: "Managed by …"'),
    attendees: { spec: peopleBy('category'), description: 'Members present, by category', required: true },
    participants: { spec: peopleBy('organisation'), description: 'Others present, by organisation' },
    in_attendance: { spec: peopleBy('organisation'), description: 'Others present (another name for `participants`)' },
    observers: { spec: peopleBy('organisation'), description: 'Observers and the public: present, not entitled to vote' },
    apologies: { spec: peopleBy('category', true), description: 'Members who sent apologies, by category' },
    absent: { spec: peopleBy('category'), description: 'Members absent without apologies' },
    outstanding: { spec: { kind: 'list', of: reviewSpec }, description: 'Actions from earlier meetings reviewed at this one' },
    next_meetings: { spec: { kind: 'list', of: nextMeetingSpec }, description: 'The next meetings' },
    approves: {
      spec: { kind: 'text', pattern: /^(?:\d{4}-\d{2}(?:-\d{2})?|[0-9]+[a-z]?|previous)$/, patternHint: 'a date YYYY-MM-DD, a meeting number, or "previous"' },
      description: 'The earlier meeting whose minutes this meeting approved: its date, its number, or `previous`',
    },
    amendments: { spec: { kind: 'list', of: amendmentSpec }, description: 'Amendments made when approving the minutes named by `approves`' },
    approved: { spec: approvedSpec, description: 'Written by `minutebook approve`: the approving meeting, its date and the digest of the approved text' },
  },
};
