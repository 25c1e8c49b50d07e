// GET /api/view/*: the dashboard's list views. Every list takes the same filter (VIEW_FILTER) and answers one page
// with its total, so the page, its chart, its map and its download all select the same events.
import type { Hono } from 'hono';
import { claims, contacts, disputes, quotes, EntityNames, type Brief, type ClaimListView, type ContactView, type Dispute, type QuoteView, type Store } from '../index.js';
import { BadRequest } from './errors.js';
import { CLAIM_KINDS } from './api.js';
import { eventPage, eventPlaces, eventWeeks, reportName, type ReportName } from '../query/view.js';
import { savedOrComputed } from '../query/saved.js';
import type { BriefApi } from './brief.js';
import { evidenceContext, type EvidenceContext, type ReportLookup } from './document.js';
import { checkParams, type ParamSpec } from './params.js';
import { keptSentences } from './view-sentences.js';
import { filterOf, pageOf, PAGE_PARAMS, processScope, VIEW_FILTER, type ProcessScope, type ViewParams } from './view-scope.js';

export const VIEW_ROUTES = {
  events: { ...VIEW_FILTER, ...PAGE_PARAMS },
  weeks: { ...VIEW_FILTER, by: { type: 'enum', values: ['category', 'modality'], description: 'stack weeks by category (default) or modality' } },
  places: VIEW_FILTER,
  quotes: { process: VIEW_FILTER.process, speaker: { type: 'text', description: 'quotes by this person (any spelling)' }, ...PAGE_PARAMS },
  scoped: { process: VIEW_FILTER.process },
  process: { process: { ...VIEW_FILTER.process, required: true } },
  disputes: { process: VIEW_FILTER.process, ...PAGE_PARAMS },
  processes: {},
  claims: {
    kind: { type: 'enum', values: CLAIM_KINDS, fold: 'lower', description: 'plan-points | agreement-percent | duration-minutes (default: all)' },
    limit: { type: 'int', min: 1, max: 200, description: 'newest claims listed (default 12)' },
  },
  names: { docs: { type: 'text', required: true, max: 4000, description: 'report ids, comma-separated (at most 200)' } },
} satisfies Record<string, ParamSpec>;

export interface ViewDeps { store: Store; report: ReportLookup; briefs: BriefApi | null }

type Ctx = { req: { queries(): Record<string, string[]> } };

const sentences = keptSentences();

/** The sentence around `words` in a stored report, or null when the report or the words are not there. */
export async function contextOf(report: ReportLookup, doc: string, words: string, span?: [number, number]): Promise<EvidenceContext | null> {
  const r = await report(doc);
  if (!r) return null;
  const at = span && r.text.slice(span[0], span[1]) === words ? span[0] : r.text.indexOf(words);
  return at < 0 ? null : evidenceContext(r.text, at, at + words.length, undefined, sentences);
}

/** Filtered quote lists kept per store version: each page of a process's quotes is one slice of the same list. */
const quoteLists = new WeakMap<Store, Map<string, Promise<QuoteView[]>>>();
const QUOTE_LISTS_KEPT = 8;

export async function scopedQuotes(d: ViewDeps, p: ViewParams, scope?: ProcessScope) {
  const key = JSON.stringify([await d.store.version(), p.process ?? null, p.speaker ?? null]);
  const lists = quoteLists.get(d.store) ?? quoteLists.set(d.store, new Map()).get(d.store)!;
  let list = lists.get(key);
  if (!list) {
    list = quotes(d.store, { speaker: p.speaker as string | undefined }).then((all) => (scope ? all.filter((q) => scope.reports.has(q.report)) : all));
    list.catch(() => lists.delete(key));
    if (lists.size >= QUOTE_LISTS_KEPT) lists.delete(lists.keys().next().value!);
    lists.set(key, list);
  }
  return list;
}

// Contacts and disputes read the whole store: the brief's worker computes them once per store version.
export async function scopedContacts(d: ViewDeps, scope?: ProcessScope) {
  const all = (await d.briefs?.contacts?.(d.store)) ?? await contacts(d.store);
  if (!scope) return all;
  const ids = new Set(scope.events);
  return all.filter((c) => [...c.events, ...c.planned].some((id) => ids.has(id)));
}

export async function scopedDisputes(d: ViewDeps, scope?: ProcessScope) {
  const all = (await d.briefs?.disputes?.(d.store)) ?? await disputes(d.store);
  return scope ? all.filter((x) => x.values.some((v) => scope.reports.has(v.report))) : all;
}

/** Sides of a dispute shown with their sentences; the tally counts them all. */
export const SIDES_SHOWN = 6;

