// Answers of the read API kept until the store changes. Every read route is a pure function of (path, query, store
// content), so the key is the route and its parameters in a fixed order, and an answer is tagged with the store's
// version it was computed from. Bounded in entries and bytes; large answers are not kept.
//
// While reports are being POSTed every write moves the version. With maxStaleMs the cache then serves the answer it
// has (stale-while-revalidate) instead of letting every write make every heavy read recompute: an answer is refreshed
// once it is maxStaleMs old, by one request at a time per key, and only while refreshing has taken less than a share
// of the last second, so reads are never stuck behind a wave of recomputes. A miss is always computed; concurrent
// misses of the same key share one computation.
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../index.js';

export interface CacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  /** How old an answer may be when the store has changed since it was computed (0: never stale). */
  maxStaleMs?: number;
  /** Share of each second the cache may spend refreshing stale answers (default 0.25); past it, stale is served. */
  refreshShare?: number;
  now?: () => number;
  /** Moves when answers derived from the brief change without the store changing (a saved brief replaced). */
  generation?: () => number;
}

interface Entry { body: string; type: string; version: string; at: number; total: string | null }

/** The header that says how many items match when the body is one page of them (api.ts): part of the answer, so a
 * cached answer keeps it besides its type. */
export const TOTAL_HEADER = 'X-Total-Count';

/** Time spent refreshing within the last window: refreshing is allowed while it is under share × window. */
export function refreshBudget(share: number, windowMs = 1000) {
  const spent: { at: number; ms: number }[] = [];
  const used = (now: number) => {
    while (spent.length && spent[0].at <= now - windowMs) spent.shift();
    return spent.reduce((s, x) => s + x.ms, 0);
  };
  return {
    allows: (now: number) => used(now) < share * windowMs,
    spend: (now: number, ms: number) => { spent.push({ at: now, ms }); },
  };
}

export function responseCache(store: Store, o: CacheOptions = {}): MiddlewareHandler {
  const maxEntries = o.maxEntries ?? 500;
  const maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = o.maxEntryBytes ?? 8 * 1024 * 1024;
  const maxStaleMs = o.maxStaleMs ?? 0;
  const clock = o.now ?? Date.now;
  const budget = refreshBudget(o.refreshShare ?? 0.25);
  const versionNow = async () => `${await store.version()}/${o.generation?.() ?? 0}`;
  const entries = new Map<string, Entry>();
  /** Keys being computed now, with the answer they will store (null: not stored). */
  const computing = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let version = '';
  const drop = (k: string) => { const v = entries.get(k); if (v) { bytes -= v.body.length; entries.delete(k); } };
  const keep = (key: string, e: Entry) => {
    drop(key);
    entries.set(key, e);
    bytes += e.body.length;
    while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value!);
  };
  const serve = (c: Context, key: string, e: Entry, now: string) => {
    // Most recently used last, so eviction drops the least recently used.
    entries.delete(key);
    entries.set(key, e);
    const headers: Record<string, string> = { 'Content-Type': e.type, 'X-Parley-Cache': e.version === now ? 'hit' : 'stale' };
    if (e.total !== null) headers[TOTAL_HEADER] = e.total;
    return c.body(e.body, 200, headers);
  };

  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const now = await versionNow();
    if (now !== version && !maxStaleMs) { entries.clear(); bytes = 0; }
    version = now;
    const url = new URL(c.req.url);
    const params = [...url.searchParams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const key = `${url.pathname}?${new URLSearchParams(params)}`;
    const hit = entries.get(key);
    if (hit && hit.version === now) return serve(c, key, hit, now);
    const running = computing.get(key);
    if (hit && maxStaleMs && (running || clock() - hit.at < maxStaleMs || !budget.allows(clock()))) return serve(c, key, hit, now);
    if (running) {
      const shared = await running;
      if (shared) return serve(c, key, shared, now);
    }

    // This request computes the answer; the stale one (if any) stays servable until it is replaced.
    let done: (e: Entry | null) => void = () => {};
    computing.set(key, new Promise((resolve) => { done = resolve; }));
    const started = clock();
    let entry: Entry | null = null;
    try {
      await next();
      // Computed across a write: without staleness it is not kept; with it, it is an answer from at least `now`.
      if (c.res.status !== 200 || key.length > 4096 || (!maxStaleMs && (await versionNow()) !== now)) return;
      const body = await c.res.clone().text();
      if (body.length > maxEntryBytes) return;
      entry = { body, type: c.res.headers.get('Content-Type') ?? 'application/json', version: now, at: clock(), total: c.res.headers.get(TOTAL_HEADER) };
      keep(key, entry);
    } finally {
      if (hit) budget.spend(clock(), clock() - started);
      computing.delete(key);
      done(entry);
    }
  };
}
