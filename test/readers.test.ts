/**
 * The readers of the model (src/model/readers/index.ts), one fixture each, as the rules have theirs:
 * test/fixtures/readers/<id>.md is read by the whole model and the facts it gives are listed here.
 * For the readers of the one walk the facts are the walk's own, each with the reader that read it
 * (so the order in which readers claim a node shows too); for the other readers (of the sections,
 * the prose units, what the walk left), the model's facts of that kind. Every reader has a fixture and a row in docs/readers.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, wordsOf } from '../src/config/types.js';
import { analyse, type Analysis } from '../src/core/analyse.js';
import { INDEX, READERS } from '../src/model/readers/index.js';
import { readNaturalActions } from '../src/model/readers/walk.js';
import { ownerIndex } from '../src/model/owner-resolve.js';
import type { Paragraph } from 'mdast';
import { ROOT } from './helpers/cli.js';
import { buildRegister } from '../src/series/register.js';
import { idPatternOf } from '../src/model/action-id.js';

const DIR = join(ROOT, 'test', 'fixtures', 'readers');
const config = defaultConfig();

function analysed(id: string): Analysis {
  return analyse({ path: `${id}.md`, contents: readFileSync(join(DIR, `${id}.md`), 'utf8') }, config);
}

/** The walk's facts on a fixture, as [reader, kind, ID, words, owner or status]. */
function walked(id: string): string[][] {
  const a = analysed(id);
  const m = a.meeting!;
  const v1 = m.actions.filter((x) => x.notation === 'v1').map((x) => x.node as Paragraph);
  const read = readNaturalActions(a.tree!, { source: a.source!, loc: a.loc!, owners: ownerIndex(m, config), taken: new Set(v1), prose: v1.length === 0, words: wordsOf(config) });
  return read.facts.map((f) => {
    if (f.kind === 'action') return [f.reader, 'action', f.action.id, f.action.text, f.action.ownerText ?? ''];
    if (f.kind === 'review') return [f.reader, 'review', f.review.id, f.review.text, f.review.status ?? ''];
    return [f.reader, 'reviewed-line', '', '', ''];
  });
}

