// Per-client request budgets: a fixed window per key (the client's address). Keeps at most `maxKeys` clients, the
// oldest forgotten first, so a flood of addresses cannot grow it without end.
import type { Context } from 'hono';

export interface RateLimiter {
  /** Counts one hit for `key`; false when its budget for this window is spent. */
  hit(key: string): boolean;
  /** True when `key` has spent its budget (without counting a hit). */
  spent(key: string): boolean;
  /** Seconds until `key`'s window ends. */
  retryAfter(key: string): number;
}

export interface RateLimitOptions { max: number; windowMs: number; maxKeys?: number; now?: () => number }

export function rateLimiter(o: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const now = o.now ?? Date.now;
  const maxKeys = o.maxKeys ?? 10_000;
  const current = (key: string) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= o.windowMs) {
      windows.delete(key);
      if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
      w = { start: t, count: 0 };
      windows.set(key, w);
    }
    return w;
  };
  return {
    hit(key) { const w = current(key); w.count++; return w.count <= o.max; },
    spent(key) { return current(key).count >= o.max; },
    retryAfter(key) { const w = current(key); return Math.max(1, Math.ceil((w.start + o.windowMs - now()) / 1000)); },
  };
}

/** The client's address under @hono/node-server; in-process requests (tests) share one key. */
export function clientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
