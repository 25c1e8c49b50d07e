// Answers of the read API kept until the store changes. Every read route is a pure function of (path, query, store
// content), so the key is the route and its parameters in a fixed order, and the whole cache is dropped when the
// store's version moves (or, with maxStaleMs, once an answer from before the change is that old). Bounded in entries
// and bytes; large answers are not kept.
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../index.js';

export interface CacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  /**
   * How old an answer may be when the store has changed since it was computed (0: never stale). While reports are
   * being POSTed every write changes the store; without this each one makes every heavy read recompute at once.
   */
  maxStaleMs?: number;
  now?: () => number;
}

export function responseCache(store: Store, o: CacheOptions = {}): MiddlewareHandler {
  const maxEntries = o.maxEntries ?? 500;
  const maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = o.maxEntryBytes ?? 8 * 1024 * 1024;
  const maxStaleMs = o.maxStaleMs ?? 0;
  const clock = o.now ?? Date.now;
  const entries = new Map<string, { body: string; type: string; version: string; at: number }>();
  let bytes = 0;
  let version = '';
  const drop = (k: string) => { const v = entries.get(k); if (v) { bytes -= v.body.length; entries.delete(k); } };
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const now = await store.version();
    if (now !== version && !maxStaleMs) { entries.clear(); bytes = 0; }
    version = now;
    const url = new URL(c.req.url);
    const params = [...url.searchParams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const key = `${url.pathname}?${new URLSearchParams(params)}`;
    const hit = entries.get(key);
    const fresh = hit && (hit.version === now || clock() - hit.at < maxStaleMs);
    if (hit && fresh) {
      // Most recently used last, so eviction drops the least recently used.
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.type, 'X-Parley-Cache': hit.version === now ? 'hit' : 'stale' });
    }
    if (hit) drop(key);
    await next();
    if (c.res.status !== 200 || key.length > 4096 || (await store.version()) !== version) return;
    const body = await c.res.clone().text();
    if (body.length > maxEntryBytes) return;
    entries.set(key, { body, type: c.res.headers.get('Content-Type') ?? 'application/json', version: now, at: clock() });
    bytes += body.length;
    while (entries.size > maxEntries || bytes > maxBytes) {
      const [k, v] = entries.entries().next().value!;
      entries.delete(k);
      bytes -= v.body.length;
    }
  };
}
