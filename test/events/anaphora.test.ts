// Phrases that refer back to a meeting or call told before (src/events/anaphora.ts), on phrases of our own.
import { describe, expect, it } from 'vitest';
import { anaphorKinds, attendsToldMeeting, MeetingMemory } from '../../src/events/anaphora.js';
import { extractReport, loadLexicon } from '../../src/index.js';
import { analyze } from '../../src/nlp/wink.js';

const phrase = (text: string) => analyze(text).sentences[0].tokens;

function memory() {
  const m = new MeetingMemory();
  m.remember({ mode: null, actor: ['Serbia'], recipient: ['Kosovo'], date: null });
  m.remember({ mode: 'phone', actor: ['Chile'], recipient: ['Peru'], date: null });
  return m;
}

describe('the meeting memory', () => {
  it('lets parties who attended the meeting just told join it, as one meeting', () => {
    const m = memory();
    expect(m.join({ mode: null, actor: ['Albania'], recipient: [], date: null })).toBe(true);
    expect(m.resolve(phrase('the two sides'))?.parties).toEqual(['Serbia', 'Kosovo', 'Albania']);
    expect(new MeetingMemory().join({ mode: null, actor: ['Albania'], recipient: [], date: null })).toBe(false);
  });
  it('reads "attended the meeting" as the meeting told, not "the meeting of the council"', () => {
    expect(attendsToldMeeting(phrase('also attended the meeting.'), 2)).toBe(true);
    expect(attendsToldMeeting(phrase('also attended the meeting of the council.'), 2)).toBe(false);
    expect(attendsToldMeeting(phrase('also attended a meeting.'), 2)).toBe(false);
  });
  it('gives a report one meeting when ministers also attended it', () => {
    const text = 'Kenya hosted Somalia for talks in Nairobi on Monday. Uganda and Ethiopia also attended the meeting.';
    const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon: loadLexicon() });
    const meetings = r.events.filter((e) => e.event === 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].actor.map((id) => r.entities.find((e) => e.id === id)?.name)).toEqual(expect.arrayContaining(['Uganda', 'Ethiopia']));
  });
  it('lends the meeting to a group of its parties and to a noun pointing back at it', () => {
    for (const words of ['both leaders', 'the two delegations', 'the two ministers', 'both envoys', 'the negotiators', 'the two', 'they', 'their latest talks', "Monday's summit"]) {
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
