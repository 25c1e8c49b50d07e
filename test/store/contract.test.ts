// The store contract: the same tests on every engine (SQLite always, PostgreSQL when PARLEY_TEST_PG names a server).
// Each engine gets fresh stores; what one engine answers, the other must answer the same.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { DOCS, record, storeOf } from '../brief/fixtures.js';
import { collect } from '../helpers/collect.js';
import { available, dropSchemas, ENGINES, engines, PG_SKIP_REASON, type Engine } from '../helpers/engines.js';

afterAll(dropSchemas);

const entity = (key: string) => ({ key, kind: 'person', country: 'USA', name: key, fold: key });

describe.each(ENGINES.map((e) => [e.name, e] as [string, Engine]))('store contract on %s', (_name, engine) => {
  if (!available(engine)) { it.skip(`${PG_SKIP_REASON}`, () => {}); return; }
  let store: Store;
  beforeAll(async () => { store = await storeOf(DOCS, await engine.fresh()); });
  afterAll(() => store?.close());

  it('stores each report once, by its content: a second ingest of the same reports adds nothing', async () => {
    const before = await store.counts();
    expect(before).toMatchObject({ reports: DOCS.length });
    const reports = DOCS.map(record).map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
    const sum = await ingestReports(store, reports, { extract: (r) => (r as unknown as { rec: ReturnType<typeof record> }).rec });
    expect(sum).toMatchObject({ added: 0, known: DOCS.length, failed: 0 });
    expect(await store.counts()).toEqual(before);
  });

  it('a nested transaction that throws rolls back alone; a top-level one that throws leaves nothing', async () => {
    const fresh = await openStore(await engine.fresh());
    try {
      await fresh.transaction(async () => {
        await fresh.insertEntity(entity('kept'));
        await expect(fresh.transaction(async () => { await fresh.insertEntity(entity('dropped')); throw new Error('no'); })).rejects.toThrow('no');
      });
      await expect(fresh.transaction(async () => { await fresh.insertEntity(entity('also-dropped')); throw new Error('stop'); })).rejects.toThrow('stop');
      expect((await fresh.entityRows()).map((e) => e.key)).toEqual(['kept']);
      expect(await fresh.counts()).toMatchObject({ entities: 1 });
    } finally {
      await fresh.close();
    }
  });

  it('keeps its counts exact at every write: many rows at once, a link given twice once, a rolled-back write none', async () => {
    const fresh = await openStore(await engine.fresh());
    try {
      await fresh.transaction(async () => {
        const report = await fresh.insertReport({ hash: 'h1', doc_id: 'd1', source: null, outlet: 'wire.example', title: null, published: null, text: 'Envoys met. Envoys spoke.' });
        const quote = { report_id: report, speaker: null, speaker_text: null, cue: 'said', text: 'we met', start: 0, end: 6 };
        await fresh.insertQuotes([quote, { ...quote, start: 7 }, { ...quote, start: 14 }]);
      });
      await fresh.transaction(async () => {
        const event = { category: 'CONSULT', mode: null, actor: [], recipient: [], pkey: '', mclass: 'asserted', modality: 'asserted', date: null,
          granularity: null, lo: '0000-01-01', hi: '9999-12-31', place: null, source_count: 1, mention_count: 1 };
        const [a, b] = [await fresh.insertEvent(event), await fresh.insertEvent(event)];
        await fresh.linkPlanned(a, b);
        await fresh.linkPlanned(a, b);
      });
      await expect(fresh.transaction(async () => {
        await fresh.insertReport({ hash: 'h2', doc_id: 'd2', source: null, outlet: 'wire.example', title: null, published: null, text: 'No.' });
        throw new Error('stop');
      })).rejects.toThrow('stop');
      expect(await fresh.counts()).toEqual({ reports: 1, entities: 0, events: 2, mentions: 0, quotes: 3, claims: 0, links: 1 });
    } finally {
      await fresh.close();
    }
  });

  it('queues top-level transactions: two at once never interleave their writes', async () => {
    const fresh = await openStore(await engine.fresh());
    try {
      const order: string[] = [];
      const write = (tag: string) => fresh.transaction(async () => {
        order.push(`${tag}:begin`);
        await fresh.insertEntity(entity(tag));
        await new Promise((r) => setTimeout(r, 20));
        order.push(`${tag}:end`);
      });
      await Promise.all([write('a'), write('b')]);
      expect(order).toEqual(['a:begin', 'a:end', 'b:begin', 'b:end']);
    } finally {
      await fresh.close();
    }
  });

  it('moves its version on a write, not on a read', async () => {
    const v = await store.version();
    await store.counts();
    expect(await store.version()).toBe(v);
    await store.transaction(async () => { await store.insertPlace({ name: 'Nowhere-on-earth', lat: null, lon: null, country: null, rule: 'test' }); });
    expect(await store.version()).not.toBe(v);
  });

  it('pages the quotes of some reports, with their total', async () => {
    const all = await store.quotes();
    const docs = [...new Set(all.map((q) => q.doc_id))].slice(0, 2);
    const of = all.filter((q) => docs.includes(q.doc_id));
    const page = await store.quotePage(1, 2, docs);
    expect(page.total).toBe(of.length);
    expect(page.quotes.map((q) => q.id)).toEqual(of.slice(1, 3).map((q) => q.id));
    expect(await store.quotePage(0, 5, [])).toEqual({ total: 0, quotes: [] });
  });

  it('keeps a saved snapshot without moving its version', async () => {
    const v = await store.version();
    expect(await store.snapshot('test:x')).toBeUndefined();
    await store.saveSnapshot('test:x', '[1]');
    await store.saveSnapshot('test:x', '[2]');
    expect((await store.snapshot('test:x'))?.body).toBe('[2]');
    expect(await store.version()).toBe(v);
  });

  it('marks its committed content with a generation: kept across a reopen and by a snapshot, moved by a write', async () => {
    // A file, not SQLite's :memory: (a new empty store at every open).
    const path = engine.name === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'parley-gen-')), 'store.db') : await engine.fresh();
    const first = await storeOf(DOCS.slice(0, 1), path);
    const g = await first.generation();
    await first.saveSnapshot('test:g', '[1]');
    expect(await first.generation()).toBe(g);
    await first.close();
    const again = await openStore(path, { readOnly: true });
    expect(await again.generation()).toBe(g);
    await again.close();
    const more = await storeOf(DOCS.slice(1, 2), path);
    try { expect(await more.generation()).not.toBe(g); } finally { await more.close(); }
  });

  it('searches reports and quotes: every term must occur, case and accents folded, operators taken literally', async () => {
    const hits = async (q: string) => (await store.search(q, 20)).filter((h) => h.kind === 'report').map((h) => h.doc_id).sort();
    expect(await hits('security guarantees')).toEqual(['ru1', 'ru2']);
    expect(await hits('FIRM Guarantées')).toEqual(['ru1']);
    expect(await hits('security OR nothingatall')).toEqual([]);
    expect(await hits('"firm')).toEqual(['ru1']);
    expect(await hits('28-point')).toEqual(['ru1']);
    expect(await hits('point-28')).toEqual([]);
    expect(await hits('')).toEqual([]);
    const [hit] = (await store.search('power station', 5));
    expect(hit).toMatchObject({ kind: 'report', doc_id: 'ru1' });
    expect(hit.snippet).toMatch(/\[power\]/i);
  });

  it('lists events in date order, filtered and paged, and counts what a filter selects', async () => {
    const all = await collect(store.events({}));
    const key = (e: { date: string | null; lo: string }) => e.date ?? e.lo;
    expect(all.map(key)).toEqual([...all.map(key)].sort());
    expect(await store.countEvents({})).toBe(all.length);
    const consult = await collect(store.events({ category: 'CONSULT' }));
    expect(consult.every((e) => e.category === 'CONSULT')).toBe(true);
    expect(await store.countEvents({ category: 'CONSULT' })).toBe(consult.length);
    expect(await collect(store.events({ limit: 2, offset: 1 }))).toEqual(all.slice(1, 3));
    expect((await collect(store.events({ newestFirst: true }))).map((e) => e.id)).toEqual([...all].reverse().map((e) => e.id));
    const someone = consult[0].actor[0];
    const withIt = await collect(store.events({ entityIds: [someone] }));
    expect(withIt.length).toBeGreaterThan(0);
    expect(withIt.every((e) => [...e.actor, ...e.recipient].includes(someone))).toBe(true);
    expect((await collect(store.events({ ids: [all[0].id!, all[2].id!] }))).map((e) => e.id)).toEqual([all[0].id, all[2].id]);
  });

  it('reads the first mentions, and those giving a since date, of many events at once, as reading each event gives them', async () => {
    const ids = (await collect(store.events({}))).map((e) => e.id!).reverse();
    for (const n of [0, 1, 3]) {
      const each = (await Promise.all([...ids].sort((x, y) => x - y).map((id) => store.mentions(id, n)))).flat();
      expect(await store.firstMentionsOf(ids, n)).toEqual(each);
    }
    expect(await store.firstMentionsOf([], 5)).toEqual([]);
    const withSince = (await Promise.all([...ids].sort((x, y) => x - y).map((id) => store.mentions(id)))).flat().filter((m) => m.since);
    expect(withSince.length).toBeGreaterThan(0);
    expect(await store.sinceMentionsOf(ids)).toEqual(withSince);
  });

  it('reads events with their real types: id lists as numbers, flags as booleans', async () => {
    const [e] = await collect(store.events({ category: 'CONSULT', limit: 1 }));
    expect(typeof e.id).toBe('number');
    expect(e.actor.every((id) => typeof id === 'number')).toBe(true);
    expect(typeof e.held).toBe('boolean');
    const [m] = await store.mentions(e.id!);
    expect(typeof m.hedged).toBe('boolean');
    expect(Array.isArray(m.context)).toBe(true);
    expect(Array.isArray(m.inferred)).toBe(true);
  });

  it('streams its bulk reads: every report, every (report, entity) and (event, report) pair', async () => {
    const counts = await store.counts();
    expect((await collect(store.reportList())).length).toBe(counts.reports);
    const pairs = await collect(store.reportEntityPairs());
    expect(new Set(pairs.map((p) => p.report_id)).size).toBe(counts.reports);
    const eventReports = await collect(store.eventReports());
    expect(new Set(eventReports.map((p) => p.event_id)).size).toBe(counts.events);
  });
});

