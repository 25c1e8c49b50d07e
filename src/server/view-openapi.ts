// OpenAPI entries for the dashboard's list views and downloads, built from the same parameter tables they check.
import type { ParamSpec } from './params.js';
import { DOWNLOAD_ROUTES } from './downloads.js';
import { VIEW_ROUTES } from './view.js';

type Json = Record<string, unknown>;
type Params = (spec: ParamSpec) => Json[];

export function viewPaths(queryParams: Params): Json {
  const ok = (description: string, type = 'application/json', schema: Json = { type: 'object' }) => ({ description, content: { [type]: { schema } } });
  const errs = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
  const get = (summary: string, spec: ParamSpec, res: Json) => ({ get: { summary, parameters: queryParams(spec), responses: { 200: res, ...errs(400, 404, 500) } } });
  const file = (what: string) => ok(what, 'application/octet-stream', { type: 'string' });
  return {
    '/api/view/events': get('one page of events matching the filter, with its total and each source\'s headline', VIEW_ROUTES.events, ok('{ total, offset, limit, events }')),
    '/api/view/weeks': get('day-dated events per week (Monday) and category or modality, for the same filter', VIEW_ROUTES.weeks, ok('[{ week, key, n }]')),
    '/api/view/places': get('places with coordinates (resolved at ingest) and their event counts, for the same filter', VIEW_ROUTES.places, ok('[{ name, lat, lon, country, events, sources }]')),
    '/api/view/quotes': get('one page of quotes with the sentence around each and the report\'s headline', VIEW_ROUTES.quotes, ok('{ total, offset, limit, quotes }')),
    '/api/view/contacts': get('contacts, for one process or all', VIEW_ROUTES.scoped, ok('contacts', 'application/json', { type: 'array' })),
    '/api/view/disputes': get('one page of disputes: reports per value, and a few sides of each with the sentence around its figure and the report\'s headline', VIEW_ROUTES.disputes, ok('{ total, offset, limit, disputes: [{ kind, subject, event, sides, tally, values }] }')),
    '/api/view/claims': get('claims of a kind for the overview: the newest few, and each speaker\'s highest figure per day', VIEW_ROUTES.claims, ok('{ total, newest, series: [{ speaker, date, value }] }')),
    '/api/view/processes': get('every process with its status at a glance, its next planned event and its counts (the overview)', VIEW_ROUTES.processes, ok('[{ process, status, next, events, reports }]')),
    '/api/view/process': get('a process\'s brief as its page first shows it: status, plan, positions, sources and the upcoming timeline (contacts, disputes and the rest of the timeline come from their own views)', VIEW_ROUTES.process, ok('[brief]', 'application/json', { type: 'array' })),
    '/api/view/names': get('headline, outlet and date of reports by id', VIEW_ROUTES.names, ok('names', 'application/json', { type: 'array' })),
    '/api/download/events': get('the page of events a view shows, as CSV or PLOVER JSON Lines', DOWNLOAD_ROUTES.events, file('a file')),
    '/api/download/places': get('the places a map shows, with event counts, as CSV or JSON Lines', DOWNLOAD_ROUTES.places, file('a file')),
    '/api/download/quotes': get('the page of quotes a view shows, as CSV or JSON Lines', DOWNLOAD_ROUTES.quotes, file('a file')),
    '/api/download/contacts': get('contacts as CSV or JSON Lines', DOWNLOAD_ROUTES.scoped, file('a file')),
    '/api/download/disputes': get('disputes, one row per side, as CSV or JSON Lines', DOWNLOAD_ROUTES.scoped, file('a file')),
    '/api/download/brief': get('a process\'s brief as Markdown or JSON', DOWNLOAD_ROUTES.brief, file('a file')),
  };
}
