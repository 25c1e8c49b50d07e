// The order of word senses: a sense that says the words are no such event outranks one that only changes the
// event's modality, whichever is listed first.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  return r.events.map((e) => ({ event: e.event, modality: e.modality, evidence: r.text.slice(e.span[0], e.span[1]) }));
}

describe('sense order', () => {
  it('a meeting turned down is no meeting still to come', () => {
    const got = events('Armenia ruled out any further talks with Azerbaijan on Monday.');
    expect(got.filter((e) => e.event === 'CONSULT')).toEqual([]);
    expect(got.some((e) => e.event === 'REJECT')).toBe(true);
  });
  it('a meeting no date has been set for is still to come', () => {
    const got = events('No date has been fixed for the Kenya-Somalia meeting, officials said.');
    expect(got.filter((e) => e.event === 'CONSULT').map((e) => e.modality)).toEqual(['future']);
  });
  it('talks a visit is made for are that visit, not a second meeting', () => {
    const got = events('Kenyan President William Ruto visited Kampala in May for talks with Ugandan President Yoweri Museveni.');
    expect(got.filter((e) => e.event === 'CONSULT').map((e) => e.evidence)).toEqual(['visited']);
  });
  it('aircraft or ships on their way are no visit, a leader on the way is', () => {
    expect(events('Turkish jets that were heading to Syria turned back on Monday.').filter((e) => e.event === 'CONSULT')).toEqual([]);
    expect(events('A Turkish aid ship headed to Libya on Monday.').filter((e) => e.event === 'CONSULT')).toEqual([]);
    expect(events('Turkish President Erdogan headed to Libya on Monday.').some((e) => e.event === 'CONSULT')).toBe(true);
  });
  it('seizing a chance is no seizure by force, seizing trucks is', () => {
    expect(events('Kenya urged Somalia to seize this moment for peace.').filter((e) => e.event === 'COERCE')).toEqual([]);
    expect(events('Somalia seized the opportunity to reopen the border.').filter((e) => e.event === 'COERCE')).toEqual([]);
    expect(events('Somalia seized two Kenyan trucks at the border.').some((e) => e.event === 'COERCE')).toBe(true);
  });
  it('a meeting not ruled out is one that may come, not one denied', () => {
    const got = events('Jordan did not rule out talks with Syria on the border later this year.');
    expect(got.filter((e) => e.event === 'CONSULT').map((e) => e.modality)).toEqual(['hypothetical']);
    expect(got.some((e) => e.event === 'REJECT')).toBe(false);
  });
  it('further talks not turned down stay a meeting to come', () => {
    const got = events('Armenia and Azerbaijan agreed to hold further talks in Vienna next month.');
    expect(got.some((e) => e.event === 'CONSULT' && e.modality === 'future')).toBe(true);
  });
});