const WALK: Record<string, string[][]> = {
  'action-heading': [['action-heading', 'action', '4', 'OL to sharpen the loppers', 'OL']],
  'review-line': [
    ['review-line', 'review', '2', 'WH to order stakes for the young trees.', 'open'],
    ['review-line', 'review', '', 'OL to book the press. Done.', 'closed'],
  ],
  'action-label': [
    ['action-label', 'action', '', 'WH/OL to clean the press before October.', 'WH/OL'],
    ['action-label', 'action', '', 'write to the county about the hedge', 'Bea'],
    // Labels joined by hard line breaks: one action each.
    ['action-label', 'action', '', 'Oskar to mend the ladder', 'Oskar'],
    // A passive names what is acted on, not who acts.
    ['action-label', 'action', '', 'Labels to be printed before the harvest', ''],
    ['action-label', 'action', '', 'Wren (to ask the school) and write to the parish', 'Wren'],
    ['action-label', 'action', '', 'Each member bringing a guest must tell the Secretary.', 'Each member'],
    // A topic before the dash, a clause after it: no owner.
    ['action-label', 'action', '', 'Noticeboard - entries will be taken until Friday.', ''],
  ],
  'matters-arising': [['matters-arising', 'review', '', 'The stakes were delivered and are in the shed.', '']],
  'action-marker': [
    ['action-marker', 'action', '', 'The hedge by the lane needs laying before winter.', 'Secretary'],
    ['action-marker', 'action', '', 'OL would mend it before the harvest.', 'OL'],
  ],
  'italic-owner': [['italic-owner', 'action', '', 'The Society thanked the pickers and the Secretary would write to each of them.', 'Bea Fairlie']],
  // "BF: will be away" reports; "KT" is no one of the meeting: no fact.
  'speaker-action': [
    ['speaker-action', 'action', '', 'Will ask the bakery about a stall.', 'WH'],
    ['speaker-action', 'action', '', 'mend the ladder and order the labels.', 'OL'],
  ],
  // "The Society would like to hear from the school." is a wish, not a task: no fact.
  'owner-first': [
    ['owner-first', 'action', '', 'Oskar Lund will bring the apple press to the green.', 'Oskar Lund'],
    ['owner-first', 'action', '', 'Wren to ask the bakery for a stall.', 'Wren'],
    ['owner-first', 'action', '', 'Bea was tasked with finding a second press.', 'Bea'],
    ['owner-first', 'action', '', 'Oskar needs to return the crates.', 'Oskar'],
    // A clause after a comma; a speaker's own commitment ("Will …", "I'll …"). Not who takes a role ("Oskar to scribe"),
    // not a speaker's words ("I'll mention …"), not an offer ("I can help").
    ['owner-first', 'action', '', 'Bea to draw it up.', 'Bea'],
    ['owner-first', 'action', '', 'Will mend the long ladder before the harvest.', 'Oskar'],
    // After a dash or an "and" that ends a report, the clause that gives the task.
    ['owner-first', 'action', '', 'the Secretary is to write to the farm.', 'the Secretary'],
    ['owner-first', 'action', '', 'Oskar Lund agreed to fetch it.', 'Oskar Lund'],
    ['owner-first', 'action', '', 'Chairman to attend.', 'Chairman'],
    // A run-on sentence: "he also agreed to …" is a second task of the same owner.
    ['owner-first', 'action', '', 'the Chairman volunteered to get it mended', 'the Chairman'],
    ['owner-first', 'action', '', 'agreed to have a new latch fitted.', 'the Chairman'],
    // "Action item is <owner> <task>"; not "The action item is Wren is to be asked later" (no task after the name).
    ['owner-first', 'action', '', 'Bea print the new labels before the show.', 'Bea'],
  ],
  // A question that asks someone to take a task on, answered "Yes." by that person in the entry under it;
  // not a question answered by someone else than the one it is put to, nor one answered with more than an assent.
  'answered-question': [
    ['answered-question', 'action', '', 'ask the bakery about a stall', 'Oskar'],
    ['answered-question', 'action', '', 'taking the crates to the show', 'Bea'],
    // The answer in the entry after the question.
    ['answered-question', 'action', '', 'the tasting', 'Wren'],
  ],
  // Task lists: the owner as a leading @handle, a leading name and colon, or an @handle in brackets at the end.
  'task-list': [
    ['task-list', 'action', '', 'ask the bakery for a stall', 'wren'],
    ['task-list', 'action', '', 'write to the county about the hedge', 'Bea'],
    ['task-list', 'action', '', 'bring the ladders to the green', 'oskar'],
    ['task-list', 'action', '', 'order new cider labels', 'pip'],
  ],
  'action-list': [
    ['action-list', 'action', '5.1', 'WH to send the minutes to the parish.', 'WH'],
    ['action-list', 'action', '5.2', '?? to fix the notice board.', '??'],
  ],
  'review-table': [
    ['review-table', 'review', '3', 'Mend the gate latch', 'closed'],
    ['review-table', 'review', '4', 'Sharpen the loppers', 'open'],
  ],
  // The owner column is headed "Resp.": found by its cells, which name people of the meeting.
  'action-table': [
    ['action-table', 'action', '', 'Order the cider labels', 'Bea Fairlie'],
    ['action-table', 'action', '', 'Count the crates', 'Oskar Lund'],
  ],
};

