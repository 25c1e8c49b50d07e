// `npm run bench:query -- STORE [STORE ...]`: query latency on built stores (an SQLite file or a postgres:// URL; build
// 100k reports with `npm run bench:brief -- 100000`, copy it to PostgreSQL with parley migrate): brief, contacts,
// events --actor (a page, as the CLI shows it), search, and the API's /api/meta, /api/brief, /api/events, /api/contacts and the dashboard's process views, each run 20 times
// (a query whose first run takes over 5 s: 3 times); prints the first (cold) run and the median in ms. The API is
// served as `parley serve` serves it (the brief in a worker thread, answers kept until the store changes), so its
// median is a kept answer; its cold run is the saved brief when the store has one (a server run on it before), else
// the computation. `brief (CLI: saved)` is what `parley brief` does: its cold run computes and saves the brief (when
// the store has none of the store as it is), the others read it back.
import { createApp } from '../src/server/index.js';
import { libraryBrief } from '../src/server/brief.js';
import { brief } from '../src/brief/index.js';
import { contacts } from '../src/query/contacts.js';
import { queryEvents, toFilter } from '../src/query/events.js';
import { search } from '../src/query/lists.js';
import { savedBrief } from '../src/query/saved-brief.js';
import { savedContacts } from '../src/query/saved-contacts.js';
import { saveAnswer } from '../src/query/saved.js';
import { openStore, type Store } from '../src/store/index.js';

const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 20);
/** PARLEY_BENCH_SERVED=1: only what readers are served (saved answers, pages, the API), not the computations behind
 * them, which take minutes at 100k reports on a loaded machine. */
const SERVED_ONLY = process.env.PARLEY_BENCH_SERVED === '1';
const stores = process.argv.slice(2);
if (!stores.length) throw new Error('usage: bench:query STORE [STORE ...] (an SQLite file or postgres://…)');

/** Runs of a query whose first run is slower than this: the median of 20 would take minutes. */
const SLOW_MS = 5000;

async function time(fn: () => Promise<unknown>): Promise<{ cold: number; p50: number; runs: number }> {
  const ms: number[] = [];
  for (let i = 0; i < (ms[0] > SLOW_MS ? Math.min(RUNS, 3) : RUNS); i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { cold: ms[0], p50: sorted[Math.floor(sorted.length / 2)], runs: ms.length };
}

async function drain(it: AsyncIterable<unknown>): Promise<number> { let n = 0; for await (const _ of it) n++; return n; }

/** Saves an answer through a writable connection, as the CLI does (it opens the store read-only). */
const saveThrough = (path: string) => async (key: string, value: unknown, generation: string) => {
  const writable = await openStore(path);
  try { await saveAnswer(writable, key, value, generation); } finally { await writable.close(); }
};

/** One page of `parley events --actor Zelensky` (its defaults: 100 events, 20 sources each) and its count. */
async function eventsPage(store: Store, offset: number): Promise<number> {
  const q = { actor: 'Zelensky', limit: 100, offset, maxSources: 20 };
  const [n] = await Promise.all([drain(queryEvents(store, q)), toFilter(store, q).then((f) => store.countEvents(f))]);
  return n;
}

async function bench(path: string, store: Store): Promise<void> {
  const c = await store.counts();
  console.log(`\n${path.replace(/:[^:@/]*@/, ':***@')}: ${c.reports} reports, ${c.events} events, ${c.entities} entities`);
  console.log('query                              cold ms     p50 ms  runs');
  const report = (name: string, t: { cold: number; p50: number; runs: number }) =>
    console.log(`${name.padEnd(32)} ${t.cold.toFixed(0).padStart(9)} ${t.p50.toFixed(0).padStart(10)} ${String(t.runs).padStart(5)}`);
  // The library first: the server's brief worker, once started, takes a core for as long as a brief takes.
  const library: [string, () => Promise<unknown>][] = [
    ['brief (computed)', () => brief(store)],
    // As `parley brief` reads it: the saved brief while the store is unchanged (the first run computes and saves it).
    ['brief (CLI: saved)', () => savedBrief(store, {}, saveThrough(path))],
    ['contacts (computed)', () => contacts(store)],
    // As `parley contacts` reads it: the saved answer while the store is unchanged (the first run computes and saves it).
    ['contacts (CLI: saved)', () => savedContacts(store, undefined, saveThrough(path))],
    // As `parley events --actor` reads it: a page of events (with its count), each with its first sources.
    ['events --actor Zelensky', () => eventsPage(store, 0)],
    ['events --actor, page at 2000', () => eventsPage(store, 2000)],
    ['search "ceasefire talks"', () => search(store, 'ceasefire talks', 20)],
  ];
  for (const [name, fn] of library) if (!SERVED_ONLY || !name.includes('(computed)')) report(name, await time(fn));
  const app = createApp({ store, extract: () => { throw new Error('read-only bench'); }, webRoot: null, brief: libraryBrief(undefined, { dbPath: path }) });
  const api = async (url: string) => { const r = await app.request(url); if (r.status !== 200) throw new Error(`${url}: ${r.status}`); await r.text(); };
  const proc = encodeURIComponent(((await (await app.request('/api/processes')).json()) as { id: string }[])[0]?.id ?? 'none');
  const routes: [string, () => Promise<unknown>][] = [
    ['GET /api/meta', () => api('/api/meta')],
    ['GET /api/brief', () => api('/api/brief')],
    ['GET /api/events?limit=100', () => api('/api/events?limit=100')],
    ['GET /api/contacts', () => api('/api/contacts')],
    ['GET /api/view/processes', () => api('/api/view/processes')],
    ['GET /api/view/process', () => api(`/api/view/process?process=${proc}`)],
    ['GET /api/view/events?process', () => api(`/api/view/events?process=${proc}&limit=50`)],
    ['GET /api/view/quotes?process', () => api(`/api/view/quotes?process=${proc}&limit=50`)],
  ];
  for (const [name, fn] of routes) report(name, await time(fn));
}

for (const path of stores) {
  const store = await openStore(path, { readOnly: true });
  try { await bench(path, store); } finally { await store.close(); }
}
process.exit(0);
