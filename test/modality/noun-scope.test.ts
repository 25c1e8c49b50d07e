import { describe, expect, it } from 'vitest';
import { nounReading } from '../../src/modality/noun-scope.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';

// The noun scope's cue for the noun phrase whose head is `noun`; the verb scope is a stub that reads nothing, so
// only what the noun's own phrase and verb say shows.
function cueOf(sentence: string, noun: string): string | null {
  const x = buildSyntax(analyze(sentence).sentences[0], null);
  const chunk = x.chunks.find((c) => x.tokens[c.head].lower === noun)!;
  return nounReading(x, chunk, { verbReading: () => null })?.cue ?? null;
}

describe('nounReading', () => {
  it('reads a modifier, a governing noun and a subject verb that tells whether it happens', () => {
    expect(cueOf('The planned summit in Astana drew protests.', 'summit')).toBe('scope.modifier(future.scheduled)');
    expect(cueOf('Kigali welcomed the proposal for a truce in North Kivu.', 'truce')).toBe('scope.hypothetical.wish(proposal)');
    expect(cueOf('Talks between Hanoi and Manila will resume in May.', 'talks')).toBe('scope.modal(will)');
  });
  it('reads a verb that presupposes its object, a topic phrase and a possessor as an act that exists', () => {
    expect(cueOf('The monitors will oversee the truce in Cabo Delgado.', 'truce')).toBe('scope.existing-presupposed(oversee)');
    expect(cueOf('The minister briefed lawmakers on the talks in Muscat.', 'talks')).toBe('scope.existing-topic(on)');
    expect(cueOf('Sudan condemned Chad’s incursion.', 'incursion')).toBe('scope.existing-possessed');
  });
  it('gives what happens "during" an act the act\'s own modal, and leaves a past occasion existing', () => {
    expect(cueOf('Modi said he could raise it during a visit to Hanoi.', 'visit')).toBe('scope.modal(could)');
    expect(cueOf('Modi raised it during a visit to Hanoi.', 'visit')).toBe('scope.existing-topic(during)');
  });
  it('reads a noun after "without" as denied', () => {
    expect(cueOf('The summit in Lima ended without an accord.', 'accord')).toBe('scope.without');
  });
  it('reads a noun that "no" opens, or coordinated after one, as denied', () => {
    expect(cueOf('There was no truce in Tigray by the weekend.', 'truce')).toBe('scope.denying-determiner');
    expect(cueOf('Officials saw no ceasefire or prisoner exchange between Yerevan and Baku.', 'exchange')).toBe('scope.denying-determiner');
    expect(cueOf('Officials saw a ceasefire and no prisoner exchange.', 'ceasefire')).not.toBe('scope.denying-determiner');
  });
});

describe('nounReading: modifiers and "ahead of"', () => {
  it('reads a modifier of the noun\'s own phrase, a hyphenated one too', () => {
    expect(cueOf('The hoped-for summit in Doha drew little notice.', 'summit')).toBe('scope.modifier(hypothetical.possible)');
    expect(cueOf('Delegates prepared for the forthcoming round in Addis Ababa.', 'round')).toBe('scope.modifier(future.scheduled)');
  });
  it('does not read a modifier of another phrase', () => {
    expect(cueOf('With a possible truce in sight, the shelling of Kherson went on.', 'shelling')).toBeNull();
  });
  it('reads a phrase after "ahead of" as to come, unless a possessor names an existing one', () => {
    expect(cueOf('Kinshasa freed detainees ahead of a summit with Kigali.', 'summit')).toBe('scope.ahead-of');
    expect(cueOf('Kinshasa freed detainees ahead of an in-person meeting with Kigali.', 'meeting')).toBe('scope.ahead-of');
    expect(cueOf('Kinshasa freed detainees ahead of his meeting with Kagame.', 'meeting')).toBe('scope.existing-possessed');
  });
});
