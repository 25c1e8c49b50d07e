// The JSON API in-process (app.request, no port): every route, its parameters, and its errors, on one store engine.
// api.test.ts runs it on SQLite, api-postgres.test.ts on PostgreSQL: the server must answer the same on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/index.js';
import { libraryBrief } from '../../src/server/brief.js';
import { answerKey, saveAnswer, savedAnswer } from '../../src/query/saved.js';
import { listProcesses, type Store } from '../../src/index.js';
import { DOCS, storeOf } from '../brief/fixtures.js';
import { exampleReports, extract, MEETING_REPORTS, seededStore } from './seed.js';

import type { Engine } from '../helpers/engines.js';

export function apiSuite(engine: Engine): void {
  let store: Store;
  let app: Hono;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.json() as any, res };
  };

  beforeAll(async () => {
    store = await seededStore(await engine.fresh());
    app = createApp({ store, extract, webRoot: null });
  }, 120_000);
  afterAll(() => store?.close());

  describe('GET /api/events', () => {
    it('lists canonical events with their sources, oldest first', async () => {
      const { status, body } = await get('/api/events');
      expect(status).toBe(200);
      expect(body.length).toBe((await store.counts()).events);
      const dated = body.filter((e: any) => e.date).map((e: any) => e.date);
      expect(dated.length).toBeGreaterThan(3);
      for (const e of body) expect(e.sources.length).toBeGreaterThan(0);
    });

    it('filters by actor (any spelling), category, modality and dates', async () => {
      const { body: byActor } = await get('/api/events?actor=Zelensky');
      expect(byActor.length).toBeGreaterThan(0);
      for (const e of byActor) expect([...e.actor, ...e.recipient]).toContain('Volodymyr Zelenskyy');
      const { body: consult } = await get('/api/events?event=consult&modality=ASSERTED');
      expect(consult.length).toBeGreaterThan(0);
      for (const e of consult) expect([e.event, e.modality]).toEqual(['CONSULT', 'asserted']);
      const { body: window } = await get('/api/events?since=2025-03-01&until=2025-03-31');
      expect(window.map((e: any) => e.date)).toContain('2025-03-11');
      for (const e of window) if (e.date) expect(e.date >= '2025-03' && e.date <= '2025-03-31').toBe(true);
      const { body: nobody } = await get('/api/events?actor=Nobody%20Atall');
      expect(nobody).toEqual([]);
    });

    it('pages with limit and offset', async () => {
      const { body: all } = await get('/api/events');
      const { body: page } = await get('/api/events?limit=2&offset=1');
      expect(page.map((e: any) => e.id)).toEqual(all.slice(1, 3).map((e: any) => e.id));
    });

    it('gives the total in a header and each event\'s first sources only, as many as asked', async () => {
      const { body: all, res } = await get('/api/events');
      expect(res.headers.get('X-Total-Count')).toBe(String(all.length));
      const { body: page, res: pageRes } = await get('/api/events?limit=2&sources=1');
      expect(page.length).toBe(2);
      expect(pageRes.headers.get('X-Total-Count')).toBe(String(all.length));
      const { body: one, res: oneRes } = await get('/api/events?event=consult&sources=1');
      expect(oneRes.headers.get('X-Total-Count')).toBe(String(one.length));
      for (const e of one) {
        const full = all.find((x: any) => x.id === e.id);
        expect(e.sources).toEqual(full.sources.slice(0, 1));
        expect(e.source_count).toBe(full.source_count);
      }
      // A second request is a kept answer: the total comes with it.
      expect((await get('/api/events?limit=2&sources=1')).res.headers.get('X-Total-Count')).toBe(String(all.length));
      expect((await get('/api/events?sources=0')).status).toBe(400);
    });

    it.each([
      ['modality=maybe', 'modality'], ['event=HUG', 'event'], ['since=yesterday', 'since'], ['until=2025-3-1', 'until'],
      ['limit=0', 'limit'], ['limit=abc', 'limit'], ['colour=red', 'colour'], ['actor=', 'actor'], ['since=2025&since=2024', 'since'],
      ['since=2025-13-45', 'since'], ['until=2025-02-30', 'until'], ['since=2025-00', 'since'],
    ])('refuses %s with a 400 naming the parameter', async (query, name) => {
      const { status, body } = await get(`/api/events?${query}`);
      expect(status).toBe(400);
      expect(body.status).toBe(400);
      expect(body.error).toContain(`"${name}"`);
    });

    it('takes a real month or day as a date', async () => {
      expect((await get('/api/events?since=2025-02&until=2024-02-29')).status).toBe(200);
    });
  });

  describe('GET /api/events/:id', () => {
    it('gives the sentence around the evidence in every report', async () => {
      const { body: list } = await get('/api/events?since=2025-03-11&until=2025-03-11&event=CONSULT');
      const meeting = list.find((e: any) => e.source_count === 2);
      expect(meeting).toBeDefined();
      const { status, body } = await get(`/api/events/${meeting.id}`);
      expect(status).toBe(200);
      expect(body.sources.map((s: any) => s.report).sort()).toEqual(['wire-a-geneva-meeting', 'wire-b-geneva-meeting']);
      for (const s of body.sources) {
        expect(s.context.evidence).toBe(s.evidence);
        expect(s.context.lead + s.context.evidence + s.context.trail).toMatch(/Geneva/);
      }
    });

    it('answers 404 for an unknown event and 400 for a malformed id', async () => {
      expect((await get('/api/events/999999')).status).toBe(404);
      const bad = await get('/api/events/abc');
      expect([bad.status, bad.body.error]).toEqual([400, 'event id "abc" is not a positive whole number']);
      expect((await get('/api/events/0')).status).toBe(400);
    });
  });

  describe('lists', () => {
    it('GET /api/contacts pairs the two leaders with their meetings', async () => {
      const { status, body } = await get('/api/contacts');
      expect(status).toBe(200);
      const pair = body.find((c: any) => [c.a, c.b].includes('Volodymyr Zelenskyy') && [c.a, c.b].includes('Donald Trump'));
      expect(pair.meetings).toBeGreaterThanOrEqual(2);
    });

    it('GET /api/contacts is saved in the store, and a saved answer of the store as it is is read, not computed', async () => {
      const { body } = await get('/api/contacts');
      await expect.poll(async () => (await savedAnswer(store, answerKey('contacts')))?.current).toBe(true);
      expect(JSON.parse(JSON.stringify((await savedAnswer(store, answerKey('contacts')))!.value))).toEqual(body);
      const own = await storeOf(DOCS, await engine.fresh());
      try {
        const kept = [{ a: 'Kept Answer', b: 'Other Side', meetings: 1, events: [], planned: [] }];
        await saveAnswer(own, answerKey('contacts'), kept, await own.generation());
        let computed = 0;
        const compute = async () => { computed++; return []; };
        const served = createApp({ store: own, extract, webRoot: null, brief: libraryBrief(undefined, { compute }) });
        expect(await (await served.request('/api/contacts')).json()).toEqual(kept);
        expect(computed).toBe(0);
      } finally { await own.close(); }
    });

    it('GET /api/quotes filters by speaker', async () => {
      const { body: all } = await get('/api/quotes');
      const { status, body } = await get('/api/quotes?speaker=Trump');
      expect(status).toBe(200);
      expect(body.length).toBeGreaterThan(0);
      expect(body.length).toBeLessThan(all.length);
      for (const q of body) expect(q.speaker).toBe('Donald Trump');
    });

    it('GET /api/claims filters by kind and refuses unknown kinds', async () => {
      const { body } = await get('/api/claims?kind=plan-points');
      expect(body.length).toBeGreaterThan(0);
      for (const c of body) expect(c.kind).toBe('plan-points');
      expect((await get('/api/claims?kind=vibes')).status).toBe(400);
    });

    it('GET /api/disputes returns an array', async () => {
      const { status, body } = await get('/api/disputes');
      expect(status).toBe(200);
      expect(Array.isArray(body)).toBe(true);
    });

    it('GET /api/search finds reports and needs q', async () => {
      const { status, body } = await get('/api/search?q=Geneva%20ceasefire');
      expect(status).toBe(200);
      expect(body.map((h: any) => h.doc_id)).toContain('wire-a-geneva-meeting');
      expect((await get('/api/search')).status).toBe(400);
      expect((await get('/api/search?q=x&limit=101')).status).toBe(400);
      expect((await get(`/api/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    });

    it('GET /api/meta says read-only without a token', async () => {
      const { body } = await get('/api/meta');
      expect(body.writable).toBe(false);
      expect(body.counts.reports).toBe(exampleReports().length + MEETING_REPORTS.length);
    });
  });

  describe('GET /api/documents/:id', () => {
    it('returns the text and spans that slice to their items', async () => {
      const { status, body } = await get('/api/documents/wire-b-geneva-meeting');
      expect(status).toBe(200);
      expect(body.text.startsWith('Donald Trump and Volodymyr Zelenskyy')).toBe(true);
      const ev = body.spans.find((s: any) => s.kind === 'event');
      // The trigger's exact extent is the event rule's business (its own examples test it); here: it names the talks.
      expect(body.text.slice(ev.start, ev.end)).toMatch(/\btalks$/);
      for (const s of body.spans) expect(s.start < s.end && s.end <= body.text.length).toBe(true);
    });

    it('quote spans slice to the quote text', async () => {
      const { body: quotes } = await get('/api/quotes');
      const q = quotes[0];
      const { body: doc } = await get(`/api/documents/${encodeURIComponent(q.report)}`);
      const span = doc.spans.find((s: any) => s.kind === 'quote' && s.id === q.id);
      expect(doc.text.slice(span.start, span.end)).toBe(q.text);
    });

    it('answers 404 for an unknown document', async () => {
      const { status, body } = await get('/api/documents/no-such-report');
      expect(status).toBe(404);
      expect(body.error).toContain('no-such-report');
    });
  });

  describe('brief', () => {
    // The brief's own hand-written fixtures propose processes; the bundled examples alone may propose none.
    let briefApp: Hono;
    let processes: any[];
    beforeAll(async () => {
      const briefStore = await storeOf(DOCS, await engine.fresh());
      briefApp = createApp({ store: briefStore, extract, webRoot: null });
      processes = await (await briefApp.request('/api/processes')).json();
      expect(processes).toEqual(JSON.parse(JSON.stringify((await listProcesses(briefStore)))));
    });

    it('GET /api/processes lists the processes the library proposes', async () => {
      expect(processes.length).toBeGreaterThan(0);
      for (const p of processes) expect(typeof p.id).toBe('string');
    });

    it('GET /api/brief gives one brief per process, or the one asked for', async () => {
      const res = await briefApp.request(`/api/brief?process=${encodeURIComponent(processes[0].id)}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toHaveLength(1);
      expect(body[0].process.id).toBe(processes[0].id);
      expect(Array.isArray(body[0].timeline)).toBe(true);
      expect((await (await briefApp.request('/api/brief')).json()).length).toBe(processes.length);
    });

    it('answers 404 for an unknown process and 400 for a bad date', async () => {
      const { status, body } = await get('/api/brief?process=Atlantis%20talks');
      expect(status).toBe(404);
      expect(body.error).toContain('Atlantis');
      expect((await get('/api/brief?since=soon')).status).toBe(400);
      const impossible = await get('/api/brief?since=2025-13-45');
      expect([impossible.status, impossible.body.error]).toEqual([400, 'parameter "since" is "2025-13-45", not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)']);
      expect((await get('/api/processes?x=1')).status).toBe(400);
    });
  });

  describe('errors', () => {
    it('answers JSON 404 for unknown API routes', async () => {
      const { status, body, res } = await get('/api/nothing-here');
      expect(status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(body.error).toContain('/api/nothing-here');
    });

    it('answers 500 without a stack trace or the error message when the core throws', async () => {
      const broken = Object.create(store) as Store;
      // A read computed on every request (the meta's counts are saved with the store's generation, so not read again).
      broken.events = () => { throw new Error('secret detail at /home/x/db.ts:12'); };
      const seen: unknown[] = [];
      const res = await createApp({ store: broken, extract, webRoot: null, onError: (e) => seen.push(e) }).request('/api/events');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal error', status: 500 });
      expect(seen).toHaveLength(1);
    });

    it('answers 501 with a JSON error when the server has no brief', async () => {
      const noBrief = createApp({ store, extract, webRoot: null, brief: null });
      const res = await noBrief.request('/api/processes');
      expect(res.status).toBe(501);
      expect((await res.json()).error).toMatch(/brief/);
      expect((await noBrief.request('/api/brief')).status).toBe(501);
      expect((await (await noBrief.request('/api/meta')).json()).brief).toBe(false);
      // The overview asks for its processes before it knows whether there is a brief: none, not an error.
      const overview = await noBrief.request('/api/view/processes');
      expect(overview.status).toBe(200);
      expect(await overview.json()).toEqual([]);
    });

    it('calls the brief library when one is given', async () => {
      const calls: unknown[] = [];
      const withBrief = createApp({
        store, extract, webRoot: null,
        brief: { processes: () => [{ id: 'p1' }], brief: (_s, o) => { calls.push(o); return { ok: true }; } },
      });
      expect(await (await withBrief.request('/api/processes')).json()).toEqual([{ id: 'p1' }]);
      expect(await (await withBrief.request('/api/brief?process=p1&since=2025-01-01')).json()).toEqual({ ok: true });
      expect(calls).toEqual([{ process: 'p1', since: '2025-01-01' }]);
    });
  });
}