// What the server engine answers must be what the embedded one answers, read for read.
describe('PostgreSQL answers as SQLite does', () => {
  if (engines().length < 2) { it.skip(PG_SKIP_REASON, () => {}); return; }
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    const [sqlite, postgres] = engines();
    a = await storeOf(DOCS, await sqlite.fresh());
    b = await storeOf(DOCS, await postgres.fresh());
  });
  afterAll(async () => { await a?.close(); await b?.close(); });
  const same = async (read: (s: Store) => Promise<unknown>) => expect(await read(b)).toEqual(await read(a));

  it('counts, events, mentions, votes and links', async () => {
    await same((s) => s.counts());
    await same((s) => collect(s.events({})));
    const ids = (await collect(a.events({}))).map((e) => e.id!);
    for (const id of ids) {
      await same((s) => s.mentions(id));
      for (const f of ['date', 'place', 'mode', 'modality']) await same((s) => s.votes(id, f));
      await same((s) => s.eventLinks(id));
    }
    await same((s) => s.firstMentionsOf(ids, 1));
    await same((s) => s.sinceMentionsOf(ids));
    await same((s) => s.links());
    await same((s) => s.contestedEvents('date'));
  });

  it('entities, quotes, claims and the dashboard tallies', async () => {
    await same((s) => s.entities());
    await same((s) => s.entityRows());
    await same((s) => s.quotes());
    await same((s) => s.claims());
    await same((s) => s.quoteCounts());
    await same((s) => s.eventWeeks({}, 'category'));
    await same((s) => s.eventPlaces({}));
    await same((s) => collect(s.issueHits()));
    await same((s) => collect(s.issueHits([1, 2])));
    await same((s) => s.latestIssueHits([1, 2, 3, 4], ['ceasefire', 'territory', 'nuclear-plant'], 2));
    await same((s) => s.latestIssueHits([1, 2, 3, 4], ['ceasefire', 'territory', 'nuclear-plant', 'security-guarantees'], 1, true));
    expect((await b.latestIssueHits([1, 2, 3, 4], ['ceasefire', 'territory', 'nuclear-plant', 'security-guarantees'], 3, true)).every((h) => h.status)).toBe(true);
    // Each issue sentence keeps the entities it names, on both engines.
    expect((await collect(b.issueHits())).filter((h) => h.entities?.length).length).toBeGreaterThan(0);
    await same((s) => collect(s.mediationHits()));
    await same((s) => s.reportItems(1));
    await same((s) => s.report('ru1'));
    await same((s) => s.quotePage(0, 5, ['ru1', 'no-such-report']));
  });

});

