/**
 * The words minutes kept without front matter use for their head: the labels of attendance
 * sections and lines, the chair and the note taker, the sections that hold an agenda or the notes,
 * and the months a date is written with. Plain data, read by model/readers/kept-head.ts and people-section.ts
 * (issue 21), beside the families of words.ts.
 */
/** The people lists of the model (model/types.ts `PeopleList`), named here as data. */
type PeopleList = 'attendees' | 'participants' | 'observers' | 'apologies' | 'absent';

/** Attendance labels, lower case, each with the people list it fills. Longest first is not needed: a label must match whole. */
export const ATTENDANCE_LABELS: ReadonlyArray<readonly [string, PeopleList]> = [
  ['present', 'attendees'],
  ['members present', 'attendees'],
  ['directors present', 'attendees'],
  ['councillors present', 'attendees'],
  ['trustees present', 'attendees'],
  ['committee members present', 'attendees'],
  ['board representatives present', 'attendees'],
  ['board representative present', 'attendees'],
  ['list of participants', 'attendees'],
  ['list of attendees', 'attendees'],
  ['attendees', 'attendees'],
  ['attendance', 'attendees'],
  ['attending', 'attendees'],
  ['attended', 'attendees'],
  ['participants', 'attendees'],
  ['council', 'attendees'],
  ['members', 'attendees'],
  ['introduction of attendees', 'attendees'],
  ['roll call', 'attendees'],
  ['who', 'attendees'],
  ['in attendance', 'participants'],
  ['also present', 'participants'],
  ['also in attendance', 'participants'],
  ['officials in attendance', 'participants'],
  ['officers in attendance', 'participants'],
  ['staff', 'participants'],
  ['staff present', 'participants'],
  ['observers', 'observers'],
  ['observing', 'observers'],
  ['guests', 'observers'],
  ['guest', 'observers'],
  ['visitor', 'observers'],
  ['observer', 'observers'],
  ['visitors', 'observers'],
  ['apologies', 'apologies'],
  ['apologies for absence', 'apologies'],
  ['apologies received', 'apologies'],
  ['regrets', 'apologies'],
  ['unavailable', 'apologies'],
  ['excused', 'apologies'],
  ['absent', 'absent'],
  ['not present', 'absent'],
  ['missing', 'absent'],
  ['absent without apologies', 'absent'],
];

/** Labels of the person who chaired: `Chair: Ana`, `Facilitator: Ana`, `PRESENT IN THE CHAIR:`. */
export const CHAIR_LABELS: readonly string[] = ['chair', 'chairman', 'chairwoman', 'chairperson', 'chaired by', 'facilitator', 'facilitated by', 'present in the chair', 'in the chair', 'presiding', 'convenor', 'convener'];

/** Labels of the person who took the notes: `Minute taker: Jo`, `Notes: Jo`, `Scribe: Jo`. */
export const NOTE_TAKER_LABELS: readonly string[] = ['minutes', 'minute taker', 'minute-taker', 'minutes taken by', 'minuted by', 'note taker', 'note-taker', 'notetaker', 'notes', 'notes by', 'notes taken by', 'scribe', 'recorder', 'recording secretary', 'designated note taker'];

/** Words after a name that say the person chaired or took notes: "Ryan facilitating", "Mark taking notes". */
export const CHAIR_AFTER: readonly string[] = ['facilitating', 'facilitates', 'facilitated', 'to facilitate', 'will facilitate', 'chairing', 'chaired', 'in the chair', 'took the chair'];
export const NOTE_TAKER_AFTER: readonly string[] = ['taking notes', 'taking minutes', 'took notes', 'took minutes', 'scribe', 'scribing', 'to scribe', 'will scribe', 'taking the minutes', 'taking the notes'];

/** Headings of the part that holds the agenda, and of the part that holds the notes. */
export const AGENDA_TITLES = /^(?:(?:meeting )?agenda(?: items)?|agenda for\b.*|proposed agenda|draft agenda)$/i;
export const NOTES_TITLES = /^(?:(?:meeting )?(?:minutes|notes)|meeting notes|notes of (?:the )?meeting|discussion|proceedings)$/i;

/** What a notes section says when it holds nothing yet. */
export const NOTHING_YET = /^(?:to be added\b.*|tbd|tba|none|n\/a|\(?no notes\)?|(?:the )?meeting (?:was )?cancell?ed\b.*|cancell?ed\b.*|notes to follow\b.*)$/i;

/** Entries that are not people: an empty list written out, or a stray "and" ("Bethany Ryals, and, Sheryl Stich"). */
export const NOBODY = /^(?:nil|none|n\/a|na|nobody|no one|-|–|—|and|&)\.?$/i;

