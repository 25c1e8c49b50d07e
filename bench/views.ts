// `npm run bench:views [-- STORE]`: the dashboard's pages over a big store (default: the 100k store bench:brief
// builds; an SQLite file or a postgres:// URL), on loopback only. Each page is the set of API requests its view makes;
// printed per page: the first answer (cold), and the p50 and max of repeated requests. The first run on a store
// computes and saves the brief (the server's warm-up); a later run starts from the saved one, as a restarted server does.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { listen } from '../src/server/listen.js';

const path = process.argv[2] ?? join(tmpdir(), 'parley-bench-brief-100000.db');
const REPEATS = Number(process.env.VIEW_REPEATS ?? 7);
if (!/^postgres(ql)?:/.test(path) && !existsSync(path)) throw new Error(`no store at ${path}: run npm run bench:brief first`);

const store = await openStore(path);
const server = await listen({ store, host: '127.0.0.1', port: 0, dbPath: path, webRoot: null, maxStaleMs: 0 });
const base = server.url.replace(/\/$/, '');

async function get(url: string): Promise<{ ms: number; bytes: number; status: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(base + url);
  const body = await res.text();
  return { ms: performance.now() - t0, bytes: body.length, status: res.status, body };
}

/** A page: its requests made together, as the browser does; its time is the slowest. */
async function page(urls: string[]): Promise<{ ms: number; bytes: number; bad: string[] }> {
  const t0 = performance.now();
  const all = await Promise.all(urls.map(get));
  return { ms: performance.now() - t0, bytes: all.reduce((n, r) => n + r.bytes, 0), bad: all.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.body.slice(0, 80)}`) };
}

const t0 = performance.now();
const processes = JSON.parse((await get('/api/processes')).body) as { id: string }[];
console.log(`store ${path.replace(/:[^:@/]*@/, ':***@')}: ${JSON.stringify(await store.counts())}`);
console.log(`processes ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${processes.map((p) => p.id).join(', ')}`);
const p = encodeURIComponent(processes[0]?.id ?? 'none');
const doc = (await store.reportHead('001'))?.doc_id ?? '001';
const PAGES: Record<string, string[]> = {
  overview: ['/api/meta', '/api/view/processes', '/api/view/claims?kind=agreement-percent', '/api/view/claims?kind=plan-points'],
  process: [`/api/view/process?process=${p}`, `/api/view/events?process=${p}&offset=0&limit=50`, `/api/view/weeks?process=${p}&by=category`],
  'process map': [`/api/view/places?process=${p}`],
  timeline: ['/api/view/events?offset=0&limit=50', '/api/view/weeks?by=category', '/api/view/places', '/api/openapi.json'],
  contacts: ['/api/view/contacts'],
  'process contacts': [`/api/view/contacts?process=${p}`],
  quotes: ['/api/view/quotes?offset=0&limit=50'],
  'process quotes': [`/api/view/quotes?process=${p}&offset=0&limit=50`],
  disputes: ['/api/view/disputes?offset=0&limit=50'],
  'process disputes': [`/api/view/disputes?process=${p}&offset=0&limit=50`],
  document: [`/api/documents/${doc}`],
  event: ['/api/events/1'],
  search: ['/api/search?q=ceasefire'],
  // Not a page: every process's whole brief, as the API gives it (the overview reads /api/view/processes instead).
  'api: all briefs': ['/api/brief'],
};

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(`page               first ms    p50 ms    max ms    KB   (${REPEATS} repeats)`);
for (const [name, urls] of Object.entries(PAGES)) {
  const first = await page(urls);
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) times.push((await page(urls)).ms);
  const bad = first.bad.length ? `  non-200: ${first.bad.join('; ')}` : '';
  console.log(`${name.padEnd(17)} ${first.ms.toFixed(0).padStart(9)} ${pct(times, 0.5).toFixed(0).padStart(9)} ${Math.max(...times).toFixed(0).padStart(9)} ${(first.bytes / 1024).toFixed(0).padStart(6)}${bad}`);
}
await server.close();
await store.close();
process.exit(0);
