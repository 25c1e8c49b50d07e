// POST /api/reports: the token rules (none configured, missing, wrong, right), the size limit and body checks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, MAX_BODY_BYTES, tokenMatches } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/index.js';
import { extract } from './seed.js';

const TOKEN = 'correct-horse-battery';
const REPORT = { text: 'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on July 10, 2025.', source: 'https://wire-c.example/abu-dhabi', published: '2025-07-11' };
let store: Store;
let app: Hono;

const post = (body: string, auth?: string, target: Hono = app) =>
  target.request('/api/reports', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) } });

beforeAll(async () => {
  store = (await openStore(':memory:'));
  app = createApp({ store, extract, token: TOKEN, webRoot: null });
});

describe('POST /api/reports', () => {
  it('is refused with 403 when the server has no token', async () => {
    const readOnly = createApp({ store, extract, webRoot: null });
    const res = await post(JSON.stringify(REPORT), `Bearer ${TOKEN}`, readOnly);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/read-only.*--token/);
  });

  it.each([
    ['missing', undefined], ['wrong', 'Bearer not-the-token'], ['a prefix of the right one', `Bearer ${TOKEN.slice(0, 5)}`],
    ['not a bearer', `Basic ${TOKEN}`],
  ])('answers 401 when the token is %s', async (_what, auth) => {
    const res = await post(JSON.stringify(REPORT), auth);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await store.counts()).reports).toBe(0);
  });

  it('stores the report with the right token and returns its record; a repeat is known', async () => {
    const res = await post(JSON.stringify(REPORT), `Bearer ${TOKEN}`);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.stored).toBe(true);
    expect(body.record.text).toContain('Pashinyan');
    expect(body.record.events.some((e: any) => e.event === 'CONSULT')).toBe(true);
    const doc = await (await app.request(`/api/documents/${body.id}`)).json();
    expect(doc.source).toBe(REPORT.source);
    const again = await post(JSON.stringify(REPORT), `Bearer ${TOKEN}`);
    expect(again.status).toBe(200);
    expect((await again.json()).known).toBe(true);
    expect((await store.counts()).reports).toBe(1);
  });

  it('refuses a body over 2 MB with 413', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES + 10) }), `Bearer ${TOKEN}`);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/2 MB/);
  });

  it.each([
    ['not JSON', '{text:', /not valid JSON/],
    ['an array', '[]', /JSON object/],
    ['no text', '{"source":"x"}', /"text"/],
    ['blank text', '{"text":"   "}', /"text"/],
    ['a number as source', '{"text":"Talks began.","source":5}', /"source"/],
    ['a bad date', '{"text":"Talks began.","published":"next week"}', /"published"/],
    ['an impossible date', '{"text":"Talks began.","published":"2025-02-30"}', /"published"/],
    ['an unknown field', '{"text":"Talks began.","html":"<b>"}', /"html"/],
  ])('answers 400 for %s', async (_what, body, message) => {
    const res = await post(body, `Bearer ${TOKEN}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });
});

describe('tokenMatches', () => {
  it('accepts only the exact token, whatever the lengths', async () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const t of ['', TOKEN + 'x', TOKEN.slice(1), TOKEN.toUpperCase(), 'é'.repeat(TOKEN.length)]) expect(tokenMatches(t, TOKEN)).toBe(false);
  });
});