/** Plural titles shared by a list ("Cllrs Alam and Bell"), with the title each name takes. */
export const SHARED_TITLES: Readonly<Record<string, string>> = { cllrs: 'Cllr', councillors: 'Councillor', 'county councillors': 'County Councillor', drs: 'Dr', messrs: 'Mr', profs: 'Prof' };

export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Front-matter keys that site generators (Jekyll, Hugo, Zola, Eleventy, Pelican …) read: not mistakes in minutes. */
export const SITE_KEYS: ReadonlySet<string> = new Set([
  'layout', 'categories', 'category', 'tags', 'slug', 'permalink', 'taxonomies', 'extra', 'draft', 'weight',
  'aliases', 'author', 'authors', 'description', 'summary', 'published', 'publishdate', 'expirydate', 'lastmod',
  'updated', 'modified', 'url', 'type', 'menu', 'toc', 'template', 'sitemap', 'excerpt', 'image', 'images',
  'keywords', 'lang', 'language', 'redirect_from', 'nav_order', 'parent', 'has_children', 'sidebar', 'comments',
  'share', 'hidden', 'pinned', 'series', 'eleventyNavigation', 'order', 'sort_by', 'path', 'in_search_index',
]);

/** A line about the next meeting, where "TBC" and "TBD" are an answer, not residue. */
export const NEXT_MEETING_LINE = /^[ \t]*(?:[-*+][ \t]+|#{1,6}[ \t]+|\d{1,2}\\?[.)][ \t]+)?(?:\*\*|__)?(?:date[ \t]+(?:and[ \t]+\w+[ \t]+)?of[ \t]+(?:the[ \t]+)?)?next[ \t]+meeting\b.*$/gim;

/** A call that did not take place. */
export const CANCELLED = /^\W*(?:the\s+)?(?:meeting|call)?\s*(?:was\s+|is\s+)?cancell?ed\b/i;

/** A sentence that opens a list of those present. */
export const PRESENT_SENTENCE = /\b(?:were|was)\s+(?:present|in attendance)\s*:\s*$|^\s*(?:those|people|members)\s+present\s*:\s*$|^\s*(?:[\p{L}-]+\s+){0,2}(?:members|directors|trustees|those|people)\s+(?:present|in attendance)\s+(?:were|was)\s*:\s*$/iu;
/** A label written bare, without a colon or bold, before a list ("Apologies Edna Vale, …"). */
export const BARE_LABEL = /^(present|apologies|absent|regrets)\s+(?=[A-Z])/i;
/** A row of a table of those present whose role makes the person an observer. */
export const OBSERVER_ROLE = /^(?:visitor|guest|observer|member of the public)s?$/i;
/** "4 members of the public", "two visitors": a count, kept as minutes write it. */
export const COUNTED = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|visitors?|observers?|guests?)$/i;
/** Words that join the last name of a list to those who came with them ("B. Glover together with 4 members of the public"). */
export const LIST_JOINERS: readonly string[] = ['together with', 'along with'];
/** Titles that open a person's name and may follow a surname with no comma between ("Mrs. Berry Mrs. Fisher"). */
export const NAME_OPENING_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'];
/** "Deputy Chief Executive (Mr. P. Dowling)": an office, then the person holding it. */
export const OFFICE_THEN_PERSON = /^([^()]+?)\s*\(((?:mr|mrs|ms|miss|dr|cllr|prof)\.?\s+[^()]+)\)$/i;

/**
 * Words that make a line name a body ("Orchard Board", "Quay Users Group"): a title or a letterhead
 * names the committee with one of them. Read by the importer (import/infer.ts, import/split.ts).
 */
export const BODY_WORDS: readonly string[] = [
  'committee', 'board', 'council', 'group', 'community', 'forum', 'panel', 'trust', 'society', 'association', 'commission',
  'assembly', 'PMB', 'PMC', 'WG', 'LPC', 'team', 'network', 'partnership',
];

/**
 * Words that make an entry of a people list a body, not a person ("OpenJS Foundation Board of
 * Directors", "Kestrel Labs Inc", "the WUGLUG organising committee"): the body words above and
 * the words organisations put in their names. Read by the people-section reader (kept-head.ts).
 */
export const ORGANISATION_WORDS: readonly string[] = [
  ...BODY_WORDS.filter((w) => w === w.toLowerCase()), 'foundation', 'project', 'directors', 'maintainers', 'inc', 'ltd', 'llc', 'plc', 'gmbh',
  'corporation', 'company', 'university', 'institute', 'department', 'agency', 'authority',
];

