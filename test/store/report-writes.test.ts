// The store's many-at-once forms that ingest writes with (merge/session.ts): on every engine they answer and write
// as the one-at-a-time forms do.
import { afterAll, describe, expect, it } from 'vitest';
import { MergeSession } from '../../src/merge/session.js';
import { openStore } from '../../src/store/index.js';
import type { EventRow, ReportWrites } from '../../src/store/types.js';
import { collect } from '../helpers/collect.js';
import { available, dropSchemas, ENGINES, PG_SKIP_REASON, type Engine } from '../helpers/engines.js';

afterAll(dropSchemas);

const event = (over: Partial<EventRow>): EventRow => ({
  category: 'CONSULT', mode: null, actor: [], recipient: [], pkey: 'p', mclass: 'asserted', modality: 'asserted', date: null,
  granularity: null, lo: '2026-01-01', hi: '2026-01-31', place: null, source_count: 0, mention_count: 0, ...over,
});
const nothing: ReportWrites = { newEvents: [], nextEventId: null, links: [], mentions: [], events: [], votes: [], outlets: [], reportEntities: [], quotes: [], claims: [], issueHits: [], mediationHits: [] };

describe.each(ENGINES.map((e) => [e.name, e] as [string, Engine]))('report writes on %s', (_name, engine) => {
  if (!available(engine)) { it.skip(`${PG_SKIP_REASON}`, () => {}); return; }

  it('looks up many candidate sets at once as one at a time, each in id order', async () => {
    const store = await openStore(await engine.fresh());
    try {
      await store.transaction(async () => {
        for (const [pkey, lo, hi] of [['p', '2026-01-01', '2026-01-31'], ['q', '2026-01-05', '2026-01-05'], ['p', '2026-02-01', '2026-02-28'], ['p', '2026-01-10', '2026-01-10']]) {
          await store.insertEvent(event({ pkey, lo, hi }));
        }
      });
      const queries = [
        { category: 'CONSULT', pkey: 'p', mclass: 'asserted', lo: '2026-01-10', hi: '2026-02-02' },
        { category: 'CONSULT', pkey: 'q', mclass: 'asserted', lo: '2026-01-01', hi: '2026-01-04' },
        { category: 'CONSULT', pkey: 'q', mclass: 'asserted', lo: '2026-01-05', hi: '2026-01-09' },
      ];
      const one = await Promise.all(queries.map((q) => store.candidateEvents(q.category, q.pkey, q.mclass, q.lo, q.hi)));
      expect(await store.candidateEventsOf(queries)).toEqual(one);
      expect(one.map((list) => list.length)).toEqual([3, 0, 1]);
    } finally {
      await store.close();
    }
  });

  it('numbers a session\'s new events as inserting each would, and the store\'s next event follows them', async () => {
    const store = await openStore(await engine.fresh());
    try {
      await store.transaction(async () => {
        const envoy = await store.insertEntity({ key: 'person:NOR:envoy', kind: 'person', country: 'NOR', name: 'Envoy', fold: 'envoy' });
        const first = await store.insertEvent(event({}));
        const session = new MergeSession(store);
        const planned = await session.insertEvent(event({ actor: [envoy], pkey: String(envoy), mclass: 'irrealis', modality: 'future' }));
        const held = await session.insertEvent(event({ actor: [envoy], pkey: String(envoy), mention_count: 1 }));
        session.linkPlanned(planned, held);
        expect([planned, held]).toEqual([first + 1, first + 2]);
        await store.writeReport({ ...nothing, ...session.take() });
        expect(await store.insertEvent(event({}))).toBe(first + 3);
        expect(await store.event(held)).toMatchObject({ mention_count: 1, actor: [envoy] });
        expect(await store.links()).toEqual([{ planned, realised: held }]);
        // Their participants are linked, as insertEvent links them.
        expect((await collect(store.events({ entityIds: [envoy] }))).map((e) => e.id).sort()).toEqual([planned, held]);
      });
      expect(await store.counts()).toMatchObject({ events: 4, links: 1 });
    } finally {
      await store.close();
    }
  });

  it('writes a report\'s merge and its own rows in one go, and reads the tallies and entities back', async () => {
    const store = await openStore(await engine.fresh());
    try {
      await store.transaction(async () => {
        const report = await store.insertReport({ hash: 'h', doc_id: 'd', source: null, outlet: 'wire.example', title: null, published: '2026-01-09', text: 'The envoys met in Doha on Friday.' });
        const envoy = await store.insertEntity({ key: 'person:QAT:envoy', kind: 'person', country: 'QAT', name: 'Envoy', fold: 'envoy' });
        const id = await store.insertEvent(event({ actor: [envoy], pkey: String(envoy) }));
        await store.writeReport({
          ...nothing,
          mentions: [{ event_id: id, report_id: report, doc_event: 'ev1', mode: 'meet', modality: 'asserted', date: '2026-01-09', granularity: 'day',
            date_text: 'on Friday', since: null, until: null, place: 'Doha', hedged: false, reported_by: null, start: 0, end: 33,
            evidence: 'The envoys met in Doha on Friday.', rule: 'consult.met', inferred: [], polarity: null, context: ['mediated'] }],
          events: [event({ id, actor: [envoy], pkey: String(envoy), date: '2026-01-09', granularity: 'day', lo: '2026-01-09', hi: '2026-01-09', place: 'Doha', source_count: 1, mention_count: 1, stated: [envoy] })],
          votes: [{ event_id: id, field: 'place', value: 'Doha', rank: 0, count: 2, seq: 0 }],
          outlets: [{ event_id: id, outlet: 'wire.example' }],
          reportEntities: [{ report_id: report, entity_id: envoy }],
          quotes: [{ report_id: report, speaker: envoy, speaker_text: 'the envoy', cue: 'said', text: 'We talked for hours', start: 0, end: 19 }],
          claims: [{ report_id: report, kind: 'casualties', value: 12, approx: true, about: null, about_event: id, speaker: null, date: '2026-01-09', start: 0, end: 5, evidence: 'The e' }],
          issueHits: [{ report_id: report, issue: 'prisoners', published: '2026-01-09', start: 0, end: 33, status: null, cue: null, level: null, polarity: null, entities: [envoy] }],
          mediationHits: [{ report_id: report, entity_id: envoy, cue: 'mediated', start: 0, end: 10 }],
        });
        expect(await store.event(id)).toMatchObject({ date: '2026-01-09', lo: '2026-01-09', place: 'Doha', mention_count: 1, stated: [envoy] });
        expect((await store.mentions(id)).map((m) => [m.place, m.context, m.hedged])).toEqual([['Doha', ['mediated'], false]]);
        expect(await store.eventTallies([id])).toEqual({ votes: [{ event_id: id, field: 'place', value: 'Doha', rank: 0, count: 2, seq: 0 }], outlets: [{ event_id: id, outlet: 'wire.example' }] });
        expect(await store.reportEntityIds(report)).toEqual([envoy]);
        expect((await store.search('hours', 5)).length).toBe(1);
        expect((await store.entitiesByKeys(['person:QAT:envoy', 'person:-:nobody'])).map((e) => e.id)).toEqual([envoy]);
      });
      expect(await store.counts()).toMatchObject({ reports: 1, events: 1, mentions: 1, quotes: 1, claims: 1 });
    } finally {
      await store.close();
    }
  });
});
