// The server under hostile use: only its own Host names, budgets for writes and wrong tokens, bounded searches,
// cached reads, indexed document lookups, and reads that go on while a POSTed report is being extracted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/index.js';
import { ExtractBusy, extractPool } from '../../src/server/extract-pool.js';
import { rateLimiter } from '../../src/server/rate-limit.js';
import { openStore, type ExtractionRecord, type Report, type Store } from '../../src/index.js';
import { SQL } from '../../src/store/sql.js';
import { extract, seededStore } from './seed.js';

const TOKEN = 'correct-horse-battery';
const REPORT = { text: 'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on July 10, 2025.' };
let store: Store;
let app: Hono;
// Seeding extracts the examples (the wink model loads first): slow on a busy machine, so the hook gets time.
beforeAll(async () => {
  store = await seededStore();
  app = createApp({ store, extract, token: TOKEN, webRoot: null });
}, 120_000);
const get = (path: string, host?: string, target = app) => target.request(path, { headers: host ? { Host: host } : {} });
const post = (target: Hono, body: unknown, token = TOKEN) =>
  target.request('/api/reports', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });

describe('Host allow-list', () => {
  it('answers loopback names with any port and refuses other hosts (DNS rebinding)', async () => {
    for (const host of ['127.0.0.1:8080', 'localhost', 'LOCALHOST:1', '[::1]:8080']) expect((await get('/api/meta', host)).status, host).toBe(200);
    const res = await get('/api/meta', 'attacker.example:8080');
    expect(res.status).toBe(421);
    expect((await res.json()).error).toMatch(/does not answer to the host "attacker\.example:8080"/);
  });

  it('answers the names it is configured for', async () => {
    const wide = createApp({ store, extract, webRoot: null, allowedHosts: ['parley.lan'] });
    expect((await get('/api/meta', 'parley.lan:8080', wide)).status).toBe(200);
    expect((await get('/api/meta', 'localhost', wide)).status).toBe(421);
  });
});

describe('budgets', () => {
  it('refuses a client after 10 wrong tokens in a minute, even before checking the next one', async () => {
    const s = (await openStore(':memory:'));
    const a = createApp({ store: s, extract, token: TOKEN, webRoot: null });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await post(a, REPORT, `wrong-${i}-token`)).status);
    expect(codes).toEqual([...Array(10).fill(401), 429, 429]);
    const right = await post(a, REPORT);
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await s.counts()).reports).toBe(0);
  });

  it('limits reports per client per window', async () => {
    let clock = 0;
    const a = createApp({ store: (await openStore(':memory:')), extract, token: TOKEN, webRoot: null, writeLimit: rateLimiter({ max: 2, windowMs: 60_000, now: () => clock }) });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await post(a, { text: `${REPORT.text} Round ${i}.` })).status);
    expect(codes).toEqual([201, 201, 429]);
    clock += 60_000;
    expect((await post(a, { text: `${REPORT.text} Round 9.` })).status).toBe(201);
  });

  it('a rate limiter keeps at most maxKeys clients', async () => {
    const limiter = rateLimiter({ max: 1, windowMs: 60_000, maxKeys: 3 });
    for (let i = 0; i < 1000; i++) limiter.hit(`client-${i}`);
    // The first clients were forgotten: their budget is whole again.
    expect(limiter.hit('client-0')).toBe(true);
    expect(limiter.hit('client-999')).toBe(false);
  });
});