// Several writers on one server store (ingest workers): the write lock makes their merges one after another.
describe('PostgreSQL under concurrent writers', () => {
  if (engines().length < 2) { it.skip(PG_SKIP_REASON, () => {}); return; }

  it('two writers ingesting overlapping halves end with the counts of one writer, with no duplicate event', async () => {
    const [, postgres] = engines();
    const reports = DOCS.map(record).map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
    const extract = (r: unknown) => (r as { rec: ReturnType<typeof record> }).rec;
    const one = await openStore(await postgres.fresh());
    await ingestReports(one, reports, { extract, batchSize: 1 });
    const shared = await postgres.fresh();
    const [w1, w2] = [await openStore(shared), await openStore(shared)];
    const half = Math.ceil(reports.length / 2);
    const sums = await Promise.all([
      ingestReports(w1, reports.slice(0, half + 1), { extract, batchSize: 1 }),
      ingestReports(w2, reports.slice(half - 1), { extract, batchSize: 1 }),
    ]);
    try {
      expect(sums[0].added + sums[1].added).toBe(reports.length);
      expect(await w1.counts()).toEqual(await one.counts());
      const events = await collect(w1.events({}));
      const keys = events.map((e) => `${e.category}|${e.pkey}|${e.mclass}|${e.date}`);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      for (const s of [one, w1, w2]) await s.close();
    }
  });
});
