import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { asReports, extractFixture, PEOPLE, record, type DocSpec } from '../ingest/fixtures.js';
import { collect } from '../helpers/collect.js';

const { trump, zel, zel2, putin } = PEOPLE;

async function load(docs: DocSpec[]) {
  const store = (await openStore(':memory:'));
  const sum = await ingestReports(store, asReports(docs.map(record)), { extract: extractFixture });
  return { store, sum, events: await collect(store.events({})) };
}

describe('events across reports', () => {
  it('merges one meeting reported by several outlets, spelled differently, one undated', async () => {
    const { events, store, sum } = await load([
      { id: 'a', published: '2025-12-29', entities: { e1: trump, e2: zel }, events: [{ mode: 'visit', actor: ['e2'], recipient: ['e1'], date: '2025-12-28', where: 'Mar-a-Lago', text: 'Zelenskyy visited Trump at his club on Sunday.' }] },
      { id: 'b', published: '2025-12-28', entities: { x: zel2, y: trump }, events: [{ mode: 'visit', actor: ['y'], recipient: ['x'], date: '2025-12-28', text: 'Trump hosted Zelensky.' }] },
      { id: 'c', published: '2025-12-29', entities: { p: trump, q: zel }, events: [{ mode: 'meet', actor: ['p', 'q'], date: null, text: 'The two presidents met.' }] },
      { id: 'd', source: 'https://d.example/x', published: '2025-12-30', entities: { p: trump, q: zel }, events: [{ actor: ['q'], recipient: ['p'], date: '2025-12-28', where: 'Mar-a-Lago', text: 'They talked in Florida.' }] },
    ]);
    expect(sum.events).toBe(4);
    expect(sum.merged).toBe(3);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2025-12-28', granularity: 'day', place: 'Mar-a-Lago', source_count: 4, mention_count: 4, mode: 'visit' });
    const ms = (await store.mentions(events[0].id!));
    expect(ms.map((m) => m.outlet).sort()).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    expect(ms[2].evidence).toBe('The two presidents met.');
  });

  it('keeps calls on consecutive days, and different participants, apart', async () => {
    const { events } = await load([
      { id: 'a', published: '2025-12-30', entities: { t: trump, p: putin, z: zel }, events: [
        { mode: 'phone', actor: ['t', 'p'], date: '2025-12-28', text: 'Trump spoke with Putin on Sunday.' },
        { mode: 'phone', actor: ['t', 'p'], date: '2025-12-29', text: 'They spoke again on Monday.' },
        { mode: 'phone', actor: ['t', 'z'], date: '2025-12-29', text: 'Trump also called Zelensky.' },
      ] },
    ]);
    expect(events.map((e) => e.date)).toEqual(['2025-12-28', '2025-12-29', '2025-12-29']);
  });

  it('does not merge an undated mention outside the publication window', async () => {
    const { events } = await load([
      { id: 'a', published: '2025-08-16', entities: { t: trump, p: putin }, events: [{ actor: ['t', 'p'], date: '2025-08-15', text: 'They met in Alaska.' }] },
      { id: 'b', published: '2025-09-30', entities: { t: trump, p: putin }, events: [{ actor: ['t', 'p'], date: null, text: 'They met.' }] },
    ]);
    expect(events).toHaveLength(2);
  });

  it('keeps a planned meeting and the report that it happened as two linked events', async () => {
    const { events, store } = await load([
      { id: 'a', published: '2025-12-26', entities: { t: trump, z: zel }, events: [{ actor: ['z'], recipient: ['t'], date: null, modality: 'future', text: 'Zelenskyy will meet Trump soon.' }] },
      { id: 'b', published: '2025-12-29', entities: { t: trump, z: zel }, events: [{ actor: ['z'], recipient: ['t'], date: '2025-12-28', text: 'Zelenskyy met Trump.' }] },
    ]);
    expect(events.map((e) => e.modality).sort()).toEqual(['asserted', 'future']);
    const planned = events.find((e) => e.modality === 'future')!;
    const realised = events.find((e) => e.modality === 'asserted')!;
    expect((await store.links())).toEqual([{ planned: planned.id, realised: realised.id }]);
  });

  it('takes the majority date and prefers a day to a month', async () => {
    const mk = (id: string, date: string) => ({ id, published: '2025-12-31', entities: { t: trump, z: zel }, events: [{ actor: ['t', 'z'], date, where: 'Mar-a-Lago', text: `Met (${id}).` }] });
    const { events, store } = await load([mk('a', '2025-12'), mk('b', '2025-12-27'), mk('c', '2025-12-28'), mk('d', '2025-12-28')]);
    expect(events).toHaveLength(1);
    expect(events[0].date).toBe('2025-12-28');
    expect((await store.votes(events[0].id!, 'date')).map((v) => v.value)).toEqual(['2025-12-28', '2025-12-27', '2025-12']);
  });

  it('merges non-CONSULT events only with the same direction', async () => {
    const { events } = await load([
      { id: 'a', published: '2025-12-01', entities: { t: trump, p: putin }, events: [
        { event: 'ACCUSE', actor: ['t'], recipient: ['p'], date: '2025-12-01', text: 'Trump blamed Putin.' },
        { event: 'ACCUSE', actor: ['p'], recipient: ['t'], date: '2025-12-01', text: 'Putin blamed Trump.' },
      ] },
    ]);
    expect(events).toHaveLength(2);
  });
});

describe('participants', () => {
  it('drops a state its own leader already stands for, so both reports describe one meeting', async () => {
    const { events } = await load([
      { id: 'a', published: '2025-12-29', entities: { t: trump, z: zel }, events: [{ actor: ['z'], recipient: ['t'], date: '2025-12-28', text: 'Zelenskyy met Trump.' }] },
      { id: 'b', published: '2025-12-29', entities: { t: trump, z: zel, u: ['Ukraine', 'state', 'UKR'] }, events: [{ actor: ['t', 'z', 'u'], date: '2025-12-28', text: 'Trump, Zelenskyy and Ukraine met.' }] },
      { id: 'c', published: '2025-12-29', entities: { u: ['Ukraine', 'state', 'UKR'], s: ['United States', 'state', 'USA'] }, events: [{ actor: ['u', 's'], date: '2025-12-28', text: 'The states met.' }] },
    ]);
    expect(events.map((e) => e.source_count)).toEqual([2, 1]);
  });
});
