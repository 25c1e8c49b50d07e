// The order of word senses (a sense that says the words are no such event outranks one that only changes the event's
// modality, whichever is listed first), and a case of each sense kept in ../../src/events/senses.ts.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { OWN_SENSES } from '../../src/events/senses.js';
import { describeSenses, type SenseCase } from './sense-cases.js';

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

const OWN_CASES: SenseCase[] = [
  ['sense.seek-care', 'REQUEST', 'seek', 'The former rebel commander went abroad to seek medical treatment.', 'The M23 rebels seek guarantees from Kinshasa.'],
  ['sense.reporter-question', 'REQUEST', 'asked', 'Asked if the summit would go ahead, Ruto said he was hopeful.', 'Ruto asked Somalia to reopen the border crossing.'],
  ['sense.anonymity', 'REQUEST', 'asked', 'A diplomat, who asked not to be named, said Kenya wanted the talks to continue.', 'Kenya asked Somalia to reopen the border.'],
  ['sense.comment-request', 'REQUEST', 'request', 'The Eritrean embassy did not respond to a request for comment.', 'Eritrea rejected a request from Ethiopia to reopen the port.'],
  ['sense.seek-goods', 'REQUEST', 'seek', 'Both governments seek peace along the border.', 'Ethiopia will seek guarantees from Eritrea on port access.'],
  ['sense.seize-chance', 'COERCE', 'seize', 'Kenya urged both sides to seize the opportunity for peace.', 'Kenyan police seized the weapons of the rebels near Mandera.'],
  ['sense.verbal-attack', 'ASSAULT', 'attack', 'The minister faced verbal attacks from Serbian lawmakers.', 'M23 fighters launched an attack on an army base near Goma.'],
  ['sense.no-comment', 'REJECT', 'declined', 'The Chadian foreign ministry declined to comment on the talks.', 'Chad declined the Sudanese proposal for joint patrols.'],
  ['sense.naming', 'CONSULT', 'called', 'Kagame called the accusation a fabrication.', 'Kagame called Tshisekedi on Monday.'],
];

describeSenses('senses of demanding, attacking, refusing and calling', OWN_SENSES, OWN_CASES);
