// `npm run bench:load`: the API server over a 5,000-report store, 20 concurrent clients, on loopback only
// (127.0.0.1; nothing is sent anywhere else). Bounded in count and time. Three phases, each printing requests/s,
// p50 and p99: (1) cached reads, (2) the same reads while one client POSTs reports (extracted in the worker),
// (3) cold reads (each answer computed once, the cache dropped by every write).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractGenerated, generatedReports } from './ingest-gen.js';
import { ingestReports, openStore } from '../src/index.js';
import { listen } from '../src/server/listen.js';

const REPORTS = Number(process.env.LOAD_REPORTS ?? 5000);
const CLIENTS = 20;
const MAX_REQUESTS = 6000;
const MAX_SECONDS = 20;
const HOST = '127.0.0.1';
const TOKEN = 'load-bench-token';

const READS = [
  '/api/meta', '/api/events?limit=100', '/api/events?event=CONSULT&limit=50', '/api/contacts', '/api/quotes',
  '/api/claims?kind=plan-points', '/api/disputes', '/api/search?q=talks', '/api/search?q=progress+plan',
  ...Array.from({ length: 20 }, (_, i) => `/api/documents/gen-${i * 211}`), ...Array.from({ length: 20 }, (_, i) => `/api/events/${i * 37 + 1}`),
];

interface Result { requests: number; seconds: number; latencies: number[]; errors: Map<number | string, number> }

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0; };

async function clients(base: string, paths: string[], maxRequests: number, maxSeconds: number): Promise<Result> {
  const latencies: number[] = [];
  const errors = new Map<number | string, number>();
  let issued = 0;
  const until = Date.now() + maxSeconds * 1000;
  const t0 = performance.now();
  const one = async () => {
    while (issued < maxRequests && Date.now() < until) {
      const path = paths[issued++ % paths.length];
      const start = performance.now();
      // A connection reset (a keep-alive socket the server closed as it was reused) is counted, not fatal.
      const status = await fetch(base + path).then(async (res) => { await res.arrayBuffer(); return res.status; }, () => 'network');
      latencies.push(performance.now() - start);
      if (status !== 200) errors.set(status, (errors.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, one));
  return { requests: latencies.length, seconds: (performance.now() - t0) / 1000, latencies, errors };
}

function show(name: string, r: Result): void {
  const errs = [...r.errors].map(([s, n]) => `${n}×${s}`).join(' ') || 'none';
  console.log(`${name.padEnd(34)} ${String(r.requests).padStart(6)} req  ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${pct(r.latencies, 50).toFixed(1).padStart(7)} ms  p99 ${pct(r.latencies, 99).toFixed(1).padStart(7)} ms  non-200: ${errs}`);
}

const sentence = (i: number) => `Envoys of the two governments met in Geneva on Monday for round ${i} of the talks, ` +
  `and the mediator said both sides had agreed to meet again within ten days. ${'The delegations discussed prisoners, ' +
  'the ceasefire line and the return of displaced families. '.repeat(20)}`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
  const db = join(dir, 'load.db');
  const store = (await openStore(db));
  const t0 = performance.now();
  await ingestReports(store, generatedReports(REPORTS), { extract: extractGenerated, batchSize: 500 });
  console.log(`store: ${JSON.stringify(await store.counts())} (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  // With the store's file, as `parley serve` runs: briefs are computed in their worker thread, not on the request loop.
  const server = await listen({ store, host: HOST, port: 0, token: TOKEN, webRoot: null, dbPath: db });
  const base = server.url.replace(/\/$/, '');
  if (!base.startsWith(`http://${HOST}:`)) throw new Error(`not loopback: ${base}`);
  try {
    // Cold: each read answered once from the store (first request per path).
    const cold = await clients(base, READS, READS.length, MAX_SECONDS);
    show('cold reads (each path once)', cold);
    const cached = await clients(base, READS, MAX_REQUESTS, MAX_SECONDS);
    show('cached reads', cached);

    // One writer POSTs reports (at most 55 in the run: the write budget is 60 a minute per client) while the readers read.
    let posted = 0;
    let writing = true;
    const postTimes: number[] = [];
    const writer = (async () => {
      while (writing && posted < 55) {
        const start = performance.now();
        const res = await fetch(`${base}/api/reports`, {
          method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ text: sentence(posted), source: `https://wire.example/${posted}`, published: '2026-01-05' }),
        });
        await res.arrayBuffer();
        if (res.status === 201 || res.status === 200) { posted++; postTimes.push(performance.now() - start); }
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const during = await clients(base, READS, MAX_REQUESTS, 10);
    writing = false;
    await writer;
    show(`reads while POSTing (${posted} posted)`, during);
    console.log(`POST /api/reports: ${posted} stored, p50 ${pct(postTimes, 50).toFixed(0)} ms, p99 ${pct(postTimes, 99).toFixed(0)} ms`);
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
