// /api/processes and /api/brief: the negotiation processes found in the store and the brief for one of them. They
// call the brief library when it is there; a build without it answers 501 with a JSON error instead of failing.
import type { Context, Hono } from 'hono';
import type { Store } from '../index.js';
import { apiError } from './errors.js';
import { checkParams, type ParamSpec } from './params.js';

export interface BriefApi {
  processes(store: Store): unknown[];
  brief(store: Store, opts: { process?: string; since?: string }): unknown;
}

export const BRIEF_PARAMS = {
  process: { type: 'text', max: 200, description: 'process id from /api/processes (default: the strongest one)' },
  since: { type: 'date', description: 'only what happened on or after this date' },
} satisfies ParamSpec;

type BriefModule = Record<string, unknown>;

/** Adapts the brief module's exports, whichever of the expected names it has; null when there is no brief module. */
export async function loadBriefApi(load: () => Promise<BriefModule> = defaultLoad): Promise<BriefApi | null> {
  let mod: BriefModule;
  try {
    mod = await load();
  } catch {
    return null;
  }
  const propose = (mod.proposeProcesses ?? mod.processes) as ((store: Store, ...rest: unknown[]) => unknown) | undefined;
  const brief = mod.brief as ((store: Store, opts: unknown) => unknown) | undefined;
  if (typeof propose !== 'function' || typeof brief !== 'function') return null;
  return {
    processes: (store) => {
      const out = propose(store);
      return Array.isArray(out) ? out : [];
    },
    brief: (store, opts) => brief(store, opts),
  };
}

// A computed specifier, so a build without src/brief/index.ts still type-checks.
const BRIEF_MODULE = '../brief/index.js';
const defaultLoad = () => import(BRIEF_MODULE) as Promise<BriefModule>;

export function briefRoutes(app: Hono, store: Store, api: BriefApi | null): void {
  const unavailable = (c: Context) =>
    apiError(c, 501, 'the brief is not available in this build (src/brief has no brief()/proposeProcesses() yet)');
  app.get('/api/processes', (c) => {
    checkParams({}, c.req.queries());
    return api ? c.json(api.processes(store)) : unavailable(c);
  });
  app.get('/api/brief', (c) => {
    const p = checkParams(BRIEF_PARAMS, c.req.queries()) as { process?: string; since?: string };
    return api ? c.json(api.brief(store, p)) : unavailable(c);
  });
}
