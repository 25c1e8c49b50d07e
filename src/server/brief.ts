// /api/processes and /api/brief: the negotiation processes found in the store and the brief for them (all, or the one
// asked for). A server built without a brief (deps.brief = null) answers 501 with a JSON error instead of failing.
import { Worker } from 'node:worker_threads';
import type { Context, Hono } from 'hono';
import { findProcess, UnknownProcessError, type Brief, type ContactView, type Dispute, type ParleyConfig, type Store } from '../index.js';
import { answerKey, saveAnswer, savedAnswer } from '../query/saved.js';
import { runJob, type BriefAnswer, type BriefJob } from './jobs.js';
import { apiError, NotFound } from './errors.js';
import { checkParams, type ParamSpec } from './params.js';

export interface BriefApi {
  processes(store: Store): unknown[] | Promise<unknown[]>;
  brief(store: Store, opts: { process?: string; since?: string }): unknown;
  /** Every contact pair and every dispute of the store (computed with the brief, off the request path). */
  contacts?(store: Store): Promise<ContactView[]>;
  disputes?(store: Store): Promise<Dispute[]>;
  /** Starts computing the processes, the full brief, contacts and disputes for the store as it is now (after an
   * ingest); settles when done. */
  warm?(store: Store): void | Promise<unknown>;
  /** Moves when an answer given before (a saved one) is replaced by a newly computed one. */
  generation?(): number;
  /** Ends the brief's worker thread (a server that stops). */
  close?(): void;
}

export const BRIEF_PARAMS = {
  process: { type: 'text', max: 200, description: 'a process name, id or alias from /api/processes (default: all, most active first)' },
  since: { type: 'date', description: 'only what happened on or after this date' },
} satisfies ParamSpec;

export type Compute = (kind: BriefJob['kind'], opts: BriefJob['opts']) => Promise<unknown>;

/** Runs jobs in a worker thread on the store file at `path`. */
function workerCompute(path: string, config?: ParleyConfig): Compute & { close(): void } {
  const url = new URL('./brief-worker.js', import.meta.url);
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = new Worker(url, { workerData: { path, config } });
    w.unref();
    w.on('message', (a: BriefAnswer) => {
      const p = waiting.get(a.id);
      waiting.delete(a.id);
      if (!p) return;
      if ('error' in a) p.reject(a.unknownProcess ? new NotFound(a.error) : new Error(a.error)); else p.resolve(a.value);
    });
    w.on('error', (e) => { for (const p of waiting.values()) p.reject(e); waiting.clear(); worker = null; });
    return w;
  };
  const compute = ((kind, opts) => new Promise((resolve, reject) => {
    worker ??= start();
    const id = next++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, kind, opts } satisfies BriefJob);
  })) as Compute & { close(): void };
  compute.close = () => { void worker?.terminate(); worker = null; };
  return compute;
}

/** Computes in this thread (an in-memory store, tests). */
function inlineCompute(store: () => Store, config?: ParleyConfig): Compute {
  return async (kind, opts) => {
    try {
      return await runJob(store(), kind, opts, config);
    } catch (e) {
      if (e instanceof UnknownProcessError) throw new NotFound(e.message);
      throw e;
    }
  };
}

interface Memo { fresh: Promise<unknown>; done: boolean; stale?: Promise<unknown>; servedStale?: boolean }

/**
 * The brief library, with the process configuration (parley.yml) when there is one. Given the store's file, briefs,
 * contacts and disputes are computed in a worker thread, off the request path; answers are kept (as promises, so
 * concurrent requests share one computation) until the store's version moves, and `warm` starts the common ones
 * after an ingest. A process's brief is its part of the whole brief (the same computation), so one is computed.
 *
 * Each whole-store answer is saved in the store once computed, tagged with the store's generation and shape (see
 * query/saved.ts). A saved answer of the store as it is now is the answer: nothing is computed. One from before a
 * change (an ingest) is served, until this server has computed its first one, instead of waiting half a minute on a
 * big store; `generation` moves when the computed one replaces it, so response caches drop what they kept.
 */
