// /api/processes and /api/brief: the negotiation processes found in the store and the brief for them (all, or the one
// asked for). A server built without a brief (deps.brief = null) answers 501 with a JSON error instead of failing.
import type { Context, Hono } from 'hono';
import { brief, listProcesses, UnknownProcessError, type ParleyConfig, type Store } from '../index.js';
import { apiError, NotFound } from './errors.js';
import { checkParams, type ParamSpec } from './params.js';

export interface BriefApi {
  processes(store: Store): unknown[];
  brief(store: Store, opts: { process?: string; since?: string }): unknown;
}

export const BRIEF_PARAMS = {
  process: { type: 'text', max: 200, description: 'a process name, id or alias from /api/processes (default: all, most active first)' },
  since: { type: 'date', description: 'only what happened on or after this date' },
} satisfies ParamSpec;

/**
 * The brief library, with the process configuration (parley.yml) when there is one. A brief reads the whole store, so
 * answers are kept until the store's counts change (a new report always changes them).
 */
export function libraryBrief(config?: ParleyConfig): BriefApi {
  const cache = new Map<string, unknown>();
  const memo = <T>(store: Store, key: unknown, compute: () => T): T => {
    const k = JSON.stringify([store.counts(), key]);
    if (cache.has(k)) return cache.get(k) as T;
    const v = compute();
    if (cache.size >= 32) cache.delete(cache.keys().next().value!);
    cache.set(k, v);
    return v;
  };
  return {
    processes: (store) => memo(store, 'processes', () => listProcesses(store, { config })),
    brief: (store, opts) => memo(store, opts, () => {
      try {
        return brief(store, { ...opts, config });
      } catch (e) {
        if (e instanceof UnknownProcessError) throw new NotFound(e.message);
        throw e;
      }
    }),
  };
}

export function briefRoutes(app: Hono, store: Store, api: BriefApi | null): void {
  const unavailable = (c: Context) =>
    apiError(c, 501, 'the brief is not available on this server');
  app.get('/api/processes', (c) => {
    checkParams({}, c.req.queries());
    return api ? c.json(api.processes(store)) : unavailable(c);
  });
  app.get('/api/brief', (c) => {
    const p = checkParams(BRIEF_PARAMS, c.req.queries()) as { process?: string; since?: string };
    return api ? c.json(api.brief(store, p)) : unavailable(c);
  });
}