/** The model's facts of the kind an own-pass reader gives. */
const PASSES: Record<string, [(a: Analysis) => unknown, unknown]> = {
  // Minutes kept without front matter: the people come from the "Present:" line and the list under "Apologies:";
  // a body among them ("Hollin Vale Cider Project", "the Lane End orchard group") is no person.
  'people-section': [(a) => a.meeting!.people.map((p) => [p.name, p.list]), [['Wren Hadley', 'attendees'], ['Oskar Lund', 'attendees'], ['Bea Fairlie', 'attendees'], ['Ned Carrow', 'apologies']]],
  'v1-action-line': [(a) => a.meeting!.actions.map((x) => [x.notation, x.text, x.owners.map((o) => o.text)]), [['v1', 'The Secretary to order the cider labels.', ['Secretary']]]],
  'marked-decision': [(a) => a.meeting!.decisions.map((d) => [d.kind, d.verb, d.text]), [['marked', 'AGREED', 'AGREED to spend up to £200 on new stakes.']]],
  'attendance-change': [(a) => a.meeting!.attendanceChanges.map((c) => [c.kind, c.who.written, c.text]), [['left', 'Oskar Lund', 'Oskar Lund left the meeting.']]],
  // Counts, where the motion records them, as [for, against, abstaining].
  motion: [(a) => a.meeting!.motions.map((x) => [x.mover?.written, x.seconder?.written, x.outcome, x.text, ...x.counts.map((c) => [c.for, c.against, c.abstain])]), [
    ['Wren Hadley', 'Oskar Lund', 'carried', 'That the subscription rise to £12.'],
    // The outcome before "as proposed by …" in the same sentence; "duly elected" after the seconder.
    ['Oskar Lund', 'Bea Fairlie', 'carried', undefined],
    ['Bea Fairlie', 'Oskar Lund', 'carried', undefined],
    // "proposed X seconded Y" without "by", and "X proposed and Y seconded": no outcome word, but each
    // closes its paragraph with nothing said after, so the form implies it (motion-outcome still reports it).
    ['Bea Fairlie', 'Oskar Lund', 'implied', 'pass for payment'],
    ['Oskar Lund', 'Bea Fairlie', 'implied', 'That the minutes of the August meeting be signed as a correct record.'],
    // A present-tense outcome with its counts ("two in favour, one opposed, no abstentions").
    ['Bea Fairlie', 'Oskar Lund', 'carried', 'That the gate be painted green.', [2, 1, 0]],
    // A speaker's proposal carried by consent; a seconding under a speaker's question (the speaker moved it);
    // a proposal nobody answers is none.
    ['Wren Hadley', undefined, 'carried', "let's hold a second pressing day in October."],
    ['Oskar Lund', 'Bea Fairlie', 'carried', 'Can we move the meetings to Thursdays?'],
  ]],
  // A tally in a list, and a consensus call answered by a line of consent; the agenda's poll, never answered, is none.
  // A member's question answered by the meeting's consent: the member moved it.
  poll: [(a) => a.meeting!.motions.map((x) => [x.source, x.text, x.outcome, x.counts.map((c) => [c.for, c.against, c.abstain]), x.mover?.person?.name]), [
    ['poll', 'POLL to move the open day to Sunday', 'implied', [[2, 0, 1]], undefined],
    ['poll', 'Consensus poll: any objections to a second press?', 'carried', [], undefined],
    ['poll', 'The old ladder is fine for the low branches. Can we keep it as a spare?', 'carried', [], 'Oskar Lund'],
  ]],
  // A passive whose agent is another body ("approved by the county council") is reported, not decided here.
  'prose-decision': [(a) => a.meeting!.decisions.map((d) => [d.kind, d.verb, d.text]), [
    ['prose', 'agreed', 'The committee agreed to hold the open day on 4 October.'],
    ['prose', 'agrees', 'Exec agrees to sell the cider at the gate.'],
    ['prose', 'decided', 'It has been decided to price a bottle at £4.'],
    ['prose', 'agreed', 'The new label was generally agreed to be clearer.'],
    ['prose', 'agreed', 'Subject to the above discussion the budget was unanimously agreed by the committee.'],
    // A decision label; consent under a proposal (with the proposal's words); a summary by the chair
    // whose subject is the committee; a question answered yes; consent after a proposal a sibling
    // up; the entries under "Consented Decisions"; a vote's result under the vote. Not: a speaker's
    // own "No objections to …" or "Agreement on …", consent to the agenda (no question of substance),
    // a decision of the last meeting, the proposal "Where would they be printed?" answers.
    ['prose', 'Decision', 'Decision: The stall will open at ten.'],
    ['prose', 'Conclusion', 'Conclusion: the society will buy a second press.'],
    ['prose', 'No objections', 'Decision proposal - hire a van for the harvest. No objections.'],
    ['prose', 'approves', 'No. To summarise, committee approves the new rota.'],
    ['prose', 'YES', 'Can we close it? YES'],
    // The motion reader takes a proposal that consent carries; its decision is the motion's.
    ['motion', 'no objections', "let's print the labels in green."],
    ['prose', 'decision', 'Buy forty bottles.'],
    ['prose', 'decision', 'Renew the insurance.'],
    ['prose', 'Preference for', 'Preference for the green design (Informal vote on two label designs)'],
    // Moved and seconded, nothing after it: a decision the record implies (uncertain, never printed).
    ['motion', 'moved', 'That the accounts be adopted.'],
    // A phrase that records a decision wherever it stands; agreed "after consultation with" others is reported.
    ['prose', 'pass for payment', 'Proposed Bea Fairlie - pass for payment.'],
  ]],
  // An ID named in running prose, outside the action and review notations, with a status phrase.
  'prose-review': [(a) => a.meeting!.reviews.map((r) => [r.source, r.id, r.status]), [['prose', '2.1', 'closed']]],
};

