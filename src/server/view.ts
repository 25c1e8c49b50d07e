// GET /api/view/*: the dashboard's list views. Every list takes the same filter (VIEW_FILTER) and answers one page
// with its total, so the page, its chart, its map and its download all select the same events.
import type { Hono } from 'hono';
import { contacts, disputes, quotes, EntityNames, type ContactView, type Store } from '../index.js';
import { eventPage, eventPlaces, eventWeeks, reportName, type ReportName } from '../query/view.js';
import type { BriefApi } from './brief.js';
import { evidenceContext, type EvidenceContext, type ReportLookup } from './document.js';
import { checkParams, type ParamSpec } from './params.js';
import { filterOf, pageOf, PAGE_PARAMS, processScope, VIEW_FILTER, type ProcessScope, type ViewParams } from './view-scope.js';

export const VIEW_ROUTES = {
  events: { ...VIEW_FILTER, ...PAGE_PARAMS },
  weeks: { ...VIEW_FILTER, by: { type: 'enum', values: ['category', 'modality'], description: 'stack weeks by category (default) or modality' } },
  places: VIEW_FILTER,
  quotes: { process: VIEW_FILTER.process, speaker: { type: 'text', description: 'quotes by this person (any spelling)' }, ...PAGE_PARAMS },
  scoped: { process: VIEW_FILTER.process },
  names: { docs: { type: 'text', required: true, max: 4000, description: 'report ids, comma-separated (at most 200)' } },
} satisfies Record<string, ParamSpec>;

export interface ViewDeps { store: Store; report: ReportLookup; briefs: BriefApi | null }

type Ctx = { req: { queries(): Record<string, string[]> } };

/** The sentence around `words` in a stored report, or null when the report or the words are not there. */
export async function contextOf(report: ReportLookup, doc: string, words: string, span?: [number, number]): Promise<EvidenceContext | null> {
  const r = await report(doc);
  if (!r) return null;
  const at = span && r.text.slice(span[0], span[1]) === words ? span[0] : r.text.indexOf(words);
  return at < 0 ? null : evidenceContext(r.text, at, at + words.length);
}

export async function scopedQuotes(d: ViewDeps, p: ViewParams, scope?: ProcessScope) {
  const all = await quotes(d.store, { speaker: p.speaker as string | undefined });
  return scope ? all.filter((q) => scope.reports.has(q.report)) : all;
}

export async function scopedContacts(d: ViewDeps, scope?: ProcessScope) {
  const all = await contacts(d.store);
  if (!scope) return all;
  const ids = new Set(scope.events);
  return all.filter((c) => [...c.events, ...c.planned].some((id) => ids.has(id)));
}

export async function scopedDisputes(d: ViewDeps, scope?: ProcessScope) {
  const all = await disputes(d.store);
  return scope ? all.filter((x) => x.values.some((v) => scope.reports.has(v.report))) : all;
}

/** Kind and country of everyone in the contacts, read from their events' participants: the graph groups by country. */
export async function contactPeople(store: Store, list: ContactView[]): Promise<Record<string, { kind: string; country: string | null }>> {
  const names = new EntityNames(store);
  const out: Record<string, { kind: string; country: string | null }> = {};
  for (const c of list) {
    const ev = await store.event([...c.events, ...c.planned][0] ?? -1);
    if (ev) await names.loadEvents([ev]);
    for (const id of ev ? [...ev.actor, ...ev.recipient] : []) {
      const row = names.row(id);
      if (row && (row.name === c.a || row.name === c.b)) out[row.name] = { kind: row.kind, country: row.country };
    }
  }
  return out;
}

export function viewRoutes(app: Hono, d: ViewDeps): void {
  const { store } = d;
  const params = (c: Ctx, spec: ParamSpec) => checkParams(spec, c.req.queries());
  const names = new Map<string, ReportName>();
  // Headlines never change for a stored report; the cache is bounded so a huge store cannot grow it without limit.
  const nameOf = async (doc: string) => {
    let n = names.get(doc);
    if (!n) { if (names.size > 50_000) names.clear(); names.set(doc, (n = await reportName(store, doc))); }
    return n;
  };

  app.get('/api/view/events', async (c) => {
    const p = params(c, VIEW_ROUTES.events);
    const { offset, limit } = pageOf(p);
    const page = await eventPage(store, (await filterOf(store, d.briefs, p)).filter, offset, limit);
    const events = await Promise.all(page.events.map(async (e) => ({ ...e, sources: await Promise.all(e.sources.map(async (s) => ({ ...s, ...(await nameOf(s.report)) }))) })));
    return c.json({ ...page, events });
  });
  app.get('/api/view/weeks', async (c) => {
    const p = params(c, VIEW_ROUTES.weeks);
    return c.json(await eventWeeks(store, (await filterOf(store, d.briefs, p)).filter, (p.by as 'category' | 'modality' | undefined) ?? 'category'));
  });
  app.get('/api/view/places', async (c) => c.json(await eventPlaces(store, (await filterOf(store, d.briefs, params(c, VIEW_ROUTES.places))).filter)));

  app.get('/api/view/quotes', async (c) => {
    const p = params(c, VIEW_ROUTES.quotes);
    const { offset, limit } = pageOf(p);
    const scope = await processScope(d.briefs, store, p.process as string | undefined);
    // All quotes, unfiltered: one page read from the store instead of every quote.
    const paged = !scope && !p.speaker ? await store.quotePage(offset, limit) : null;
    const all = paged ? [] : await scopedQuotes(d, p, scope);
    const page = paged ? paged.quotes.map((x) => ({ id: x.id, speaker: x.speaker_name ?? x.speaker_text, text: x.text, outlet: x.outlet, report: x.doc_id, date: x.published, span: [x.start, x.end] as [number, number] })) : all.slice(offset, offset + limit);
    const total = paged ? paged.total : all.length;
    const rows = await Promise.all(page.map(async (q) => ({ ...q, ...(await nameOf(q.report)), context: await contextOf(d.report, q.report, q.text, q.span) })));
    return c.json({ total, offset, limit, quotes: rows });
  });
  app.get('/api/view/contacts', async (c) => {
    const p = params(c, VIEW_ROUTES.scoped);
    const list = await scopedContacts(d, await processScope(d.briefs, store, p.process as string | undefined));
    return c.json({ contacts: list, people: await contactPeople(store, list) });
  });
  app.get('/api/view/disputes', async (c) => {
    const p = params(c, VIEW_ROUTES.scoped);
    const list = await scopedDisputes(d, await processScope(d.briefs, store, p.process as string | undefined));
    return c.json(await Promise.all(list.map(async (x) => ({
      ...x, values: await Promise.all(x.values.map(async (v) => ({ ...v, ...(await nameOf(v.report)), context: await contextOf(d.report, v.report, v.evidence) }))),
    }))));
  });
  app.get('/api/view/names', async (c) => {
    const p = params(c, VIEW_ROUTES.names);
    return c.json(await Promise.all(String(p.docs).split(',').slice(0, 200).filter(Boolean).map(nameOf)));
  });
}
