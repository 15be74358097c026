/** Decisions read from prose (readers/prose-decision.ts), sentence by sentence, and the patterns built from the configuration. */
import { patternsOf } from '../src/vocabulary/patterns.js';
import { DEFAULT_VOCABULARY, extendVocabulary } from '../src/vocabulary/words.js';
import { describe, expect, it } from 'vitest';
import { decisionPatterns } from '../src/model/readers/prose-decision.js';
import { meetingOf } from './helpers/natural.js';

const FRONT = 'attendees:\n  - Ann Reed (Chair)\n  - Bo Hale';
const proseIn = (body: string) => meetingOf(FRONT, body).meeting.decisions.filter((d) => d.kind === 'prose');
const verbsIn = (paragraph: string) => proseIn(`## 1. Item\n\n${paragraph}\n`).map((d) => d.verb);

describe('prose decisions, sentence by sentence', () => {
  const cases: Array<[string, string[]]> = [
    ['The committee agreed to meet monthly.', ['agreed']],
    ['Arising from this report, the  committee  unanimously  agreed to proceed.', ['agreed']],
    ['It  was  formally  agreed that the fees be frozen.', ['agreed']],
    ['Discussed the plan and  agreed to proceed.', ['agreed']],
    ['Agreed to write to the council.', ['Agreed']],
    ['Agreed  by the chair as a matter of course.', []],
    ['Agreed-by-all: the new logo.', ['Agreed']],
    ['There  was  general  consensus  that the plan should go ahead.', ['consensus']],
    ['The panel said there was consensus on fees.', []],
    ['Ann Reed was elected  unopposed as chair.', ['elected  unopposed']],
    ['Bo Hale was re-elected  unopposed.', ['re-elected  unopposed']],
    ['Bo Hale was appointed  unopposed.', ['appointed  unopposed']],
    ['Ann Reed was chosen by  acclamation.', ['by  acclamation']],
    ['The chair declared Bo Hale duly elected.', ['declared']],
    ['This  item  was  deferred to May.', ['deferred']],
    // Consent decides what was put before it; alone, it says nothing of what was decided.
    ['The chair proposed a later start. There  were  no  objections.', ['no  objections']],
    ['There  were  no  objections.', []],
    ['We discussed the budget and  agreed to freeze it.', ['agreed']],
    ['The DCC noted that the plan had been agreed elsewhere.', []],
    ['_Initial conditions_: Consensus is that the trial goes ahead.', ['Consensus']],
  ];
  for (const [paragraph, verbs] of cases) it(paragraph, () => expect(verbsIn(paragraph)).toEqual(verbs));

  it('keeps the sentence with its white space folded, in its section', () => {
    const [d] = proseIn('## 1. Fees\n\nIt was agreed  to  freeze\nthe fees.\n');
    expect(d?.text).toBe('It was agreed to freeze the fees.');
    expect(d?.item).toBe('1');
    const [outside] = proseIn('It was agreed to freeze the fees.\n');
    expect(outside && 'item' in outside).toBe(false);
  });

  it('adds the list a closing colon introduces, and only then', () => {
    expect(proseIn('## 1. Item\n\nIt was agreed:\n\n- to freeze the fees\n- to meet in May\n').map((d) => d.text)).toEqual(['It was agreed: to freeze the fees; to meet in May']);
    expect(proseIn('## 1. Item\n\nIt was agreed to do the following\n\n- freeze the fees\n').map((d) => d.text)).toEqual(['It was agreed to do the following']);
    expect(proseIn('## 1. Item\n\nIt was agreed: freeze the fees, as below\n\n- in May\n').map((d) => d.text)).toEqual(['It was agreed: freeze the fees, as below']);
  });

  it('does not read again a paragraph already taken as a marked decision', () => {
    const decisions = meetingOf(FRONT, '## 1. Item\n\n**AGREED** that it was agreed to freeze the fees.\n').meeting.decisions;
    expect(decisions.map((d) => d.kind)).toEqual(['marked']);
  });
});

describe('decisionPatterns', () => {
  const subject = (o: Partial<Parameters<typeof decisionPatterns>[0]> & { verbs?: string[]; subjects?: string[] }, sentence: string) =>
    decisionPatterns({ words: patternsOf(extendVocabulary(DEFAULT_VOCABULARY, { decision_verbs: o.verbs ?? [], decision_subjects: o.subjects ?? [] })), ...o }).subjectVerb.exec(sentence)?.[1];

  it('takes the committee and its code as subjects, with or without "the", spaced as written or not', () => {
    expect(subject({ committee: 'Fernbrook  Parish Council' }, 'Fernbrook Parish Council approved the budget')).toBe('approved');
    expect(subject({ committee: 'Fernbrook Parish Council' }, 'The Fernbrook  Parish\nCouncil approved the budget')).toBe('approved');
    expect(subject({ code: ' FPC ' }, 'FPC endorsed the plan')).toBe('endorsed');
    expect(subject({ committee: 'R&D (North)' }, 'R&D (North) agreed to report')).toBe('agreed');
    expect(subject({ committee: 'R&D (North)' }, 'R&D North agreed to report')).toBeUndefined();
  });

  it('ignores an empty committee or code rather than matching any "the"', () => {
    expect(subject({ code: ' ', committee: '' }, 'The agreed plan was noted')).toBeUndefined();
  });

  it('adds configured verbs and subjects', () => {
    expect(subject({ verbs: ['sanctioned'], subjects: ['the panel'] }, 'The panel sanctioned the spend')).toBe('sanctioned');
    expect(subject({}, 'The panel sanctioned the spend')).toBeUndefined();
  });
});
