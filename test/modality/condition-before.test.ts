import { describe, expect, it } from 'vitest';
import { conditionBeforeReading } from '../../src/modality/condition-before.js';
import { triggerIn } from '../helpers/syntax.js';

// The cue of a condition before `trigger` (its first token to its last) in `sentence`, read on the sentence's syntax.
function cueOf(sentence: string, trigger: string): string | null {
  const { x, from, to } = triggerIn(sentence, trigger);
  return conditionBeforeReading(x, from, to)?.cue ?? null;
}

describe('conditionBeforeReading: the trigger in or under a condition', () => {
  it('reads an act inside an "if", "unless" or "whether" clause', () => {
    expect(cueOf('Sanctions return if Belgrade attacks the north again.', 'attacks')).toBe('conditional.if');
    expect(cueOf('Hanoi warned that unless Beijing withdraws the rig, it would file a complaint.', 'withdraws')).toBe('conditional.if');
    expect(cueOf('It is unclear whether the two juntas would sign the accord.', 'sign')).toBe('conditional.if');
    expect(cueOf('Aides said the general would fly to Riyadh if the army chief agreed to meet him.', 'meet')).toBe('conditional.if');
  });
  it('reads an inverted "should" that opens the trigger\'s clause', () => {
    expect(cueOf('The board will set the budget, limiting its powers, should the assembly finally reject the plan.', 'reject')).toBe('conditional.if');
  });
  it('reads a condition that opens the sentence as governing all of it', () => {
    expect(cueOf('If the talks in Jeddah collapse, the RSF will resume its offensive on El Fasher.', 'offensive')).toBe('conditional.if');
    expect(cueOf('“If they refuse to talk, then Kenya would have to act, while imposing sanctions.”', 'imposing')).toBe('conditional.if');
    expect(cueOf('Should talks fail, the army will resume the offensive.', 'resume')).toBe('conditional.if');
  });
  it('reads a past perfect in the condition as a counterfactual', () => {
    expect(cueOf('If Putin had joined in a call on Sunday, it would have been historic.', 'call')).toBe('counterfactual.if-had');
    expect(cueOf('Diplomats say that if Addis Ababa had signed the deal, the dam dispute would be over.', 'signed')).toBe('counterfactual.if-had');
  });
});

describe('conditionBeforeReading: no condition over the trigger', () => {
  it('leaves an act before the condition, or in another sentence part', () => {
    expect(cueOf('Armenia and Azerbaijan signed the accord on Friday, and if it holds, trade will resume.', 'signed')).toBeNull();
    expect(cueOf('If the truce holds, aid will flow; the two envoys met on Monday in Geneva.', 'met')).toBeNull();
  });
  it('leaves a plain "should" and a sentence with no condition', () => {
    expect(cueOf('Officials said Kyiv should join the talks in Istanbul.', 'talks')).toBeNull();
    expect(cueOf('The two foreign ministers met in Baku on Tuesday.', 'met')).toBeNull();
  });
});
