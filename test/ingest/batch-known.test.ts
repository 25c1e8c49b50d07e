// A batch reads once what the store holds (report hashes, document ids, places) and adds each report it commits:
// a report that fails half-way adds nothing, so a later report of the batch is written as if it had never been tried.
import { describe, expect, it } from 'vitest';
import { ingestReports } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { PlaceRow } from '../../src/store/types.js';
import { asReports, extractFixture, PEOPLE, record } from './fixtures.js';

const { trump, zel } = PEOPLE;
const at = (name: string): PlaceRow => ({ name, lat: 1, lon: 2, country: null, rule: 'test' });
/** A geocoder that cannot place one name (the report naming it fails), and counts the places it resolves. */
function geocoder(unplaceable: string) {
  const asked: string[] = [];
  return { asked, geocode: (place: string) => { if (place === unplaceable) throw new Error(`cannot place ${place}`); asked.push(place); return at(place); } };
}

describe('what a batch knows of the store', () => {
  it('a failed report leaves its document id and places free for the rest of the batch', async () => {
    const store = await openStore(':memory:');
    const g = geocoder('Atlantis');
    const docs = [
      { id: 'brief', entities: { a: trump, b: zel }, events: [{ actor: ['a', 'b'], where: 'Geneva', text: 'The leaders met in Geneva.' }, { actor: ['a'], recipient: ['b'], where: 'Atlantis', text: 'A second meeting was held in Atlantis.' }] },
      { id: 'brief', filler: 'Another report. ', entities: { a: trump, b: zel }, events: [{ actor: ['a', 'b'], where: 'Geneva', text: 'The two presidents talked in Geneva.' }] },
      { id: 'other', entities: { a: trump, b: zel }, events: [{ actor: ['a', 'b'], where: 'Geneva', text: 'Talks went on in Geneva.' }] },
    ];
    const sum = await ingestReports(store, asReports(docs.map(record)), { extract: extractFixture, geocode: g.geocode });
    expect(sum).toMatchObject({ added: 2, failed: 1 });
    // The second "brief" keeps its own id: the first one was never stored.
    expect((await store.report('brief'))?.text).toContain('two presidents');
    // Geneva was resolved for the failed report, rolled back, then resolved again once, for the report that kept it.
    expect(g.asked).toEqual(['Geneva', 'Geneva']);
    expect(await store.hasPlace('Geneva')).toBe(true);
    expect(await store.hasPlace('Atlantis')).toBe(false);
  });
});
