// `npm run bench:query -- STORE [STORE ...]`: query latency on built stores (an SQLite file or a postgres:// URL; build
// 100k reports with `npm run bench:brief -- 100000`, copy it to PostgreSQL with parley migrate): brief, contacts,
// events --actor (a page, as the CLI shows it), search, and the API's /api/meta, /api/brief, /api/events (a kept page,
// and a new page each run), /api/contacts and the dashboard's process views, each run 20 times (a query whose every
// run takes over 5 s: 3 times); prints the first (cold) run and the median in ms. Given several stores, it runs each
// query on each store in turn, run by run, so the machine's noise falls on every engine alike. The API is served as
// `parley serve` serves it (the brief in a worker thread, answers kept until the store changes), so its median is a
// kept answer (but for the new page of each run); its cold run is the saved brief when the store has one (a server
// run on it before), else the computation. `brief (CLI: saved)` is how `parley brief` reads the brief: its cold run
// computes and saves it (when the store has none of the store as it is), the others read it back; `brief (CLI:
// Markdown)` is what it prints by default, read back the same way.
import { createApp } from '../src/server/index.js';
import { libraryBrief } from '../src/server/brief.js';
import { brief } from '../src/brief/index.js';
import { contacts } from '../src/query/contacts.js';
import { queryEvents, toFilter } from '../src/query/events.js';
import { search } from '../src/query/lists.js';
import { savedBrief, savedBriefMarkdown } from '../src/query/saved-brief.js';
import { savedContacts } from '../src/query/saved-contacts.js';
import { saveAnswer } from '../src/query/saved.js';
import { openStore, type Store } from '../src/store/index.js';

const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 20);
/** PARLEY_BENCH_SERVED=1: only what readers are served (saved answers, pages, the API), not the computations behind
 * them, which take minutes at 100k reports on a loaded machine. */
const SERVED_ONLY = process.env.PARLEY_BENCH_SERVED === '1';
const paths = process.argv.slice(2);
if (!paths.length) throw new Error('usage: bench:query STORE [STORE ...] (an SQLite file or postgres://…)');

/** Runs of a query whose every run is slower than this: the median of 20 would take minutes. */
const SLOW_MS = 5000;

type Query = [name: string, run: () => Promise<unknown>];
interface Timing { cold: number; p50: number; runs: number }

function summary(ms: number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { cold: ms[0], p50: sorted[Math.floor(sorted.length / 2)], runs: ms.length };
}

/** One query on every store, a run on each in turn. Slow by a store's fastest run, not its first: a saved answer's
 * first run computes it, the others read it back. */
async function timeSideBySide(runs: (() => Promise<unknown>)[]): Promise<Timing[]> {
  const ms = runs.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round++) {
    for (const [k, run] of runs.entries()) {
      if (ms[k].length >= Math.min(RUNS, 3) && Math.min(...ms[k]) > SLOW_MS) continue;
      const t = performance.now();
      await run();
      ms[k].push(performance.now() - t);
    }
  }
  return ms.map(summary);
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

function libraryQueries(path: string, store: Store): Query[] {
  const queries: Query[] = [
    ['brief (computed)', () => brief(store)],
    // As `parley brief` reads it: the saved brief while the store is unchanged (the first run computes and saves it).
    ['brief (CLI: saved)', () => savedBrief(store, {}, saveThrough(path))],
    // What `parley brief` prints (Markdown): the saved text while the store is unchanged (the first run writes it).
    ['brief (CLI: Markdown)', () => savedBriefMarkdown(store, {}, saveThrough(path))],
    ['contacts (computed)', () => contacts(store)],
    // As `parley contacts` reads it: the saved answer while the store is unchanged (the first run computes and saves it).
    ['contacts (CLI: saved)', () => savedContacts(store, undefined, saveThrough(path))],
    // As `parley events --actor` reads it: a page of events (with its count), each with its first sources.
    ['events --actor Zelensky', () => eventsPage(store, 0)],
    ['events --actor, page at 2000', () => eventsPage(store, 2000)],
    ['search "ceasefire talks"', () => search(store, 'ceasefire talks', 20)],
  ];
  return queries.filter(([name]) => !SERVED_ONLY || !name.includes('(computed)'));
}

async function apiQueries(path: string, store: Store): Promise<Query[]> {
  const app = createApp({ store, extract: () => { throw new Error('read-only bench'); }, webRoot: null, brief: libraryBrief(undefined, { dbPath: path }) });
  const api = async (url: string) => { const r = await app.request(url); if (r.status !== 200) throw new Error(`${url}: ${r.status}`); await r.text(); };
  const proc = encodeURIComponent(((await (await app.request('/api/processes')).json()) as { id: string }[])[0]?.id ?? 'none');
  let page = 0;
  return [
    ['GET /api/meta', () => api('/api/meta')],
    ['GET /api/brief', () => api('/api/brief')],
    ['GET /api/events?limit=100', () => api('/api/events?limit=100')],
    // Another page each run, so none is a kept answer: what paging through a big store costs.
    ['GET /api/events?actor, new page', () => api(`/api/events?actor=Zelensky&limit=100&offset=${100 * page++}`)],
    ['GET /api/contacts', () => api('/api/contacts')],
    ['GET /api/view/processes', () => api('/api/view/processes')],
    ['GET /api/view/process', () => api(`/api/view/process?process=${proc}`)],
    ['GET /api/view/events?process', () => api(`/api/view/events?process=${proc}&limit=50`)],
    ['GET /api/view/quotes?process', () => api(`/api/view/quotes?process=${proc}&limit=50`)],
  ];
}

/** Times each query (the same names on every store) side by side and prints a row per query, columns per store. */
async function table(queries: Query[][]): Promise<void> {
  for (const [i, [name]] of queries[0].entries()) {
    const t = await timeSideBySide(queries.map((q) => q[i][1]));
    console.log(`${name.padEnd(32)}${t.map((x) => `${x.cold.toFixed(0).padStart(9)} ${x.p50.toFixed(0).padStart(7)} ${String(x.runs).padStart(4)}`).join('   ')}`);
  }
}

const stores = await Promise.all(paths.map((path) => openStore(path, { readOnly: true })));
try {
  for (const [k, store] of stores.entries()) {
    const c = await store.counts();
    console.log(`#${k + 1} ${paths[k].replace(/:[^:@/]*@/, ':***@')}: ${c.reports} reports, ${c.events} events, ${c.entities} entities`);
  }
  console.log(`\n${'query (ms)'.padEnd(32)}${paths.map((_, k) => `  #${k + 1} cold     p50 runs`).join('   ')}`);
  // The library first: the server's brief worker, once started, takes a core for as long as a brief takes.
  await table(stores.map((store, k) => libraryQueries(paths[k], store)));
  await table(await Promise.all(stores.map((store, k) => apiQueries(paths[k], store))));
} finally {
  await Promise.all(stores.map((s) => s.close()));
}
process.exit(0);