export function libraryBrief(config?: ParleyConfig, opts: { dbPath?: string; compute?: Compute } = {}): BriefApi {
  let current: Store | null = null;
  const compute: Compute & { close?(): void } = opts.compute
    ?? (opts.dbPath && opts.dbPath !== ':memory:' ? workerCompute(opts.dbPath, config) : inlineCompute(() => current!, config));
  const cache = new Map<string, Promise<Memo>>();
  /** Kinds computed at least once by this server: from then on a miss waits for the new answer, as before. */
  const computed = new Set<string>();
  let generation = 0;
  /** A whole-store answer: the saved one when it is current, else computed (and saved), the stale one meanwhile. */
  const wholeAnswer = async (store: Store, kind: BriefJob['kind']): Promise<Memo> => {
    const key = answerKey(kind, config);
    const [saved, storeGeneration] = await Promise.all([savedAnswer(store, key), store.generation()]);
    if (saved?.current) return { fresh: Promise.resolve(saved.value), done: true };
    const entry: Memo = { fresh: compute(kind, {}), done: false };
    if (saved && !computed.has(kind)) entry.stale = Promise.resolve(saved.value);
    entry.fresh.then((v) => {
      computed.add(kind);
      if (entry.servedStale) generation++;
      // A read-only store keeps none: the next server computes again.
      void saveAnswer(store, key, v, storeGeneration);
    }, () => {});
    return entry;
  };
  const memo = async (store: Store, kind: BriefJob['kind'], o: BriefJob['opts']): Promise<unknown> => {
    current = store;
    // The version, not the counts: counting a big store's rows on every request costs more than the answer.
    const k = JSON.stringify([await store.version(), kind, o]);
    let pending = cache.get(k);
    if (!pending) {
      // Kept as a promise before anything is awaited, so concurrent requests share one look-up and one computation.
      pending = (!o.process && !o.since ? wholeAnswer(store, kind) : Promise.resolve<Memo>({ fresh: compute(kind, o), done: false }))
        .then((entry) => {
          entry.fresh.then(() => { entry.done = true; }, () => cache.delete(k));
          return entry;
        });
      pending.catch(() => cache.delete(k));
      if (cache.size >= 32) cache.delete(cache.keys().next().value!);
      cache.set(k, pending);
    }
    const m = await pending;
    if (m.stale && !m.done) {
      const last = await m.stale;
      if (last !== undefined && !m.done) { m.servedStale = true; return last; }
    }
    return m.fresh;
  };
  const brief = async (store: Store, o: BriefJob['opts']): Promise<unknown> => {
    if (o.since) return memo(store, 'brief', o);
    const all = (await memo(store, 'brief', {})) as Brief[];
    if (!o.process) return all;
    const p = findProcess(all.map((b) => b.process), o.process);
    if (!p) throw new NotFound(`no process "${o.process}" (known: ${all.map((b) => b.process.name).join(', ') || 'none'})`);
    return all.filter((b) => b.process === p);
  };
  return {
    processes: (store) => memo(store, 'processes', {}) as Promise<unknown[]>,
    brief,
    contacts: (store) => memo(store, 'contacts', {}) as Promise<ContactView[]>,
    disputes: (store) => memo(store, 'disputes', {}) as Promise<Dispute[]>,
    warm: (store) => Promise.allSettled((['processes', 'brief', 'contacts', 'disputes'] as const).map((kind) => memo(store, kind, {}))),
    generation: () => generation,
    close: () => compute.close?.(),
  };
}

export function briefRoutes(app: Hono, store: Store, api: BriefApi | null): void {
  const unavailable = (c: Context) =>
    apiError(c, 501, 'the brief is not available on this server');
  app.get('/api/processes', async (c) => {
    checkParams({}, c.req.queries());
    return api ? c.json(await api.processes(store)) : unavailable(c);
  });
  app.get('/api/brief', async (c) => {
    const p = checkParams(BRIEF_PARAMS, c.req.queries()) as { process?: string; since?: string };
    return api ? c.json(await api.brief(store, p)) : unavailable(c);
  });
}
