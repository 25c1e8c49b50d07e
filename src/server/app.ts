// The dashboard's HTTP application: JSON API under /api, the built web UI everywhere else. It only calls the core
// library; `parley serve` wraps it in a Node server, tests call app.request() in-process.
import { Hono } from 'hono';
import type { ExtractionRecord, Report, Store } from '../index.js';
import { readRoutes } from './api.js';
import { briefRoutes, libraryBrief, type BriefApi } from './brief.js';
import { apiError, BadRequest, NotFound } from './errors.js';
import { ExtractBusy } from '../read/extract-pool.js';
import { buildOpenApi } from './openapi.js';
import { coalesced } from './coalesce.js';
import { reportLookup } from './report-lookup.js';
import { responseCache } from './cache.js';
import { rateLimiter, type RateLimiter } from './rate-limit.js';
import { checkHost, limitBody, limitRate, LOOPBACK_HOSTS, requireToken, secureHeaders, WRITES_PER_MINUTE } from './security.js';
import { staticFiles } from './static.js';
import { writeRoutes } from './write.js';
import { viewRoutes } from './view.js';
import { downloadRoutes } from './downloads.js';
import type { ReportLookup } from './document.js';

export interface ServerDeps {
  store: Store;
  /** Extraction for POSTed reports; the real server passes a worker pool (extract-pool.ts) so reads never wait on it. */
  extract: (r: Report) => ExtractionRecord | Promise<ExtractionRecord>;
  /** Host names the server answers to (default: loopback only; see checkHost). */
  allowedHosts?: readonly string[];
  /** Budget for POST /api/reports per client (default WRITES_PER_MINUTE a minute). */
  writeLimit?: RateLimiter;
  /** Budget for wrong tokens per client (default: security.ts). */
  tokenFailures?: RateLimiter;
  /**
   * Age past which a cached read from before a write is refreshed (default 0: a read always sees the last write).
   * Refreshes then take a bounded share of each second; until one runs, the older answer is served (cache.ts).
   */
  maxStaleMs?: number;
  /** Without a token the server is read-only. */
  token?: string;
  /** The brief (default: the library's, without a parley.yml); null answers 501. */
  brief?: BriefApi | null;
  /** The built UI (dist/web); null serves the API alone. */
  webRoot?: string | null;
  report?: ReportLookup;
  /**
   * When the brief is warmed after POSTs: once they pause this long (default 1000 ms), or at the latest this long
   * after the first one waiting (default 10 s). The warm-up competes with reads for the machine's cores.
   */
  warm?: { quietMs: number; maxWaitMs: number };
  /** Called with unexpected errors (the client only sees "internal error"). */
  onError?: (e: unknown) => void;
}

export function createApp(deps: ServerDeps): Hono {
  const app = new Hono();
  app.use('*', secureHeaders);
  app.use('*', checkHost(deps.allowedHosts ?? LOOPBACK_HOSTS));
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  const briefApi = deps.brief === undefined ? libraryBrief() : deps.brief;
  app.use('/api/*', responseCache(deps.store, { maxStaleMs: deps.maxStaleMs, generation: () => briefApi?.generation?.() ?? 0 }));

  const openapi = buildOpenApi();
  app.get('/api/openapi.json', (c) => c.json(openapi));
  readRoutes(app, { store: deps.store, report: deps.report ?? reportLookup(deps.store), writable: !!deps.token, brief: !!briefApi, answers: briefApi });
  briefRoutes(app, deps.store, briefApi);
  const viewDeps = { store: deps.store, report: deps.report ?? reportLookup(deps.store), briefs: briefApi };
  viewRoutes(app, viewDeps);
  downloadRoutes(app, viewDeps);
  // One warm-up per burst of writes, never two at once: a warm-up per report would queue briefs faster than they finish.
  const warmBrief = coalesced(() => briefApi?.warm?.(deps.store), deps.warm ?? { quietMs: 1000, maxWaitMs: 10_000 });
  app.post('/api/reports', requireToken(deps.token, deps.tokenFailures), limitRate(deps.writeLimit ?? rateLimiter({ max: WRITES_PER_MINUTE, windowMs: 60_000 }), 'reports'), limitBody, async (c, next) => {
    await next();
    // A new report changes the brief: start computing it now, off the request path, for the next reader.
    if (c.res.status === 201 && briefApi?.warm) warmBrief();
  });
  writeRoutes(app, { store: deps.store, extract: deps.extract });

  const files = deps.webRoot ? staticFiles(deps.webRoot) : null;
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return files?.(c) ?? next();
  });

  app.notFound((c) => {
    if (!c.req.path.startsWith('/api/') && c.req.path === '/' && !files) {
      return c.text('The web UI is not built: run npm run build (the JSON API is under /api).', 404);
    }
    return apiError(c, 404, `no such ${c.req.path.startsWith('/api/') ? 'route' : 'page'}: ${c.req.method} ${c.req.path.slice(0, 200)}`);
  });
  app.onError((e, c) => {
    if (e instanceof BadRequest) return apiError(c, 400, e.message);
    if (e instanceof NotFound) return apiError(c, 404, e.message);
    if (e instanceof ExtractBusy) return apiError(c, 503, `busy: ${e.message}; try again shortly`, { 'Retry-After': '5' });
    deps.onError?.(e);
    return apiError(c, 500, 'internal error');
  });
  return app;
}
