// The dashboard's list routes: one filter for the page, its count, weeks and places; downloads equal the page shown.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.js';
import { claimOverviewKey } from '../../src/server/view.js';
import { META_COUNTS_KEY } from '../../src/server/api.js';
import { saveAnswer } from '../../src/query/saved.js';
import { ingestReports, openStore } from '../../src/index.js';
import { extract, seededStore } from './seed.js';
import { collect } from '../helpers/collect.js';

const store = await seededStore();
const app = createApp({ store, extract });
const json = async (path: string) => (await app.request(path)).json();

describe('/api/view', () => {
  it('pages events newest first with the total for the same filter', async () => {
    const all = await json('/api/view/events?limit=5');
    expect(all.total).toBe((await store.counts()).events);
    expect(all.events).toHaveLength(5);
    const dated = all.events.map((e: { date: string | null }) => e.date).filter(Boolean);
    expect([...dated].sort().reverse()).toEqual(dated);
    const consult = await json('/api/view/events?event=consult&min_sources=2&limit=50');
    expect(consult.events.every((e: { event: string; source_count: number }) => e.event === 'CONSULT' && e.source_count >= 2)).toBe(true);
    expect(consult.total).toBe(consult.events.length);
    expect(consult.events[0].sources[0].headline).toMatch(/\w{3,}/);
  });

  it('tallies weeks and places for the same filter', async () => {
    const weeks = await json('/api/view/weeks?event=CONSULT');
    expect(weeks.every((w: { key: string; week: string }) => w.key === 'CONSULT' && new Date(`${w.week}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const places = await json('/api/view/places');
    // The map's tally is the store's own: every event placed in Geneva (the bundled examples may add more).
    const inGeneva = (await collect(store.events({ place: 'Geneva' }))).length;
    expect(inGeneva).toBeGreaterThan(0);
    expect(places.find((p: { name: string }) => p.name === 'Geneva')).toMatchObject({ country: 'CH', events: inGeneva });
  });

  it('downloads exactly the page a list shows', async () => {
    const page = await json('/api/view/events?offset=2&limit=4');
    const csv = (await (await app.request('/api/download/events?offset=2&limit=4&format=csv')).text()).trim().split('\r\n');
    expect(csv[0].split(',')[0]).toBe('event_id');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(page.events.map((e: { id: number }) => `parley-${e.id}`));
    const res = await app.request('/api/download/events?offset=2&limit=4&format=jsonl');
    expect(res.headers.get('content-disposition')).toContain('events.jsonl');
    expect((await res.text()).trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(page.events.map((e: { id: number }) => `parley-${e.id}`));
  });

  it('answers 400 for a bad filter and 404 for an unknown process', async () => {
    expect((await app.request('/api/view/events?min_sources=0')).status).toBe(400);
    expect((await app.request('/api/view/events?process=nowhere-at-all')).status).toBe(404);
  });

  it('gives a process page the head of its brief: the upcoming timeline only, contacts and disputes left to their views', async () => {
    const processes = await json('/api/processes');
    const id = processes[0].id;
    const [whole] = await json(`/api/brief?process=${id}`);
    const [head] = await json(`/api/view/process?process=${id}`);
    expect(head.process).toEqual(whole.process);
    expect(head.status).toEqual(whole.status);
    expect(head.plan).toEqual(whole.plan);
    expect(head.timeline.every((e: { modality: string }) => e.modality === 'future')).toBe(true);
    expect(head.contacts.matrix).toEqual([]);
    expect((await app.request('/api/view/process')).status).toBe(400);
    expect((await app.request('/api/view/process?process=nowhere-at-all')).status).toBe(404);
  });
});

describe('/api/view/claims', () => {
  const PLAN = claimOverviewKey('plan-points', 12);
  const plan = (id: string, text: string) => ({ id, source: `https://wire.example/${id}`, published: '2025-04-02', text });

  it('keeps the overview with the store\'s generation: a restarted server reads it back, an ingest makes it anew', async () => {
    const own = await openStore(':memory:');
    await ingestReports(own, [plan('plan-a', 'Envoys presented a 12-point plan to end the fighting on Monday, officials said.')], { extract });
    const first = await (await createApp({ store: own, extract }).request('/api/view/claims?kind=plan-points')).json();
    expect(first.newest.map((c: { value: number }) => c.value)).toEqual([12]);
    expect(JSON.parse((await own.snapshot(PLAN))!.body).value).toEqual(first);
    // A restarted server (a new app, its response cache empty) answers from the saved overview, not from the claims.
    await saveAnswer(own, PLAN, { ...first, total: 99 }, await own.generation());
    expect((await (await createApp({ store: own, extract }).request('/api/view/claims?kind=plan-points')).json()).total).toBe(99);
    await ingestReports(own, [plan('plan-b', 'The mediators later circulated a revised 15-point plan, a diplomat said.')], { extract });
    const after = await (await createApp({ store: own, extract }).request('/api/view/claims?kind=plan-points')).json();
    expect(after.total).toBe(2);
    expect(after.newest.map((c: { value: number }) => c.value).sort()).toEqual([12, 15]);
    await own.close();
  });
});

describe('/api/meta', () => {
  it('saves the counts with the store\'s generation: read back while it stands, counted again after an ingest', async () => {
    const own = await openStore(':memory:');
    const report = (id: string, text: string) => ({ id, source: `https://wire.example/${id}`, published: '2025-04-02', text });
    await ingestReports(own, [report('talks-a', 'Envoys of both sides met in Doha on Monday, officials said.')], { extract });
    const meta = async () => (await (await createApp({ store: own, extract }).request('/api/meta')).json());
    expect((await meta()).counts.reports).toBe(1);
    await saveAnswer(own, META_COUNTS_KEY, { ...(await own.counts()), reports: 7 }, await own.generation());
    expect((await meta()).counts.reports).toBe(7);
    await ingestReports(own, [report('talks-b', 'The delegations met again in Doha on Wednesday, a mediator said.')], { extract });
    expect((await meta()).counts.reports).toBe(2);
    await own.close();
  });
});