/** A dispute as a page shows it: how many reports give each value, and a few sides of each value, in turn. */
export function disputeSummary(x: Dispute): Dispute & { sides: number; tally: { value: string | number; reports: number }[] } {
  const byValue = new Map<string, Dispute['values']>();
  for (const v of x.values) (byValue.get(String(v.value)) ?? byValue.set(String(v.value), []).get(String(v.value))!).push(v);
  const groups = [...byValue.values()].sort((a, b) => b.length - a.length);
  const shown: Dispute['values'] = [];
  for (let i = 0; shown.length < Math.min(SIDES_SHOWN, x.values.length); i++) for (const g of groups) if (g[i] && shown.length < SIDES_SHOWN) shown.push(g[i]);
  const tally = groups.map((g) => ({ value: g[0].value, reports: new Set(g.map((v) => v.report)).size }));
  return { ...x, values: shown, sides: x.values.length, tally };
}

/**
 * A process as the overview lists it: its status at a glance and the next planned event, without the timeline and
 * sections its page shows (every process's full brief is megabytes on a big store).
 */
export function processSummary(b: Brief) {
  const from = b.status.asOf ?? '';
  const next = b.timeline.filter((e) => e.modality === 'future' && e.date && e.date >= from).sort((x, y) => x.date!.localeCompare(y.date!))[0] ?? null;
  return { process: b.process, status: b.status, next, events: b.timeline.length, reports: b.sourcing.reports };
}

/**
 * A process's brief as its page first shows it: status, plan, positions and sources, with only the upcoming part of
 * the timeline (the next scheduled) and no contacts or disputes — the page reads those, paged, from their own views
 * (/api/view/events, /contacts, /disputes); the whole brief of a big process is megabytes.
 */
export function processHead(b: Brief): Brief {
  const from = b.status.asOf ?? '';
  const upcoming = b.timeline.filter((e) => e.modality === 'future' && e.date && e.date >= from);
  return { ...b, timeline: upcoming, contacts: { matrix: [], people: [], notHappened: [], happened: [] }, disputes: [] };
}

/** Bump when claimOverview's answer changes shape: saved ones of the old shape are then never read. */
const CLAIM_OVERVIEW_SHAPE = 1;
/** The snapshot key a claim overview is saved under (query/saved.ts), with the store's generation it answers. */
export const claimOverviewKey = (kind: string | undefined, limit: number) => `view-claims:${CLAIM_OVERVIEW_SHAPE}:${kind ?? 'all'}:${limit}`;

/**
 * Claims of a kind as the overview shows them: the newest few in a table, and for the chart each speaker's highest
 * figure per day (a big store has thousands of claims; the chart draws no more than that).
 */
export function claimOverview(all: ClaimListView[], limit: number) {
  const newest = [...all].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, limit);
  const top = new Map<string, { speaker: string | null; date: string; value: number }>();
  for (const x of all) {
    if (!x.date) continue;
    const k = `${x.speaker ?? ''}\u0000${x.date}`;
    const t = top.get(k);
    if (!t || x.value > t.value) top.set(k, { speaker: x.speaker, date: x.date, value: x.value });
  }
  return { total: all.length, newest, series: [...top.values()] };
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
    // Without a speaker: one page read from the store (of the process's reports) instead of every quote.
    const paged = !p.speaker ? await store.quotePage(offset, limit, scope ? [...scope.reports] : undefined) : null;
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
    const p = params(c, VIEW_ROUTES.disputes);
    const { offset, limit } = pageOf({ ...p, limit: p.limit ?? 20 });
    const list = await scopedDisputes(d, await processScope(d.briefs, store, p.process as string | undefined));
    // One page, a few sides each: every side's sentence is read from its report, and a big store has thousands.
    const disputes = await Promise.all(list.slice(offset, offset + limit).map(disputeSummary).map(async (x) => ({
      ...x, values: await Promise.all(x.values.map(async (v) => ({ ...v, ...(await nameOf(v.report)), context: await contextOf(d.report, v.report, v.evidence) }))),
    })));
    return c.json({ total: list.length, offset, limit, disputes });
  });
  app.get('/api/view/processes', async (c) => {
    params(c, VIEW_ROUTES.processes);
    // Without a brief the server knows no process: the overview lists none (and the page asks before it knows).
    if (!d.briefs) return c.json([]);
    return c.json(((await d.briefs.brief(store, {})) as Brief[]).map(processSummary));
  });
  app.get('/api/view/process', async (c) => {
    const p = params(c, VIEW_ROUTES.process);
    if (!d.briefs) throw new BadRequest('this server has no brief');
    return c.json(((await d.briefs.brief(store, { process: p.process as string })) as Brief[]).map(processHead));
  });
  app.get('/api/view/claims', async (c) => {
    const p = params(c, VIEW_ROUTES.claims);
    const [kind, limit] = [p.kind as string | undefined, (p.limit as number | undefined) ?? 12];
    // Every claim of the store is read for it: saved with the store's generation, a restarted server reads it back.
    return c.json(await savedOrComputed(store, claimOverviewKey(kind, limit), async () => claimOverview(await claims(store, { kind }), limit)));
  });
  app.get('/api/view/names', async (c) => {
    const p = params(c, VIEW_ROUTES.names);
    return c.json(await Promise.all(String(p.docs).split(',').slice(0, 200).filter(Boolean).map(nameOf)));
  });
}