describe('bounded reads', () => {
  it('a search with a word repeated 50 times is one word; more than 8 distinct words is refused', async () => {
    const repeated = await get(`/api/search?q=${encodeURIComponent(Array(50).fill('war').join(' '))}`);
    expect(repeated.status).toBe(200);
    const single = await get('/api/search?q=war');
    expect(await repeated.json()).toEqual(await single.json());
    const many = await get(`/api/search?q=${encodeURIComponent('a b c d e f g h i')}`);
    expect(many.status).toBe(400);
    expect((await many.json()).error).toMatch(/more than 8 distinct words/);
  });

  it('caches a read until the store changes; parameter order does not matter', async () => {
    const s = await seededStore();
    const a = createApp({ store: s, extract, token: TOKEN, webRoot: null });
    expect((await get('/api/events?limit=5&offset=1', undefined, a)).headers.get('x-parley-cache')).toBeNull();
    expect((await get('/api/events?offset=1&limit=5', undefined, a)).headers.get('x-parley-cache')).toBe('hit');
    expect((await post(a, REPORT)).status).toBe(201);
    const after = await get('/api/events?limit=5&offset=1', undefined, a);
    expect(after.headers.get('x-parley-cache')).toBeNull();
  });

  it('with maxStaleMs, an answer from before a write is served until it is that old', async () => {
    const s = await seededStore();
    let clock = 0;
    const { responseCache } = await import('../../src/server/cache.js');
    const { Hono } = await import('hono');
    const a = new Hono();
    let computed = 0;
    a.use('*', responseCache(s, { maxStaleMs: 1000, now: () => clock }));
    a.get('/x', (c) => c.json({ computed: ++computed }));
    expect(await (await a.request('/x')).json()).toEqual({ computed: 1 });
    await s.transaction(async () => {});
    clock = 999;
    const stale = await a.request('/x');
    expect(stale.headers.get('x-parley-cache')).toBe('stale');
    expect(await stale.json()).toEqual({ computed: 1 });
    clock = 1000;
    expect(await (await a.request('/x')).json()).toEqual({ computed: 2 });
    expect((await a.request('/x')).headers.get('x-parley-cache')).toBe('hit');
  });

  it('document lookups and their spans use indexes, not a scan of every event', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-plan-')), 'p.db');
    await (await openStore(file)).close();
    const db = new Database(file, { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan(SQL.reportByDocId)).toMatch(/USING INDEX reports_doc/);
    expect(plan(SQL.reportMentions)).toMatch(/USING INDEX mentions_report/);
    expect(plan(SQL.reportQuotes)).toMatch(/USING INDEX quotes_report/);
    expect(plan(SQL.reportClaims)).toMatch(/USING INDEX claims_report/);
    await db.close();
  });
});

describe('extraction off the request thread', () => {
  it('reads are answered while a POSTed report is still being extracted', async () => {
    let release: (r: ExtractionRecord) => void = () => {};
    const slow = (r: Report) => new Promise<ExtractionRecord>((resolve) => { release = resolve; void r; });
    const a = createApp({ store: (await openStore(':memory:')), extract: slow, token: TOKEN, webRoot: null });
    const pending = post(a, REPORT);
    await new Promise((r) => setTimeout(r, 10));
    expect((await get('/api/meta', undefined, a)).status).toBe(200);
    release(extract({ id: 'x', source: null, text: REPORT.text }));
    expect((await pending).status).toBe(201);
  });

  it('the worker pool extracts in a worker thread, refuses when its queue is full, and ends a report that overruns', async () => {
    const pool = extractPool({ maxQueue: 2 });
    try {
      const report: Report = { id: 'w', source: null, text: `Trump met Putin in Alaska. ${'abcdefghij'.repeat(10_000)}` };
      const jobs = [pool.extract(report), pool.extract({ ...report, id: 'w2' })];
      await expect(pool.extract({ ...report, id: 'w3' })).rejects.toBeInstanceOf(ExtractBusy);
      const [rec] = await Promise.all(jobs);
      expect(rec.events.length).toBe(extract(report).events.length);
      expect(rec.text).toBe(extract(report).text);
    } finally {
      await pool.close();
    }
    const dir = mkdtempSync(join(tmpdir(), 'parley-hang-'));
    const hang = join(dir, 'hang.mjs');
    writeFileSync(hang, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { for (;;); });");
    const stuck = extractPool({ timeoutMs: 300, workerUrl: new URL(`file://${hang}`) });
    try {
      await expect(stuck.extract({ id: 'h', source: null, text: 'x' })).rejects.toThrow('extraction took longer than 300 ms');
      expect(stuck.pending()).toBe(0);
    } finally {
      await stuck.close();
    }
  }, 60_000);
});
