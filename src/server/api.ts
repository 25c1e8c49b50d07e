// The read routes of the JSON API. Each parses its parameters (400 when bad), calls the core library and returns JSON.
import type { Hono } from 'hono';
import { claims, contacts, disputes, EntityNames, eventView, ftsTermCount, quotes, search, PLOVER_EVENTS, type ContactView, type Dispute, type Store } from '../index.js';
import { queryEvents, toFilter, type EventPageQuery } from '../query/events.js';
import { answerKey, savedOrComputed } from '../query/saved.js';
import { documentView, evidenceContext, type ReportLookup } from './document.js';
import { TOTAL_HEADER } from './cache.js';
import { BadRequest, NotFound } from './errors.js';
import { checkParams, type ParamSpec } from './params.js';
import { PROCESS_PARAM, processFilters } from './process-param.js';

/** The snapshot key the store's counts are saved under (query/saved.ts); bump its number when the counts change shape. */
export const META_COUNTS_KEY = 'meta-counts:1';

/** Sources listed with each event of /api/events (as `parley events` lists them): an event of a big store has
 * thousands of reports, and reading all of them for every event of a page took seconds. */
export const EVENT_SOURCES = 20;
export const MAX_EVENT_SOURCES = 1000;

/** Distinct words a search may have. */
export const MAX_SEARCH_TERMS = 8;

export const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated'] as const;
export const CLAIM_KINDS = ['plan-points', 'agreement-percent', 'duration-minutes'] as const;