/**
 * A question that asks someone to take a task on ("are you owning that?", "can you own taking back
 * …?", "could you take this?"): the verbs after "you", and the words of a short answer that
 * accepts it ("Eric: Yes.", "Mara: yes", "Sure"). Read by model/readers/answered-question.ts.
 */
export const TAKE_ON_VERBS: readonly string[] = ['own', 'owning', 'take', 'taking', 'lead', 'leading', 'handle', 'handling', 'drive', 'driving', 'pick up', 'picking up', 'follow up', 'following up'];
export const ASSENT_WORDS: readonly string[] = ['yes', 'yep', 'yeah', 'sure', 'will do', 'i will', 'i can', 'happy to', 'ok', 'okay'];

/** Verbs by which minutes report what someone said of a matter ("Polar said that …", "Si reported that …"). Read by model/reports.ts. */
export const REPORT_VERBS: readonly string[] = ['reported', 'said', 'stated', 'explained', 'confirmed', 'told', 'informed', 'pointed out', 'noted', 'restated', 'mentioned', 'updated'];
/** Words too common to say two texts share a subject ("that", "with"): register.ts's prose take-up. */
export const FUNCTION_WORDS: readonly string[] = ['that', 'this', 'with', 'from', 'have', 'been', 'will', 'were', 'they', 'their', 'them', 'about', 'regards', 'regarding', 'would', 'should', 'could', 'which', 'there', 'what', 'when', 'into', 'also', 'some', 'more', 'than', 'then', 'only', 'next', 'week', 'meeting', 'exec', 'there', 'here', 'possibly', 'during', 'look', 'make', 'sure', 'contact', 'talk', 'email', 'send', 'find', 'check', 'ensure', 'whether'];

/** Ordinal words, first to twelfth, for "Second meeting of …". */
export const ORDINAL_WORDS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Labels of a meeting's head in a cover table or a labelled line ("Meeting Date/Time:", "Venue:"),
 * lower case, each with what it gives. Read by the importer's cover reading and the model's date reader.
 */
export const HEAD_LABELS = {
  date: ['date', 'meeting date', 'date/time', 'date / time', 'meeting date/time', 'meeting date / time', 'fecha', 'when'],
  time: ['time', 'meeting time', 'hours'],
  venue: ['venue', 'location', 'meeting location', 'place', 'where'],
  chair: ['chair', 'chairman', 'chairwoman', 'chairperson', 'chaired by'],
  committee: ['committee', 'project', 'group', 'body'],
  meeting: ['meeting', 'meeting no', 'meeting no.', 'meeting number', 'meeting type'],
} as const;

/**
 * Plural roles that open a sentence naming those present ("Directors Ada Pike and Tom Reeve were
 * present"), lower case, each with the title its names take (none: the role is not a title).
 */
export const ROLE_PLURALS: Readonly<Record<string, string | undefined>> = {
  directors: undefined, trustees: undefined, governors: undefined, members: undefined, 'board members': undefined,
  'committee members': undefined, officers: undefined, councillors: 'Councillor', 'county councillors': 'County Councillor', cllrs: 'Cllr',
};

/** The end of such a sentence: "… were present", "… was also in attendance", at the end of the line or of a sentence. */
export const PRESENT_VERB = /\s+(?:were|was)\s+(also\s+)?(?:present|in\s+attendance)\s*(?:[.;]\s*|$)(?=$|[\p{Lu}])/giu;

/** Column titles of a table of people: the name, the initials, the organisation, the presence. */
export const PEOPLE_COLUMNS = {
  name: /^(?:(?:attendee|participant|member|full)\s+)?(?:name|member|attendee|participant|person|who)s?(?:\s+of\s+(?:attendee|participant)s?)?$/,
  /** A name column that says by itself whom the table lists, without a label above it. */
  attendance: /\b(?:attendee|participant)s?\b/,
  initials: /^(?:initials|abbreviation|acronym)$/,
  organisation: /organi[sz]ation|company|country|institution|affiliation|represent/,
  presence: /^(?:presence|present|attendance|attended|status)$/,
  absent: /apolog|absent|excused|^no\b/,
} as const;

/** Labels of dates near a meeting's head that are not the meeting's own ("Issue Date", "Due date"). */
export const OTHER_DATE_LABELS: readonly string[] = ['issue', 'due', 'target', 'deadline'];

/** Abbreviated titles whose full stop does not end a sentence ("Mr. Nickels", "Cllr. Bell"). */
export const ABBREVIATED_TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'prof', 'cllr', 'rev', 'revd', 'st'];
