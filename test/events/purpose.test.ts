// A meeting verb that is the purpose of a journey or meeting the sentence tells is that one event (src/events/purpose.ts);
// where the governing words tell no meeting, the purpose is the meeting told. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function meetings(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-04' } as never, { lexicon });
  return r.events.filter((e) => e.event === 'CONSULT').map((e) => ({ evidence: r.text.slice(e.span[0], e.span[1]), modality: e.modality }));
}

describe('a meeting verb in a purpose clause', () => {
  it('is the meeting or visit that governs it', () => {
    expect(meetings('Greek and Turkish diplomats met in Athens on Monday to discuss maritime zones.')).toEqual([{ evidence: 'met', modality: 'asserted' }]);
    expect(meetings('Kenya and Somalia held talks in Nairobi on Friday to negotiate the maritime boundary.')).toEqual([{ evidence: 'talks', modality: 'asserted' }]);
    expect(meetings('The Egyptian foreign minister flew to Addis Ababa on Monday to meet Prime Minister Abiy Ahmed.').map((m) => m.evidence)).toEqual(['flew']);
  });
  it('is the one meeting told when the journey tells none', () => {
    const got = meetings('The UN envoy Jean Arnault is expected to travel to the remote refugee camps in the desert region near the northern border ' +
      'later this week to meet Polisario leader Brahim Ghali.');
    expect(got).toEqual([{ evidence: 'meet', modality: 'future' }]);
  });
  it('stays a meeting of its own after a verb that is no meeting', () => {
    expect(meetings('Kenya and Somalia agreed on Friday to negotiate the maritime boundary.').map((m) => m.evidence)).toEqual(['negotiate']);
  });
  it('a meeting a journey is made for: one event with the visit, or the meeting itself when no visit is told', () => {
    expect(meetings('Kenyan President William Ruto visited Kampala in May for talks with Yoweri Museveni.').map((m) => m.evidence)).toEqual(['visited']);
    const far = meetings('Kenyan President William Ruto will travel to the lakeside town of Jinja next week for a meeting with Yoweri Museveni.');
    expect(far).toEqual([{ evidence: 'meeting', modality: 'future' }]);
  });
});