/** Parameters per route; the OpenAPI document is built from the same table. */
export const PARAMS = {
  events: {
    actor: { type: 'text', description: 'events with this person, state or organisation (any spelling)' },
    event: { type: 'enum', values: PLOVER_EVENTS, fold: 'upper', description: 'PLOVER category, e.g. CONSULT' },
    since: { type: 'date', description: 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    until: { type: 'date', description: 'on or before this date' },
    modality: { type: 'enum', values: MODALITIES, fold: 'lower', description: 'asserted | future | hypothetical | negated' },
    limit: { type: 'int', min: 1, max: 5000, description: 'at most this many events (default 1000)' },
    offset: { type: 'int', min: 0, max: 1_000_000, description: 'skip this many events first' },
    sources: { type: 'int', min: 1, max: MAX_EVENT_SOURCES, description: `the first this many sources of each event (default ${EVENT_SOURCES}); source_count says how many there are, /api/events/{id} lists them all` },
    process: PROCESS_PARAM,
  },
  quotes: { speaker: { type: 'text', description: 'quotes by this person (any spelling)' }, process: PROCESS_PARAM },
  claims: { kind: { type: 'enum', values: CLAIM_KINDS, fold: 'lower', description: 'plan-points | agreement-percent | duration-minutes' }, process: PROCESS_PARAM },
  byProcess: { process: PROCESS_PARAM },
  search: {
    q: { type: 'text', required: true, max: 200, description: 'words that must all occur' },
    limit: { type: 'int', min: 1, max: 100, description: 'hits per kind (default 20)' },
  },
  none: {},
} satisfies Record<string, ParamSpec>;

/** `answers`: the server's whole-store answers (brief.ts: saved in the store, computed off the request path), which
 * /api/contacts and /api/disputes read when the server has them. */
export interface ApiDeps { store: Store; report: ReportLookup; writable: boolean; brief: boolean; answers?: WholeAnswers | null }

export interface WholeAnswers { contacts?(store: Store): Promise<ContactView[]>; disputes?(store: Store): Promise<Dispute[]> }

function positiveId(raw: string, what: string): number {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw new BadRequest(`${what} id "${raw.slice(0, 40)}" is not a positive whole number`);
  return Number(raw);
}

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export function readRoutes(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  const scopeOf = processFilters();
  const params = (c: { req: { queries(): Record<string, string[]> } }, spec: ParamSpec) => checkParams(spec, c.req.queries());

  app.get('/api/meta', async (c) => {
    params(c, PARAMS.none);
    // Counting a big store's rows takes a while and holds the server meanwhile (every page asks for the counts, beside
    // its own first screen). They only move with the generation (nothing is deleted; every change comes with a
    // report), so they are saved with it and a restarted server reads them back.
    return c.json({ writable: deps.writable, brief: deps.brief, counts: await savedOrComputed(store, META_COUNTS_KEY, () => store.counts()) });
  });

  app.get('/api/events', async (c) => {
    const p = params(c, PARAMS.events) as { actor?: string; event?: string; since?: string; until?: string; modality?: string; limit?: number; offset?: number; sources?: number; process?: string };
    const only = await scopeOf(store, p.process);
    // The page is chosen in the store (a process as its event ids); its events' first sources are one read, and the
    // total is counted in the store: nothing is read per event.
    const q: EventPageQuery = { ...p, eventIds: only ? [...only.events] : undefined, limit: p.limit ?? 1000, offset: p.offset ?? 0, maxSources: p.sources ?? EVENT_SOURCES };
    if (q.eventIds && !q.eventIds.length) { c.header(TOTAL_HEADER, '0'); return c.json([]); }
    const [out, total] = await Promise.all([drain(queryEvents(store, q)), toFilter(store, q).then((f) => store.countEvents(f))]);
    c.header(TOTAL_HEADER, String(total));
    return c.json(out);
  });

  app.get('/api/events/:id', async (c) => {
    params(c, PARAMS.none);
    const id = positiveId(c.req.param('id'), 'event');
    const row = await store.event(id);
    if (!row) throw new NotFound(`no event ${id}`);
    const view = await eventView(store, row, new EntityNames(store));
    const sources = await Promise.all(view.sources.map(async (s) => {
      const report = await deps.report(s.report);
      return { ...s, context: report ? evidenceContext(report.text, s.span[0], s.span[1]) : null };
    }));
    return c.json({ ...view, sources });
  });

  // The server's answers when it has them, else the saved ones (query/saved.ts, the keys `parley contacts` reads):
  // computing them reads every meeting of the store, a second or more at 100k reports.
  const allContacts = () => deps.answers?.contacts?.(store) ?? savedOrComputed(store, answerKey('contacts'), () => contacts(store));
  const allDisputes = () => deps.answers?.disputes?.(store) ?? savedOrComputed(store, answerKey('disputes'), () => disputes(store));
  app.get('/api/contacts', async (c) => {
    const only = await scopeOf(store, (params(c, PARAMS.byProcess) as { process?: string }).process);
    return c.json((await allContacts()).filter((x) => !only || [...x.events, ...x.planned].some((id) => only.events.has(id))));
  });
  app.get('/api/disputes', async (c) => {
    const only = await scopeOf(store, (params(c, PARAMS.byProcess) as { process?: string }).process);
    return c.json((await allDisputes()).filter((d) => !only || d.values.some((v) => only.docs.has(v.report))));
  });
  app.get('/api/quotes', async (c) => {
    const p = params(c, PARAMS.quotes) as { speaker?: string; process?: string };
    const only = await scopeOf(store, p.process);
    return c.json((await quotes(store, p)).filter((q) => !only || only.docs.has(q.report)));
  });
  app.get('/api/claims', async (c) => {
    const p = params(c, PARAMS.claims) as { kind?: string; process?: string };
    const only = await scopeOf(store, p.process);
    return c.json((await claims(store, p)).filter((x) => !only || only.docs.has(x.report)));
  });

  app.get('/api/search', async (c) => {
    const p = params(c, PARAMS.search) as { q: string; limit?: number };
    // Each term is one more full-text lookup joined into the query: a bounded number keeps a search cheap.
    if (ftsTermCount(p.q) > MAX_SEARCH_TERMS) throw new BadRequest(`parameter "q" has more than ${MAX_SEARCH_TERMS} distinct words`);
    return c.json(await search(store, p.q, p.limit ?? 20));
  });

  app.get('/api/documents/:id', async (c) => {
    params(c, PARAMS.none);
    const docId = c.req.param('id');
    if (!docId || docId.length > 500) throw new BadRequest('document id is empty or longer than 500 characters');
    const report = await deps.report(docId);
    if (!report) throw new NotFound(`no document "${docId.slice(0, 80)}"`);
    return c.json(await documentView(store, report));
  });
}
