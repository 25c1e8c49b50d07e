// The merge session: what it answers while a report is merged must be what the store would answer had every change
// been written at once, and what it writes at the end must leave the store as writing each change did.
import { describe, expect, it } from 'vitest';
import { MergeSession } from '../../src/merge/session.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { EventRow } from '../../src/store/types.js';

const meeting = (over: Partial<EventRow> = {}): EventRow => ({
  category: 'CONSULT', mode: 'meet', actor: [], recipient: [], pkey: '1,2', mclass: 'asserted', modality: 'asserted',
  date: null, granularity: null, lo: '2026-03-01', hi: '2026-03-31', place: null, source_count: 0, mention_count: 0, ...over,
});
const written = (session: MergeSession) => ({ ...session.take(), reportEntities: [], quotes: [], claims: [], issueHits: [], mediationHits: [] });

/** The store, counting the candidate look-ups that reach it (the session's reads are what it saves). */
function counted(store: Store): { store: Store; lookups: () => number } {
  let n = 0;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'candidateEvents') n++;
      const v = Reflect.get(target, key, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: wrapped, lookups: () => n };
}

describe('merge session', () => {
  it('tallies votes as the store does: rank, then count, then the order values were first voted', async () => {
    const direct = await openStore(':memory:');
    const behind = await openStore(':memory:');
    const session = new MergeSession(behind);
    const [a, b] = [await direct.insertEvent(meeting()), await session.insertEvent(meeting())];
    const votes: [string, number][] = [['2026-03', 1], ['2026-03-04', 2], ['2026-03-05', 2], ['2026-03-05', 2], ['2026', 0]];
    for (const [value, rank] of votes) {
      expect(session.vote(b, 'date', value, rank)).toEqual(await direct.vote(a, 'date', value, rank));
    }
    await behind.writeReport(written(session));
    expect(await behind.votes(b, 'date')).toEqual(await direct.votes(a, 'date'));
  });

  it('finds the events it changed as they are now, though the store still holds them as they were', async () => {
    const store = await openStore(':memory:');
    const id = await store.insertEvent(meeting());
    const session = new MergeSession(store);
    const [stored] = await session.candidateEvents('CONSULT', '1,2', 'asserted', '2026-03-10', '2026-03-10');
    const ev = await session.adopt(stored);
    // The event's window narrows to one day in April: the store's copy (March) no longer answers an April look-up.
    Object.assign(ev, { date: '2026-04-02', granularity: 'day', lo: '2026-04-02', hi: '2026-04-02', mention_count: 1 });
    expect((await session.candidateEvents('CONSULT', '1,2', 'asserted', '2026-04-02', '2026-04-02')).map((e) => e.id)).toEqual([id]);
    expect(await session.candidateEvents('CONSULT', '1,2', 'asserted', '2026-03-10', '2026-03-10')).toEqual([]);
    await store.writeReport(written(session));
    expect(await store.event(id)).toMatchObject({ lo: '2026-04-02', mention_count: 1 });
  });

  it('answers look-ups read ahead without asking the store again, and an outlet counts once per event', async () => {
    const base = await openStore(':memory:');
    const id = await base.insertEvent(meeting());
    await base.addOutlet(id, 'wire.example');
    const { store, lookups } = counted(base);
    const session = new MergeSession(store);
    const query = { category: 'CONSULT', pkey: '1,2', mclass: 'asserted', lo: '2026-03-02', hi: '2026-03-02' };
    await session.prefetch([query, query]);
    const [found] = await session.candidateEvents(query.category, query.pkey, query.mclass, query.lo, query.hi);
    await session.adopt(found);
    expect(lookups()).toBe(0);
    expect([session.addOutlet(id, 'wire.example'), session.addOutlet(id, 'daily.example'), session.addOutlet(id, 'daily.example')]).toEqual([false, true, false]);
    await store.writeReport(written(session));
    expect((await base.eventTallies([id])).outlets.map((o) => o.outlet).sort()).toEqual(['daily.example', 'wire.example']);
  });
});
