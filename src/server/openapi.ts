// The OpenAPI 3.1 document for /api/openapi.json, built from the same parameter tables the routes check against.
import { PARAMS } from './api.js';
import { BRIEF_PARAMS } from './brief.js';
import { MAX_BODY_BYTES } from './security.js';
import type { ParamSpec } from './params.js';
import { viewPaths } from './view-openapi.js';

type Json = Record<string, unknown>;

function queryParams(spec: ParamSpec): Json[] {
  return Object.entries(spec).map(([name, k]) => {
    const schema: Json =
      k.type === 'int' ? { type: 'integer', minimum: k.min, maximum: k.max }
      : k.type === 'enum' ? { type: 'string', enum: [...k.values] }
      : k.type === 'date' ? { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }
      : { type: 'string', minLength: 1, maxLength: k.max ?? 200 };
    return { name, in: 'query', required: k.type === 'text' && !!k.required, description: k.description, schema };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const list = (item: Json) => json({ type: 'array', items: item });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
const idParam = (name: string, description: string, schema: Json) => ({ name, in: 'path', required: true, description, schema });

function get(summary: string, params: Json[], ok: Json, codes: number[] = [400]): Json {
  return { get: { summary, parameters: params, responses: { 200: ok, ...errors(...codes, 500) } } };
}

const loose = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: true });
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const span = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end) UTF-16 offsets into the report text' };

const SCHEMAS: Json = {
  Error: { type: 'object', properties: { error: str, status: { type: 'integer' } }, required: ['error', 'status'] },
  EventSource: loose({ outlet: str, url: nstr, report: str, span, evidence: str }),
  Event: loose({
    id: { type: 'integer' }, event: str, mode: nstr, actor: { type: 'array', items: str }, recipient: { type: 'array', items: str },
    date: nstr, where: nstr, modality: { enum: ['asserted', 'future', 'hypothetical', 'negated'] }, source_count: { type: 'integer' },
    sources: { type: 'array', items: ref('EventSource') },
    implied: { type: 'array', items: str, description: 'parties no report states with the event, only implied by its context' },
    window: { type: 'object', properties: { from: str, to: str }, description: 'for an event no report dates: the days its reports allow' },
  }, ['id', 'event', 'modality', 'sources']),
  Contact: loose({ a: str, b: str, meetings: { type: 'integer' }, calls: { type: 'integer' }, first: nstr, last: nstr }),
  Quote: loose({ id: { type: 'integer' }, speaker: nstr, text: str, outlet: str, report: str, date: nstr, span }),
  Claim: loose({ id: { type: 'integer' }, kind: str, value: { type: 'number' }, approx: { type: 'boolean' }, speaker: nstr, report: str, date: nstr, evidence: str }),
  Dispute: loose({ kind: str, subject: str, values: { type: 'array', items: { type: 'object' } } }),
  SearchHit: loose({ kind: { enum: ['report', 'quote'] }, id: { type: 'integer' }, doc_id: str, outlet: str, snippet: str }),
  DocSpan: loose({ kind: { enum: ['event', 'quote', 'claim'] }, id: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, label: str }),
  Document: loose({ id: str, title: nstr, outlet: str, source: nstr, published: nstr, text: str, spans: { type: 'array', items: ref('DocSpan') } }, ['id', 'text', 'spans']),
  NewReport: {
    type: 'object', additionalProperties: false, required: ['text'],
    properties: { text: { type: 'string', minLength: 1 }, source: nstr, published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, title: nstr },
  },
  Ingested: loose({ stored: { type: 'boolean' }, known: { type: 'boolean' }, id: str, record: { type: 'object', description: 'the extraction record (see the output contract)' } }),
};

export function buildOpenApi(version = '0.1.0'): Json {
  const responses = Object.fromEntries([400, 401, 403, 404, 413, 421, 429, 500, 501, 503].map((c) => [`E${c}`, json(ref('Error'), `error ${c}`)]));
  return {
    openapi: '3.1.0',
    info: { title: 'Parley API', version, description: 'Peace-talk reports as a sourced, checkable record: events, contacts, quotes, claims, disputes.' },
    servers: [{ url: '/' }],
    paths: {
      '/api/meta': get('whether the server accepts reports and has the brief, and store counts', [], json(loose({ writable: { type: 'boolean' }, brief: { type: 'boolean' }, counts: { type: 'object' } }))),
      '/api/processes': get('negotiation processes found in the store', [], list({ type: 'object' }), [400, 501]),
      '/api/brief': get('the brief per process (or for the one asked for), most active first', queryParams(BRIEF_PARAMS), list({ type: 'object' }), [400, 404, 501]),
      '/api/events': get('canonical events, oldest first, each with its first reports (the X-Total-Count header: how many match)', queryParams(PARAMS.events), list(ref('Event'))),
      '/api/events/{id}': get('one event with the paragraph around its evidence in every report',
        [idParam('id', 'event id', { type: 'integer', minimum: 1 })], json(ref('Event')), [400, 404]),
      '/api/contacts': get('meetings and calls per pair of people or states', queryParams(PARAMS.byProcess), list(ref('Contact'))),
      '/api/quotes': get('quotes with speaker, outlet and report', queryParams(PARAMS.quotes), list(ref('Quote'))),
      '/api/claims': get('plan sizes, agreement percentages and durations', queryParams(PARAMS.claims), list(ref('Claim'))),
      '/api/disputes': get('where the reports disagree', queryParams(PARAMS.byProcess), list(ref('Dispute'))),
      '/api/documents/{id}': get('a stored report with the spans of every event, quote and claim in it',
        [idParam('id', 'document id (the report id given at ingest)', { type: 'string' })], json(ref('Document')), [400, 404]),
      '/api/search': get('full-text search over reports and quotes', queryParams(PARAMS.search), list(ref('SearchHit'))),
      '/api/reports': {
        post: {
          summary: 'ingest one report and return its extraction record',
          security: [{ bearer: [] }],
          requestBody: { required: true, description: `at most ${MAX_BODY_BYTES} bytes`, content: { 'application/json': { schema: ref('NewReport') } } },
          responses: { 201: json(ref('Ingested'), 'stored'), 200: json(ref('Ingested'), 'already stored'), ...errors(400, 401, 403, 413, 421, 429, 500, 503) },
        },
      },
      ...viewPaths(queryParams),
      '/api/openapi.json': { get: { summary: 'this document', responses: { 200: json({ type: 'object' }) } } },
    },
    components: { schemas: SCHEMAS, responses, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
