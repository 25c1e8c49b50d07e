// Phrases that refer back to a meeting or call told before (src/events/anaphora.ts), on phrases of our own.
import { describe, expect, it } from 'vitest';
import { anaphorKinds, MeetingMemory } from '../../src/events/anaphora.js';
import { analyze } from '../../src/nlp/wink.js';

const phrase = (text: string) => analyze(text).sentences[0].tokens;

function memory() {
  const m = new MeetingMemory();
  m.remember({ mode: null, actor: ['Serbia'], recipient: ['Kosovo'], date: null });
  m.remember({ mode: 'phone', actor: ['Chile'], recipient: ['Peru'], date: null });
  return m;
}

describe('the meeting memory', () => {
  it('lends the meeting to a group of its parties and to a noun pointing back at it', () => {
    for (const words of ['both leaders', 'the two delegations', 'the negotiators', 'the two', 'they', 'their latest talks', "Monday's summit"]) {
      expect(memory().resolve(phrase(words))?.parties, words).toEqual(['Serbia', 'Kosovo']);
    }
  });
  it('lends the call, not the meeting, to a phrase pointing back at a conversation', () => {
    expect(memory().resolve(phrase('their phone call'))?.parties).toEqual(['Chile', 'Peru']);
  });
  it('lends the pair of a meeting still to come, told after the last one held, to "the two leaders" only', () => {
    const m = memory();
    m.mention({ actor: ['Ruto', 'Hassan'], recipient: [] });
    expect(m.resolve(phrase('the two leaders'))?.parties).toEqual(['Ruto', 'Hassan']);
    expect(m.resolve(phrase('the two leaders'))?.date).toBeNull();
    expect(m.resolve(phrase('they'))?.parties).toEqual(['Serbia', 'Kosovo']);
    m.remember({ mode: null, actor: ['Chad'], recipient: ['Niger'], date: null });
    expect(m.resolve(phrase('the two leaders'))?.parties).toEqual(['Chad', 'Niger']);
  });
  it('lends nothing to "the two of them", "the two Koreas" or a phrase that points at no meeting', () => {
    for (const words of ['the two of them', 'the two Koreas', 'the ministers of Chile', 'a new summit']) expect(memory().resolve(phrase(words)), words).toBeNull();
  });
});

describe('anaphorKinds', () => {
  it('reads a bare pronoun and a definite description', () => {
    expect(anaphorKinds(['he'])).toEqual(['person']);
    expect(anaphorKinds(['the', 'rebels'])).toEqual(['group']);
    expect(anaphorKinds(['this', 'country'])).toEqual(['state']);
  });

  it('reads nothing into other words, even ones an object has as built-in keys', () => {
    expect(anaphorKinds(['country'])).toBeNull();
    expect(anaphorKinds(['the', 'envoy'])).toBeNull();
    expect(anaphorKinds(['the', 'constructor'])).toBeNull();
    expect(anaphorKinds(['valueOf'])).toBeNull();
  });
});
