/**
 * The words committees use, declared once, as plain data (issue 20, item 1). Code asks these
 * lists (through patterns.ts); it never spells a family itself — `test/vocabulary.test.ts` fails
 * when one of these words is written again elsewhere in src/. The configuration's `vocabulary:`
 * adds words to any family (docs/vocabulary.md).
 *
 * How a phrase is written: words separated by spaces (any run of blanks matches), case ignored;
 * `[a|b]` is an optional word (one of a, b), `(a|b)` is a word that must be one of a, b; an
 * apostrophe matches ' or ’ or none. Titles are compared without their final full stop.
 */
export const WORDS = {
  /** Titles and honorifics before a name; ignored when matching names, kept for display. */
  titles: [
    'Cllr', 'Cllrs', 'Clr', 'Councillor', 'Councillors', 'County Councillor', 'Borough Councillor', 'District Councillor',
    'Town Councillor', 'Parish Councillor', 'City Councillor', 'Comhairleoir', 'Alderman', 'Mayor', 'Mr', 'Mrs', 'Ms', 'Miss',
    'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Revd', 'Inspector', 'Sgt',
  ],
  /** Titles after a name ("Chris Stephens MP"), written in capitals. */
  post_titles: ['MP', 'MSP', 'MEP', 'MS', 'MLA', 'TD', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'JP'],
  /** A plural title shared by the names after it ("Cllrs. D. Rhys and M. Oakes"). */
  plural_titles: ['Cllrs', 'Councillors', 'Drs', 'Profs', 'Messrs', 'Mmes'],
  /** Abbreviations that end with a full stop inside a sentence, besides the titles and initials. */
  abbreviations: ['St', 'No', 'Nos', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'Co', 'Ltd', 'Inc', 'Jr', 'Sr'],
  /** Offices that own actions and stand for a person ("the Clerk to write …"). */
  roles: [
    'chair', 'chairs', 'chairman', 'chairwoman', 'chairperson', 'vice chair', 'vice-chair', 'deputy chair', 'assistant chair',
    'clerk', 'deputy clerk', 'assistant clerk', 'secretary', 'secretariat', 'treasurer', 'president', 'vice president',
    'vice-president', 'mayor', 'deputy mayor', 'minute taker', 'minute-taker', 'note taker', 'note-taker', 'convenor', 'convener',
    'coordinator', 'director', 'manager', 'officer', 'auditor', 'quartermaster',
  ],
  /** The roles that say who chaired ("role: chair", "(AL - chairperson)"). */
  chair_roles: ['chair', 'chairman', 'chairwoman', 'chairperson', 'chair of the meeting', 'presiding'],
  /** Words in brackets after a name that say what the person does there ("AL - chair"). */
  person_roles: [
    'chair', 'chairman', 'chairperson', 'chairwoman', 'vice chair', 'vice-chair', 'deputy chair', 'secretary', 'minutes',
    'minute taker', 'minute-taker', 'note taker', 'note-taker', 'treasurer', 'clerk', 'president', 'vice president',
    'vice-president', 'convenor', 'convener', 'observer', 'presenter', 'speaker', 'director', 'member',
  ],
  /** Everyone present, or the whole body, as owner of an action. */
  collective_owners: [
    'all', 'everyone', 'everybody', 'all present', 'members', 'all members', 'board members', 'all board members',
    'committee members', 'all committee members', 'council members', 'all council members', 'group members',
    'all group members', 'club members', 'all club members', 'EC members', 'all EC members', 'the board', 'the committee',
    'the council', 'the group', 'the club', 'the meeting', 'each person', 'every person', 'each member', 'every member',
  ],
  /** Written where an owner belongs but naming nobody. */
  owner_placeholders: ['?', '??', '???', 'TBC', 'TBD', 'TBA', 'N/A', 'NA', '-', '--', '–', '—', 'none', 'nobody', 'unknown', 'unassigned', 'owner'],
  /** What joins two owners ("AL/TR", "AL + TR", "AL, TR", "TR & KM", "D. Rhys and M. Oakes"). */
  owner_separators: ['/', '+', ',', ';', '&', 'and', 'with'],
  /** A word before an owner that is not part of the name it gives ("The Keepers to write …"). */
  owner_articles: ['the'],
  /** Words after a body that make its members the owner ("LKF members", "Keepers representatives"). */
  owner_members: ['member', 'members', 'representative', 'representatives'],

  /** Section titles. Each family is matched against a whole heading, numbers and punctuation aside. */
  section_attendance: [
    'attendance', 'present', 'members present', 'directors present', 'in attendance', 'attendees', 'attending', 'participants',
    'apologies and attendance', 'attendance and apologies',
  ],
  section_apologies: [
    'apologies', 'apologies for absence', 'apologies and absence', 'apologies received', 'regrets', 'absent', 'absentees',
    'unavailable', 'not present',
  ],
  /** A list or table of this meeting's actions. */
  section_actions: [
    'action', 'actions', 'actions agreed', 'actions arising', 'action points', 'action point', 'action items', 'action item',
    'action summary', 'action list', 'action log', 'action register', 'new actions', 'agreed actions', 'summary of actions',
    'summary of the actions', 'list of actions', 'summary of action points', 'new action items',
    'joblist', 'job list', 'resulting joblist', 'resulting job list', 'jobs', 'tasks', 'to do', 'to-do list', 'todo',
  ],
  /** Where earlier actions are reviewed. */
  section_action_review: [
    'review [of] [the] [previous|earlier|outstanding|open|last] [meeting\'s] actions [items|points] [from] [the] [previous|last] [meeting|meetings]',
    'actions (from|of|arising from) [the] (previous|earlier|last) [meeting|meetings]',
    'action items (from|of) [the] (previous|earlier|last) [meeting|meetings]',
    'review previous meeting\'s action items',
    '(outstanding|open|previous) actions', 'carried forward actions', 'carried-forward actions', 'actions outstanding',
    'actions carried forward', 'old business',
  ],
  section_matters_arising: ['matters arising', 'matters arising from [the] minutes', 'matters arising from [the] (previous|last) meeting'],
  section_previous_minutes: [
    'minutes', 'minutes of [the] (previous|last) meeting', '(approval|review) of [the] minutes',
    '(approval|review) of [the] minutes of [the] (previous|last) meeting', 'previous meeting\'s minutes', 'review previous meeting\'s minutes',
    'previous meeting', 'the minutes',
  ],
  section_any_other_business: ['any other business', 'any other competent business', 'AOB', 'AOCB', 'other business'],
  section_next_meeting: ['next meeting', 'next meetings', 'date of [the] next meeting', 'dates of [the] next meetings', 'date and venue of [the] next meeting', 'meeting times'],
  section_close: ['close', 'close of meeting', 'closure', 'adjournment', 'end of meeting', 'meeting closed'],
  section_agenda: ['agenda', 'meeting agenda', '(approval|adoption) of [the] agenda'],
  /** Other sections that minutes hold wherever they need them, never numbered in a scheme. */
  section_procedural: [
    'welcome', 'welcome and introductions', 'welcome and introduction', 'introductions', 'introduction', 'opening',
    'opening of [the] meeting', 'open of [the] meeting', 'election of [the] (chair|chairperson|president|convenor|mayor|deputy mayor)',
    'appointment of [the] (chair|chairperson)', 'declaration of interest', 'declarations of interest', 'declaration of interests',
    'declarations of interests', 'conflict of interest', 'conflicts of interest', 'conflict of interests', 'quorum', 'correspondence',
  ],
  section_annex: ['annex', 'annexe', 'appendix', 'attachment', 'enclosure', 'schedule'],
  section_signature: ['signed', 'signature', 'signatures', 'sínithe', 'approved by', 'signed as a (true|correct) record', 'chair\'s signature', 'chairman\'s signature', 'chairperson\'s signature'],

  /** Table columns, matched against a whole header cell. */
  column_owner: ['owner', 'owners', 'who', 'by whom', 'resp', 'resp.', 'responsible', 'responsibility', 'lead', 'leads', 'by', 'action by', 'assigned to', 'assignee', 'person'],
  column_due: ['due', 'due date', 'deadline', 'target', 'target date', 'by when', 'when', 'timeline', 'timescale', 'date due'],
  column_status: ['status', 'state', 'progress', 'update'],
  column_number: ['id', '#', 'no', 'no.', 'ref', 'ref.', 'number', 'action id', 'action no', 'action no.', 'action number', 'item'],
  column_action: ['action', 'actions', 'description', 'task', 'tasks', 'action point', 'action points', 'what'],

  /** Review status: still open. Phrases before single words: "not yet complete" is open. */
  status_open: [
    'not done', 'not yet done', 'not complete', 'not yet complete', 'not completed', 'not yet completed', 'not started',
    'not yet started', 'incomplete', 'ongoing', 'on-going', 'in progress', 'carried forward', 'carry forward', 'pending', 'open',
    'outstanding', 'progressing',
  ],
  /** Review status: closed. */
  status_closed: ['closed', 'done', 'complete', 'completed', 'finished', 'resolved', 'superseded', 'withdrawn'],

  /** Motions. */
  motion_moved: ['proposed', 'moved'],
  motion_seconded: ['seconded'],
  /** Outcomes, past or present ("Carried.", "The motion passes."). */
  outcome_carried: ['carried', 'passed', 'passes', 'approved', 'agreed', 'accepted', 'adopted', 'duly elected', 'elected', 'unanimous approval'],
  outcome_lost: ['lost', 'defeated', 'rejected', 'fell', 'failed', 'fails'],
  outcome_withdrawn: ['withdrawn'],
  outcome_deferred: ['deferred'],
  vote_unanimous: ['unanimous', 'unanimously'],
  vote_nem_con: ['nem con', 'nem. con.', 'nem. con', 'nemine contradicente'],
  /** A count's side after its number ("five in favour, one opposed, no abstentions"). */
  vote_for: ['in favour', 'in favor', 'for'],
  vote_against: ['against', 'opposed'],
  vote_abstain: ['abstentions', 'abstention', 'abstained', 'abstaining', 'abstain'],
  /** What is moved, named in the sentence that records its outcome ("The proposal is accepted."). */
  motion_nouns: ['motion', 'resolution', 'proposal'],
  /** A poll or consensus call put to the meeting ("POLL for phase 3:", "Consensus poll: any objections?"). */
  poll: ['poll', 'consensus poll', 'straw poll', 'unanimous consent poll'],
  /** A poll's scale, each word a column of its tally ("SF: 9", "F: 18", "N: 2", "A: 0", "SA: 0"). */
  poll_for: ['SF', 'F', 'strongly for', 'for', 'in favour', 'in favor'],
  poll_neutral: ['N', 'neutral'],
  poll_against: ['A', 'SA', 'against', 'strongly against'],
  /** What the meeting answers a poll or consensus call with, when nobody objects. */
  consent: [
    'no objections', 'no objection', 'no objections raised', 'unanimous consent', 'unanimous consent achieved', 'consent achieved',
    'consensus achieved', 'consensus is unanimous', 'poll passes', 'the poll passes',
  ],

  /** Verbs of a decision in prose when the committee is the subject ("The committee agreed …"). */
  decision_verbs: [
    'agreed', 'resolved', 'decided', 'approved', 'authorised', 'authorized', 'authorises', 'authorizes', 'endorsed', 'adopted',
    'accepted', 'ratified', 'elected', 'appointed', 'rejected', 'deferred', 'agrees', 'decides', 'resolves',
    'approves', 'endorses', 'adopts', 'accepts',
  ],
  /** Subjects that stand for the committee in prose decisions. */
  decision_subjects: [
    'the committee', 'the board', 'the council', 'the meeting', 'the group', 'the executive', 'the trustees', 'the directors',
    'members', 'the members', 'committee members', 'board members', 'the exec', 'exec',
  ],
  /** Labels that open a decision ("Decision: …", "**Conclusion**: …") or title a section of decisions ("### Consented Decisions"). */
  decision_labels: [
    'decision', 'decisions', 'conclusion', 'conclusions', 'resolution', 'resolutions', 'consented decisions', 'decisions made',
    'decisions taken', 'agreed decisions',
  ],
  /** Words that make a line a proposal put to the meeting, which a line of consent below it then decides. */
  decision_proposals: [
    'proposal', 'proposals', 'propose', 'proposes', 'proposed', 'decision proposal', 'motion', 'suggestion', 'suggest',
    'recommendation', 'recommend', 'recommends',
  ],
  /** An outcome in the present tense: "motion passes" ("The proposal is accepted" is "is" and a carried word). */
  outcome_carried_present: ['passes', 'carries'],
  /** A bare answer to a question put to the meeting ("Can we close this PR? YES"). */
  answer_yes: ['yes', 'aye'],
  /** Phrases that record a decision wherever they stand in a sentence. */
  decision_phrases: [
    'pass for payment', 'passed for payment', 'approved for payment', 'agreed for payment', 'consensus yes', 'consensus reached',
    'consensus was reached', 'consensus has been reached',
  ],
  /** The result of a vote as a line below it gives it ("Informal vote on two drafts" then "Preference for the second"). */
  vote_results: ['preference for', 'majority for', 'majority in favour of', 'majority in favor of', 'most in favour of', 'most in favor of'],
  /** Bold capitalised verbs that mark a decision in format v1. */
  marked_decision_verbs: ['NOTED', 'AGREED', 'APPROVED', 'ENDORSED', 'RESOLVED', 'DECIDED', 'REJECTED', 'DEFERRED'],
} as const satisfies Record<string, readonly string[]>;

export type Family = keyof typeof WORDS;

/** A vocabulary: every family's words. */
export type Vocabulary = { readonly [F in Family]: readonly string[] };

export const FAMILIES = Object.keys(WORDS) as Family[];

export const DEFAULT_VOCABULARY: Vocabulary = WORDS;

/** The built-in vocabulary with the configuration's words added to each family (order kept, duplicates dropped). */
export function extendVocabulary(base: Vocabulary, extra: Partial<Record<Family, readonly string[]>>): Vocabulary {
  if (FAMILIES.every((f) => (extra[f] ?? []).length === 0)) return base;
  const out = {} as Record<Family, readonly string[]>;
  for (const f of FAMILIES) {
    const more = extra[f] ?? [];
    out[f] = more.length === 0 ? base[f] : [...new Set([...base[f], ...more])];
  }
  return out;
}
