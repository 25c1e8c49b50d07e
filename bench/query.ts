// `npm run bench:query -- STORE [STORE ...]`: query latency on built stores (an SQLite file or a postgres:// URL; build
// one with dist/bench/dash-store.js, move it with parley migrate): brief, contacts, events --actor, search, and the
// API's /api/brief and /api/events, each run 20 times; prints the first (cold) run and the median in ms. The API keeps
// answers until the store changes, so its median is a cached answer; the cold run is the computation.
import { createApp } from '../src/server/index.js';
import { brief } from '../src/brief/index.js';
import { contacts } from '../src/query/contacts.js';
import { queryEvents } from '../src/query/events.js';
import { search } from '../src/query/lists.js';
import { openStore, type Store } from '../src/store/index.js';

const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 20);
const stores = process.argv.slice(2);
if (!stores.length) throw new Error('usage: bench:query STORE [STORE ...] (an SQLite file or postgres://…)');

async function time(fn: () => Promise<unknown>): Promise<{ cold: number; p50: number }> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { cold: ms[0], p50: sorted[Math.floor(sorted.length / 2)] };
}

async function drain(it: AsyncIterable<unknown>): Promise<number> { let n = 0; for await (const _ of it) n++; return n; }

async function bench(path: string, store: Store): Promise<void> {
  const app = createApp({ store, extract: () => { throw new Error('read-only bench'); }, webRoot: null });
  const api = async (url: string) => { const r = await app.request(url); if (r.status !== 200) throw new Error(`${url}: ${r.status}`); await r.text(); };
  const work: [string, () => Promise<unknown>][] = [
    ['brief', () => brief(store)],
    ['contacts', () => contacts(store)],
    ['events --actor Zelensky', () => drain(queryEvents(store, { actor: 'Zelensky' }))],
    ['search "ceasefire talks"', () => search(store, 'ceasefire talks', 20)],
    ['GET /api/brief', () => api('/api/brief')],
    ['GET /api/events?limit=100', () => api('/api/events?limit=100')],
  ];
  const c = await store.counts();
  console.log(`\n${path.replace(/:[^:@/]*@/, ':***@')}: ${c.reports} reports, ${c.events} events, ${c.entities} entities`);
  console.log('query                          cold ms     p50 ms');
  for (const [name, fn] of work) {
    const t = await time(fn);
    console.log(`${name.padEnd(28)} ${t.cold.toFixed(0).padStart(9)} ${t.p50.toFixed(0).padStart(10)}`);
  }
}

for (const path of stores) {
  const store = await openStore(path, { readOnly: true });
  try { await bench(path, store); } finally { await store.close(); }
}
