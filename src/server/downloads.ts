// GET /api/download/*: exactly what a list view shows, as a file. Events as CSV or PLOVER 2.0 JSON Lines (the
// writers in src/export); quotes, contacts and disputes as CSV or JSON Lines; a process's brief as Markdown or JSON.
import type { Context, Hono } from 'hono';
import { renderBrief, type Brief } from '../index.js';
import { csvLine } from '../export/csv.js';
import { exportEvents } from '../export/index.js';
import { eventPlaces } from '../query/view.js';
import { NotFound } from './errors.js';
import { checkParams, type ParamSpec } from './params.js';
import { filterOf, pageOf, PAGE_PARAMS, processScope, VIEW_FILTER } from './view-scope.js';
import { scopedContacts, scopedDisputes, scopedQuotes, VIEW_ROUTES, type ViewDeps } from './view.js';

const FORMAT = { type: 'enum', values: ['csv', 'jsonl'], fold: 'lower', description: 'csv (RFC 4180) or jsonl (PLOVER 2.0 records for events)' } as const;

export const DOWNLOAD_ROUTES = {
  events: { ...VIEW_FILTER, ...PAGE_PARAMS, format: FORMAT },
  places: { ...VIEW_FILTER, format: FORMAT },
  quotes: { ...VIEW_ROUTES.quotes, format: FORMAT },
  scoped: { process: VIEW_FILTER.process, format: FORMAT },
  brief: { process: { ...VIEW_FILTER.process, required: true }, format: { type: 'enum', values: ['md', 'json'], fold: 'lower', description: 'md (Markdown) or json' } },
} satisfies Record<string, ParamSpec>;

type Ctx = Context;
const TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8', md: 'text/markdown; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

function file(c: Ctx, body: string, name: string, format: keyof typeof TYPES): Response {
  return c.body(body, 200, { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="${name}.${format}"` });
}

/** Rows as CSV (columns from the first row) or JSON Lines. */
function rowsFile<T extends object>(c: Ctx, rows: T[], name: string, format: 'csv' | 'jsonl'): Response {
  if (format === 'jsonl') return file(c, rows.map((r) => JSON.stringify(r) + '\n').join(''), name, format);
  const keys = rows[0] ? Object.keys(rows[0]) : [];
  return file(c, csvLine(keys) + rows.map((r) => csvLine(keys.map((k) => (r as Record<string, unknown>)[k]))).join(''), name, format);
}

export function downloadRoutes(app: Hono, d: ViewDeps): void {
  const { store } = d;
  const params = (c: Ctx, spec: ParamSpec) => checkParams(spec, c.req.queries());
  const fmt = (p: Record<string, unknown>) => ((p.format as 'csv' | 'jsonl' | undefined) ?? 'csv');

  app.get('/api/download/events', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.events);
    const { offset, limit } = pageOf(p);
    const out: string[] = [];
    const format = fmt(p) === 'jsonl' ? 'plover' : 'csv';
    await exportEvents(store, { format, filter: { ...(await filterOf(store, d.briefs, p)).filter, offset, limit } }, (s) => { out.push(s); });
    return file(c, out.join(''), 'events', fmt(p));
  });
  app.get('/api/download/places', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.places);
    return rowsFile(c, await eventPlaces(store, (await filterOf(store, d.briefs, p)).filter), 'places', fmt(p));
  });
  app.get('/api/download/quotes', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.quotes);
    const { offset, limit } = pageOf(p);
    const rows = (await scopedQuotes(d, p, await processScope(d.briefs, store, p.process as string | undefined))).slice(offset, offset + limit);
    return rowsFile(c, rows, 'quotes', fmt(p));
  });
  app.get('/api/download/contacts', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.scoped);
    return rowsFile(c, await scopedContacts(d, await processScope(d.briefs, store, p.process as string | undefined)), 'contacts', fmt(p));
  });
  app.get('/api/download/disputes', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.scoped);
    const list = await scopedDisputes(d, await processScope(d.briefs, store, p.process as string | undefined));
    // One row per side: a spreadsheet wants flat rows, and each side has its own value, speaker and report.
    const rows = list.flatMap((x) => x.values.map((v) => ({ kind: x.kind, subject: x.subject, event: x.event ?? null, ...v })));
    return rowsFile(c, rows, 'disputes', fmt(p));
  });
  app.get('/api/download/brief', async (c) => {
    const p = params(c, DOWNLOAD_ROUTES.brief);
    if (!d.briefs) throw new NotFound('this server has no brief');
    const [b] = (await d.briefs.brief(store, { process: p.process as string })) as Brief[];
    if (!b) throw new NotFound(`no process "${p.process}"`);
    const slug = b.process.id.replace(/[^\w-]+/g, '-');
    return p.format === 'json' ? file(c, JSON.stringify(b, null, 2) + '\n', `brief-${slug}`, 'json') : file(c, renderBrief(b), `brief-${slug}`, 'md');
  });
}
