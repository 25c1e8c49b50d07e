// `node dist/bench/pg-writes.js --postgres URL [--reports N] [--batch B] [--writers W]`: where the PostgreSQL writer's
// time goes, and how long it holds the store's write lock (which bounds what any number of workers can store).
// The corpus reports (read at run time, replicated with edits as bench/ingest-real.ts does) are extracted first, then
// written by `ingestReports` into a fresh schema with every statement timed: round trips and milliseconds per kind of
// statement, per batch. Only the store's work is timed, so the numbers answer "what does a batch cost the database".
// With --writers W, W stores (connection pools) write disjoint shares at once, as W queue workers would.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openExtractor } from '../src/cli/extractor.js';
import { ingestReports } from '../src/ingest/ingest.js';
import type { ExtractionRecord, Report } from '../src/record.js';
import { openStore } from '../src/store/index.js';
import { loadGazetteer } from '../src/geo/index.js';
import { replicatedCorpus } from './corpus.js';

const arg = (name: string, fallback?: string) => { const at = process.argv.indexOf(`--${name}`); return at >= 0 ? process.argv[at + 1] : fallback; };
const N = Number(arg('reports', '200'));
const BATCH = Number(arg('batch', '200'));
const WRITERS = Number(arg('writers', '1'));
const CORPUS = arg('corpus', '../shared/corpus/corpus.jsonl')!;
const PG = arg('postgres', process.env.PARLEY_BENCH_POSTGRES);
if (!PG) throw new Error('give --postgres postgres://…');

const replicated = (n: number, tag: string): Report[] => replicatedCorpus(CORPUS, n, tag);

/** Statement kind: a named statement by its name, any other by its first words. */
const kindOf = (q: unknown): string => {
  const o = (typeof q === 'string' ? { text: q } : q) as { name?: string; text?: string };
  return o.name ?? (o.text ?? '?').replace(/\s+/g, ' ').replace(/\(.*$/, '').slice(0, 48);
};
const timing = new Map<string, { n: number; ms: number }>();
/** When each connection got the write lock: from then to its COMMIT, the lock is held. */
const lockedAt = new WeakMap<object, bigint>();
let heldMs = 0;
// Bench only: every client's query is wrapped in a timer (the store is left as it ships).
const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...a: unknown[]) {
  const t0 = process.hrtime.bigint();  // before the call: sending (a socket write) is part of the cost
  const out = query.apply(this, a);
  if (!(out instanceof Promise)) return out;
  const k = kindOf(a[0]);
  return out.finally(() => {
    const now = process.hrtime.bigint();
    if (k.startsWith('SELECT pg_advisory_xact_lock')) lockedAt.set(this, now);
    if (k === 'COMMIT' || k === 'ROLLBACK') { const at = lockedAt.get(this); if (at) heldMs += Number(now - at) / 1e6; lockedAt.delete(this); }
    const t = timing.get(k) ?? { n: 0, ms: 0 };
    t.n++; t.ms += Number(process.hrtime.bigint() - t0) / 1e6;
    timing.set(k, t);
  });
};

const schema = `parley_bench_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: PG });
await admin.connect();
await admin.query(`CREATE SCHEMA ${schema}`);
try {
  const ex = await openExtractor(1, () => null, () => {});
  const reports = replicated(N, 'w');
  const records = new Map<string, ExtractionRecord>();
  for (const r of reports) records.set(String(r.id), await ex.extract(r));
  await ex.close();
  const u = new URL(PG);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const stores = await Promise.all(Array.from({ length: WRITERS }, () => openStore(u.toString())));
  loadGazetteer();  // read on the first place otherwise: not the store's time
  timing.clear();
  const t0 = process.hrtime.bigint();
  const share = (w: number) => reports.filter((_r, i) => i % WRITERS === w);
  const sums = await Promise.all(stores.map((store, w) => ingestReports(store, share(w), { extract: (r) => structuredClone(records.get(String(r.id))!), batchSize: BATCH, batchMs: Infinity })));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const store of stores) await store.close();
  const sum = { added: sums.reduce((n, x) => n + x.added, 0) };
  const batches = Math.ceil(sum.added / BATCH);
  const all = [...timing.values()].reduce((a, t) => ({ n: a.n + t.n, ms: a.ms + t.ms }), { n: 0, ms: 0 });
  console.log(`${sum.added} reports written in ${seconds.toFixed(2)} s (${(sum.added / seconds).toFixed(1)} reports/s), ${batches} batch(es) of ${BATCH}`);
  console.log(`round trips ${all.n} (${(all.n / sum.added).toFixed(1)} per report), in statements ${all.ms.toFixed(0)} ms; ${WRITERS} writer(s)`);
  const wait = timing.get('SELECT pg_advisory_xact_lock')?.ms ?? 0;
  console.log(`write lock held ${heldMs.toFixed(0)} ms (${(heldMs / sum.added).toFixed(2)} ms per report), waited for ${wait.toFixed(0)} ms`);
  console.log('per batch:   trips       ms  kind');
  for (const [k, t] of [...timing].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`          ${String(Math.round(t.n / batches)).padStart(7)} ${(t.ms / batches).toFixed(0).padStart(8)}  ${k}`);
  }
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
