/**
 * Hand-made expectations about the real minutes in ../shared/reference/real/ (this folder is the
 * one place that may describe them). Each was read against the original: what its sections are
 * numbered as written, and which findings of the structure rules are true.
 */

/** Rules of the structure, front matter and residue checks (NATURAL §2–3), measured on the real set. */
export const STRUCTURE_RULES = [
  'required-key',
  'invalid-date',
  'end-before-start',
  'next-meeting-date',
  'agenda-numbering',
  'heading-level',
  'title-mismatch',
  'placeholder',
  'link-broken',
] as const;

export interface RealExpectation {
  /** Findings of STRUCTURE_RULES that are true, as `rule line:column`. */
  findings: string[];
  /** Sections by nesting, each `number title` as written (numbers only where the heading has one). */
  sections: string[];
  /** Annex or signature sections, and the first words of a closing signature block, if any. */
  closing?: string;
}

export const REAL: Record<string, RealExpectation> = {
  // Items are a pandoc list (`1.  MINUTES …`, `a)  …` paragraphs), not headings: no sections.
  '01-govan-community-council/2023-11-06-govan-community-council.md': { findings: [], sections: [] },
  '01-govan-community-council/2023-12-04-govan-community-council.md': { findings: [], sections: [] },
  '02-jmmp-global-ocean/2024-02-14-jmmp-global-ocean.md': {
    findings: [],
    sections: ['Agenda:', 'New member', 'Actions from previous meetings', 'GO development general updates:', 'Discussion of new protocol for standard forced experiments:', 'AOB/Post-meeting:', 'Actions'],
  },
  '02-jmmp-global-ocean/2024-05-09-jmmp-global-ocean.md': {
    // "Progress with GOSI10" numbers its points 1., 2., 4., 5.: point 3 is missing.
    findings: ['agenda-numbering 106:1'],
    sections: ['Agenda:', 'Using NEMO with single precision (Sam Hatfield)', 'Review actions from previous meetings', 'Progress with GOSI10 (and AGRIF)', 'Actions'],
  },
  '03-perth-artifactory-committee/2024-03-23-perth-artifactory-committee.md': {
    // "Present: REMOVE NOT PRESENT" is the wiki template's instruction, left in.
    findings: ['placeholder 31:12'],
    sections: [
      'Minutes',
      '  Members Present',
      '  Meeting Times',
      "  Review Previous Meeting's Minutes",
      "    Review Previous Meeting's Action Items",
      '    Review Online Motions',
      '  Correspondence',
      '  Incident Reports',
      '  Property Report',
      "  Chairperson's Report",
      "  Treasurer's Report",
      '    Expenses for Approval',
      '    Due invoices',
      '  Membership Report',
      '    Current Status',
      '    New Memberships for approval',
      '  Officer Reports',
      '    Event Officer',
      '    Rehearsal Room Coordinators',
      '    Quartermasters',
      '    Membership Officers',
      '    Membership Storage Officer',
      '  Subcommittee Reports',
      '    Laser Subcommittee',
      '    IT Subcommittee',
      '    Promotions Subcommittee',
      '    Associate Memberships Panel',
      '    Infrastructure Subcommittee',
      '  Event/Workshop Coordinator Reports',
      '    Tech',
      '    Social',
      '    Cosplay and Craft',
      '    Music',
      '    General',
      '  Other Business',
      '    Appoint New Chairperson',
      '    Strategy 2024',
      '  End of Meeting',
      '  Action Summary',
    ],
  },
  '04-west-carleton-arc/2024-12-16-west-carleton-arc.md': {
    // The annexes (attachments/*.pdf) were not copied with the minutes: the links are broken here.
    findings: ['link-broken 75:471', 'link-broken 98:202'],
    sections: ['Opening', 'Meeting Agenda', "Secretary's Report", "Treasurer's Report", "Vice President's Report", "President's Report", 'Presentation(s)', 'Election of Directors', 'Old Business', 'New Business', 'Show and tell', 'Ask the Club', 'Adjournment'],
  },
  // Numbered paragraphs (`1. Election of Mayor`) are lists; the Irish signature block closes it.
  '05-limerick-metropolitan-district/2014-06-16-limerick-metropolitan-district.md': { findings: [], sections: [], closing: 'Sínithe:' },
  '06-carpentries-executive-council/2018-07-26-carpentries-executive-council.md': {
    findings: [],
    sections: [
      '044/18 Review new meeting structure/expectations',
      '045/18 Mission and Vision discussion',
      '046/18 Bylaws',
      '047/18 Clarification of GitHub repos',
      '048/18 Weekly communication plan',
      '049/18 Staff updates',
      '050/18 Treasurer report',
    ],
  },
};
