import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { contacts } from '../../src/query/contacts.js';
import { queryEvents } from '../../src/query/events.js';
import { asReports, extractFixture, PEOPLE, record } from '../ingest/fixtures.js';
import { collect } from '../helpers/collect.js';

const { trump, zel, putin, ushakov, ushakov2 } = PEOPLE;

describe('contacts and event queries', async () => {
  const store = (await openStore(':memory:'));
  await ingestReports(store, asReports([
    record({ id: 'a', published: '2025-08-16', entities: { t: trump, p: putin }, events: [
      { mode: 'meet', actor: ['t', 'p'], date: '2025-08-15', where: 'Anchorage', text: 'Trump and Putin met in Alaska.' }] }),
    record({ id: 'b', published: '2025-12-30', entities: { t: trump, p: putin, z: zel, u: ushakov }, events: [
      { mode: 'phone', actor: ['t'], recipient: ['p'], date: '2025-12-28', text: 'Trump phoned Putin on Sunday.' },
      { mode: 'phone', actor: ['p'], recipient: ['t'], date: '2025-12-29', text: 'Putin called Trump on Monday.' },
      { mode: 'phone', actor: ['z', 'p'], date: null, modality: 'hypothetical', text: 'A first call between Zelenskyy and Putin could follow.' },
      { event: 'REJECT', mode: 'meet', actor: ['p'], recipient: ['z'], date: null, since: '2020-07', text: 'Putin has not spoken to Zelenskyy since July 2020.' },
    ] }),
    record({ id: 'c', published: '2025-12-30', entities: { u: ushakov2, t: trump }, events: [
      { mode: 'phone', actor: ['u'], recipient: ['t'], date: '2025-12-29', text: 'Ushakov joined a call.' }] }),
  ]), { extract: extractFixture });
  const all = (await contacts(store));
  const pair = (a: string, b: string) => all.find((c) => [c.a, c.b].sort().join('|') === [a, b].sort().join('|'));

  it('lists meetings and calls per pair with first and last asserted contact', async () => {
    expect(pair('Donald Trump', 'Vladimir Putin')).toMatchObject({ meetings: 1, calls: 2, first: '2025-08-15', last: '2025-12-29', modes: { meet: 1, phone: 2 } });
  });
  it('shows a pair with no asserted contact, its hoped-for call and the "since" claim', async () => {
    const zp = pair('Volodymyr Zelenskyy', 'Vladimir Putin')!;
    expect(zp).toMatchObject({ meetings: 0, calls: 0, first: null, last: null, events: [] });
    expect(zp.planned).toHaveLength(1);
    expect(zp.claims).toEqual(['Putin has not spoken to Zelenskyy since July 2020.']);
  });
  it('treats Yury and Yuri Ushakov as one person', async () => {
    expect(pair('Yury Ushakov', 'Donald Trump')?.calls).toBe(1);
    expect(all.filter((c) => c.a.includes('Ushakov') || c.b.includes('Ushakov'))).toHaveLength(1);
  });
  it('filters events by actor spelling, category, dates and modality', async () => {
    const ids = async (q: object) => (await collect(queryEvents(store, q))).map((e) => e.date);
    expect(await ids({ actor: 'Zelensky', event: 'CONSULT', modality: 'asserted' })).toEqual([]);
    expect(await ids({ actor: 'Zelensky', event: 'REJECT' })).toEqual([null]);
    expect(await ids({ actor: 'putin', event: 'consult', since: '2025-12-01', modality: 'asserted' })).toEqual(['2025-12-28', '2025-12-29']);
    expect(await ids({ actor: 'Trump', until: '2025-09-01' })).toEqual(['2025-08-15']);
    const ev = (await collect(queryEvents(store, { actor: 'Trump', until: '2025-09-01' })))[0];
    expect(ev).toMatchObject({ event: 'CONSULT', mode: 'meet', where: 'Anchorage', source_count: 1, actor: ['Donald Trump', 'Vladimir Putin'] });
    expect(ev.sources[0]).toMatchObject({ outlet: 'a.example', report: 'a', url: 'https://www.a.example/news' });
  });
  it('gives an undated event the days its reports allow, and a dated one none', async () => {
    const [hoped] = await collect(queryEvents(store, { actor: 'Zelensky', modality: 'hypothetical' }));
    expect(hoped.date).toBeNull();
    // The window is the report's day widened by the merge rule's slack, so it holds the publication day.
    expect(hoped.window!.from <= '2025-12-30').toBe(true);
    expect(hoped.window!.to >= '2025-12-30').toBe(true);
    const [met] = await collect(queryEvents(store, { actor: 'Trump', until: '2025-09-01' }));
    expect(met.window).toBeUndefined();
  });
  it('finds reports and quotes by full-text search, with snippets', async () => {
    const hits = (await store.search('Alaska', 10));
    expect(hits.map((h) => h.doc_id)).toEqual(['a']);
    expect(hits[0].snippet).toContain('[Alaska]');
    expect((await store.search('"; DROP', 5))).toEqual([]);
  });
});

describe('ftsQuery', async () => {
  const { ftsQuery } = await import('../../src/store/index.js');
  it('quotes terms, keeps hyphenated names as phrases, and neutralises operators', async () => {
    expect(ftsQuery('Mar-a-Lago talks')).toBe('"Mar a Lago" "talks"');
    expect(ftsQuery('"; DROP OR NEAR(')).toBe('"DROP" "OR" "NEAR"');
    expect(ftsQuery('  ')).toBe('');
  });
});
