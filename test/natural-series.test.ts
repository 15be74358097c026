/**
 * The action register across meetings written the way committees write them, in-process through
 * the core: actions numbered afresh at each meeting, structured IDs restated, ID-less actions
 * reviewed by owner and subject, and where an unreviewed action is reported.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from './helpers/rule-tester.js';
import { RIVERSIDE_CONFIG, riversideMeeting } from './helpers/riverside.js';

const CONFIG = RIVERSIDE_CONFIG;
const meeting = riversideMeeting;

function register(files: Record<string, string>, config = CONFIG) {
  const checked = checkSources({ files, config });
  const series = checked.analyses.at(-1)!.series!;
  return { lines: checked.lines, entries: series.register.entries.map((e) => [e.id, e.key, e.owner, e.status, e.text]) };
}

describe('the register of natural minutes', () => {
  it('keeps "Action 1" of two meetings apart and asks which one a later review of "1" means', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Actions\n\n- 1 Kit to circulate the plot map.\n'),
      '2.md': meeting(2, '2026-02-09', '## Actions from the previous meeting\n\n- Action 1: Kit to circulate the plot map. _Ongoing_\n\n## Actions\n\n- 1 Tomas to price the fencing.\n'),
      '3.md': meeting(3, '2026-03-09', '## Actions from the previous meeting\n\n- Action 1: _Done_\n'),
    });
    expect(r.entries).toEqual([
      ['1', '1', 'Kit', 'open', 'Kit to circulate the plot map.'],
      ['1', '2/1', 'Tomas', 'open', 'Tomas to price the fencing.'],
    ]);
    expect(r.lines).toEqual([
      '3.md:14:1-14:19  error  Review of action "1" could mean the action "1" of meeting 1 (2026-01-12) and meeting 2 (2026-02-09): restate its text to say which  series-ambiguous-review',
    ]);
  });

  it('takes the restated text for which "1" a review means', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Actions\n\n- 1 Kit to circulate the plot map.\n'),
      '2.md': meeting(2, '2026-02-09', '## Actions from the previous meeting\n\n- Action 1: Kit to circulate the plot map. _Ongoing_\n\n## Actions\n\n- 1 Tomas to price the fencing.\n'),
      '3.md': meeting(3, '2026-03-09', '## Actions from the previous meeting\n\n- Action 1: Kit to circulate the plot map. _Done_\n- Action 1: Tomas to price the fencing. _Ongoing_\n'),
    });
    expect(r.lines).toEqual([]);
    expect(r.entries.map((e) => [e[1], e[3]])).toEqual([['1', 'closed'], ['2/1', 'open']]);
  });

  it('keeps a structured ID restated at the next meeting as one action, with its new text', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Actions\n\n- 1.1 TR to contact the county about the water rates.\n'),
      '2.md': meeting(2, '2026-02-09', '## Review of actions\n\n1. **Action 1.1: TR to contact the county about the water rates.** _Ongoing_\n\n## Actions\n\n- 1.1: TR/KM: Draft a plan for the water rates.\n'),
    });
    expect(r.entries).toEqual([['1.1', '1.1', 'TR/KM', 'open', 'TR/KM: Draft a plan for the water rates.']]);
    expect(r.lines).toEqual([]);
  });

  it('matches a restated ID-less action by owner and subject, and closes it', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Paths\n\nACTION - Kit - order gravel for the east path\n'),
      '2.md': meeting(2, '2026-02-09', "## Review Previous Meeting's Action Items\n\n* ACTION - Kit - order gravel for the east path\n    * Complete. Delivered on Monday.\n"),
    });
    expect(r.entries).toEqual([['1#1', '1#1', 'Kit', 'closed', 'order gravel for the east path']]);
    expect(r.lines).toEqual([]);
  });

  it('reports an unreviewed ID-less action at the next meeting\'s actions heading, not at 1:1', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Paths\n\nAction: Kit to order gravel for the east path.\n'),
      '2.md': meeting(2, '2026-02-09', '## Matters arising\n\nThe gate was mended.\n'),
    });
    expect(r.lines).toEqual([
      // Named by its words: `1#1` is minutebook's name for it, not the minutes'.
      '2.md:12:1-12:19  error  Action "Kit to order gravel for the east path." (raised at meeting 1) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`  series-missing-review',
    ]);
  });

  it('takes a Matters-arising paragraph naming the owner and the subject for a review of an earlier action', () => {
    const files = {
      '1.md': meeting(1, '2026-01-12', '## Paths\n\nAction: Kit to order gravel for the east path.\n'),
      '2.md': meeting(2, '2026-02-09', '## Matters arising\n\nKit had ordered the gravel for the east path; it arrives in March.\n'),
    };
    const r = register(files);
    expect(r.lines).toEqual([]);
    expect(r.entries.map((e) => [e[1], e[3]])).toEqual([['1#1', 'open']]);
    const other = register({ ...files, '2.md': meeting(2, '2026-02-09', '## Matters arising\n\nTomas had ordered the gravel for the east path.\n') });
    expect(other.lines).toEqual([expect.stringContaining('Action "Kit to order gravel for the east path." (raised at meeting 1) is not reviewed at this meeting')]);
  });

  it('demands no review of a meeting that takes up one of the earlier ID-less actions in prose: its owner reports on its subject', () => {
    const one = meeting(1, '2026-01-12', '## Paths\n\nAction: Kit to order gravel for the east path.\n\nAction: Tomas to price the fencing.\n');
    const taken = register({ '1.md': one, '2.md': meeting(2, '2026-02-09', '## Paths\n\nKit reported that the gravel had come on Monday.\n') });
    expect(taken.lines).toEqual([]);
    // Someone else's report, or the owner's on another subject, takes none of them up.
    for (const said of ['Tomas reported that the gravel had come on Monday.', 'Kit said that the gate was mended.']) {
      const other = register({ '1.md': one, '2.md': meeting(2, '2026-02-09', `## Paths\n\n${said}\n`) });
      expect(other.lines).toEqual([expect.stringContaining('2 actions raised at meeting 1 are not reviewed at this meeting')]);
    }
  });

  it('lists an action inferred from a sentence without demanding its review', () => {
    const r = register({
      '1.md': meeting(1, '2026-01-12', '## Paths\n\nKit will order gravel for the east path.\n'),
      '2.md': meeting(2, '2026-02-09', '## Matters arising\n\nThe gate was mended.\n'),
    });
    expect(r.entries).toEqual([['1#1', '1#1', 'Kit', 'open', 'Kit will order gravel for the east path.']]);
    expect(r.lines).toEqual([]);
  });
});
