import { describe, expect, it } from 'vitest';
import { classifyModality, clauseStart, isHedged } from '../../src/modality/classify.js';

function modalityOf(sentence: string, trigger: string): string {
  const ts = sentence.indexOf(trigger);
  return classifyModality(sentence, ts, ts + trigger.length, clauseStart(sentence, ts)).modality;
}

describe('classifyModality', () => {
  it('keeps a plain past event asserted', () => {
    expect(modalityOf('Trump spoke with Putin by phone on Sunday.', 'spoke with')).toBe('asserted');
  });
  it('marks a hoped-for call as hypothetical', () => {
    expect(modalityOf('The meeting could serve as a precursor for the first phone call between the two.', 'phone call')).toBe('hypothetical');
  });
  it('marks a counterfactual "if ... had" as hypothetical, even in a later clause', () => {
    expect(modalityOf('If Putin had joined in a call on Sunday, it would have been historic.', 'a call')).toBe('hypothetical');
  });
  it('marks planned events as future', () => {
    expect(modalityOf('Trump plans to meet Putin in Budapest.', 'meet')).toBe('future');
    expect(modalityOf('Witkoff will travel to Moscow to meet Putin.', 'travel')).toBe('future');
  });
  it('reads a backshifted "would" after a reporting verb as future', () => {
    expect(modalityOf('Trump said he would call Zelenskyy after the summit.', 'call')).toBe('future');
  });
  it('marks negation close to the trigger as negated', () => {
    expect(modalityOf('Putin did not meet Zelenskyy.', 'meet')).toBe('negated');
  });
  it('does not let a cue in an earlier clause leak across a boundary', () => {
    expect(modalityOf('Analysts say a deal could come, but the leaders met on Sunday.', 'met')).toBe('asserted');
  });
  it('reads a future time phrase after a present-tense trigger as future', () => {
    expect(modalityOf('Envoys meet in Geneva next week.', 'meet')).toBe('future');
  });
  it('lets a pattern fix the modality', () => {
    expect(classifyModality('The talks ended without a deal.', 10, 20, 0, 'negated').modality).toBe('negated');
  });
});

describe('isHedged', () => {
  it('sees "reportedly" and "sources said"', () => {
    expect(isHedged('The two are reportedly close to a deal.')).toBe(true);
    expect(isHedged('Sources said the talks went well.')).toBe(true);
    expect(isHedged('The talks went well.')).toBe(false);
  });
});