describe('readers of the walk', () => {
  for (const r of READERS) {
    it(`${r.id}: its fixture gives its facts`, () => {
      expect(walked(r.id)).toEqual(WALK[r.id]);
    });
  }
});

describe('task lists (issue 20, item 2)', () => {
  it('a ticked box is a closed action, an empty one an open action; sure only when the owner resolves', () => {
    const m = analysed('task-list').meeting!;
    expect(m.actions.map((x) => [x.notation, x.text, x.owners.map((o) => o.resolved?.kind === 'person' ? o.resolved.person.name : o.text), x.status, x.certain])).toEqual([
      ['task', 'ask the bakery for a stall', ['Wren Hadley'], 'open', true],
      ['task', 'write to the county about the hedge', ['Bea Fairlie'], 'closed', true],
      ['task', 'bring the ladders to the green', ['Oskar Lund'], 'open', true],
      ['task', 'order new cider labels', ['pip'], 'open', false],
    ]);
  });

  it('the register lists a ticked action closed where it was raised, and an open one open', () => {
    const m = analysed('task-list').meeting!;
    const register = buildRegister([m], idPatternOf(config));
    expect(register.entries.map((e) => [e.text, e.status])).toEqual([
      ['ask the bakery for a stall', 'open'],
      ['write to the county about the hedge', 'closed'],
      ['bring the ladders to the green', 'open'],
      ['order new cider labels', 'open'],
    ]);
  });
});

describe('readers of the sections, the prose units and what the walk left', () => {
  for (const r of INDEX.filter((x) => x.pass !== 'node')) {
    it(`${r.id}: its fixture gives its facts`, () => {
      const [facts, expected] = PASSES[r.id]!;
      expect(facts(analysed(r.id))).toEqual(expected);
    });
  }
});

describe('the index', () => {
  const ids = INDEX.map((r) => r.id);
  it('has one fixture per reader and no fixture without its reader', () => {
    expect(readdirSync(DIR).map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...ids].sort());
  });
  it('has one row per reader in docs/readers.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'readers.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((x) => x[1]);
    expect(rows).toEqual(ids);
  });
});
