import { describe, expect, it } from 'vitest';
import { classifyModality } from '../../src/modality/classify.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';

// The modality of `trigger` in `sentence`, read with the sentence's syntax as the pipeline reads it.
function modalityOf(sentence: string, trigger: string): string {
  const s = analyze(sentence).sentences[0];
  const ts = sentence.indexOf(trigger);
  const scope = { syntax: buildSyntax(s, null), offset: s.start };
  return classifyModality(scope, sentence, ts, ts + trigger.length).modality;
}

describe('classifyModality', () => {
  it('keeps a plain past event asserted', () => {
    expect(modalityOf('Trump spoke with Putin by phone on Sunday.', 'spoke with')).toBe('asserted');
  });
  it('marks a hoped-for call as hypothetical', () => {
    expect(modalityOf('The meeting could serve as a precursor for the first phone call between the two.', 'phone call')).toBe('hypothetical');
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
});

describe('classifyModality: cue scope', () => {
  it('does not read the noun "a plan to end the war" as a plan to act', () => {
    expect(modalityOf('Leaders discussed a peace plan to end the war as the fighting since the invasion went on.', 'invasion')).toBe('asserted');
    expect(modalityOf('Kyiv plans to hold talks in Geneva.', 'talks')).toBe('future');
  });
  it('stops a modal at another finite verb between it and the trigger', () => {
    expect(modalityOf('In a move that could reshape the region, the bloc has pledged support for Kyiv.', 'pledged')).toBe('asserted');
    expect(modalityOf('Putin could have met Trump in Alaska.', 'met')).toBe('hypothetical');
  });
  it('stops a future cue at a reporting tag between it and the trigger', () => {
    expect(modalityOf('Envoys will keep talking on Sunday, officials said, after two days of meetings in Florida.', 'meetings')).toBe('asserted');
  });
  it('reads noun modifiers only for the noun right after them', () => {
    expect(modalityOf('They unveiled a potential peace framework following negotiations held Sunday in Geneva.', 'negotiations')).toBe('asserted');
    expect(modalityOf('They weighed a possible summit in Budapest.', 'summit')).toBe('hypothetical');
    expect(modalityOf('A truce proposed by Washington in March was later rejected by Moscow.', 'rejected')).toBe('asserted');
    expect(modalityOf('A Qatari-proposed truce was turned down by the junta.', 'turned down')).toBe('asserted');
    expect(modalityOf('The planned talks were held in Nairobi.', 'held')).toBe('asserted');
  });
  // Known wrong: the syntax layer coordinates "early May and the shelling" as one "for" phrase of "scheduled".
  it.fails('does not lend "scheduled for" to a noun coordinated after its time', () => {
    expect(modalityOf('With talks scheduled for early May and the shelling of Kharkiv growing worse, hope faded.', 'shelling')).toBe('asserted');
  });
  it('limits "scheduled"/"upcoming" to the words right after them', () => {
    expect(modalityOf('The upcoming summit in Riyadh drew attention.', 'summit')).toBe('future');
    expect(modalityOf('With talks scheduled and Russian strikes on Kyiv rising, hope faded.', 'strikes')).toBe('asserted');
    expect(modalityOf('They weighed a possible truce and talks in Geneva.', 'talks')).toBe('asserted');
  });
  it('reads "slated to", "in hopes of" and "still need to be" as cues', () => {
    expect(modalityOf('The two sides are slated to meet again on Monday.', 'meet')).toBe('future');
    expect(modalityOf('Envoys flew to Riyadh in hopes of reaching a truce.', 'reaching a truce')).toBe('hypothetical');
    expect(modalityOf('Details still need to be settled in negotiations between the parties.', 'negotiations')).toBe('future');
  });
  // Known wrong: the noun scope climbs "a transcript of" to the denied object, as it rightly climbs "a round of talks".
  it.fails('does not let a negation reach a trigger inside an "of" phrase of a record', () => {
    expect(modalityOf('The ministry has not released a transcript of the call.', 'the call')).toBe('asserted');
  });
  it('reads a denied verb as negated', () => {
    expect(modalityOf('Putin has not called Zelenskyy.', 'called')).toBe('negated');
  });
  it('ends a clause at a closing quotation mark', () => {
    expect(modalityOf('“We will win,” the president said as he signed the accord.', 'signed')).toBe('asserted');
  });
  it('reads the month May as a date, not a modal', () => {
    expect(modalityOf('Talks were held in May and the two sides met again.', 'met')).toBe('asserted');
    expect(modalityOf('Kyiv may meet Moscow again.', 'meet')).toBe('hypothetical');
  });
  it('reads the act one agrees or pledges to do as future, but not an agreed noun', () => {
    expect(modalityOf('Both sides agreed to implement a truce at midnight.', 'implement a truce')).toBe('future');
    expect(modalityOf('Kyiv agreed to the talks before the summit.', 'talks')).toBe('asserted');
  });
  it('reads "would" in a clause a reporting verb introduces as future', () => {
    expect(modalityOf('He said on Monday that Moscow would sign the accord.', 'sign')).toBe('future');
    expect(modalityOf('Moscow would sign the accord under other terms.', 'sign')).toBe('hypothetical');
  });
});

// What the character cues once read before the trigger ("will", "plans to", "could", "said ... would"), read on the
// syntax: the trigger's verb group, the word governing its infinitive, a reporting clause above it.
const READ_FROM_SYNTAX: Array<[string, string, string]> = [
  ['future', 'meet', 'Both sides shall meet in Geneva.'],
  ['future', 'sign', 'They’ll sign the accord in Doha.'],
  ['future', 'visit', 'The minister is going to visit Belgrade.'],
  ['future', 'meet', 'Kyiv is planning to meet the envoys in Riyadh.'],
  ['future', 'visit', 'The envoy is to visit Caracas on Friday.'],
  ['future', 'meet', 'The mediators are scheduled to meet the junta in Niamey.'],
  ['future', 'withdraw', 'Ethiopia intends to withdraw its troops from Somalia.'],
  ['future', 'hold', 'Bogotá aims to hold a new round with the ELN.'],
  ['future', 'talks', 'Manila is preparing for talks with Beijing.'],
  ['future', 'retaliate', 'Tehran vowed to retaliate against the strikes.'],
  ['future', 'deploy', 'The bloc committed to deploy monitors to the Lachin corridor.'],
  ['future', 'talks', 'The army said it would continue talks with the militia.'],
  ['future', 'withdraw', 'Officials told reporters that the army would withdraw by Friday.'],
  ['hypothetical', 'sign', 'The two sides might sign a truce.'],
  ['hypothetical', 'join', 'Serbia should join the talks.'],
  ['hypothetical', 'host', 'Oman can host the talks.'],
  ['hypothetical', 'resume', 'The talks in Lomé may resume in June.'],
  ['hypothetical', 'talks', 'A truce could pave the way for talks.'],
  ['asserted', 'met', 'Talks were held in May and the envoys met again.'],
  ['asserted', 'met', 'Kyiv may want more, but the envoys met on Sunday in Jeddah.'],
];

describe('classifyModality: modals and governors read on the syntax', () => {
  for (const [modality, trigger, sentence] of READ_FROM_SYNTAX) {
    it(`reads "${trigger}" as ${modality} in: ${sentence}`, () => expect(modalityOf(sentence, trigger)).toBe(modality));
  }
});
