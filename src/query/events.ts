// `parley events`: canonical events with who, when, where and every report that carries them.
import type { EventFilter, EventRow, MentionView, Store } from '../store/types.js';
import { EntityNames, resolveName } from './entities.js';

export interface EventSource { outlet: string; url: string | null; report: string; span: [number, number]; evidence: string }
export interface EventView {
  id: number;
  event: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  date: string | null;
  where: string | null;
  modality: string;
  source_count: number;
  sources: EventSource[];
  /** Parties no report states with the event, only implied by its context (the other side of "Russia's invasion"). */
  implied?: string[];
  /** For an event no report dates: the days its reports allow (from their publication), so a date-filtered list can
   * say why it is there. */
  window?: { from: string; to: string };
}

export interface EventQuery { actor?: string; event?: string; since?: string; until?: string; modality?: string; eventIds?: number[] }
/** A page of a query's events (chosen in the store: only the events shown are read), each with its first sources. */
export interface EventPageQuery extends EventQuery { limit?: number; offset?: number; maxSources?: number }

export async function toFilter(store: Store, q: EventQuery): Promise<EventFilter> {
  return {
    category: q.event?.toUpperCase(), modality: q.modality?.toLowerCase(), since: q.since, until: q.until,
    entityIds: q.actor ? await resolveName(store, q.actor) : undefined, ids: q.eventIds,
  };
}

/** `maxSources`: the first ones only (a list shows source_count; an event of a big store has thousands of reports).
 * `mentions`: the event's mentions when already read (a page's, in one read). */
export async function eventView(store: Store, e: EventRow, names: EntityNames, maxSources?: number, mentions?: MentionView[]): Promise<EventView> {
  await names.loadEvents([e]);
  const implied = e.stated ? [...new Set([...e.actor, ...e.recipient])].filter((id) => !e.stated!.includes(id)) : [];
  const date = e.date && e.granularity !== 'year' ? e.date : null;
  return {
    id: e.id!, event: e.category, mode: e.mode, actor: names.names(e.actor), recipient: names.names(e.recipient),
    date, where: e.place, modality: e.modality,
    source_count: e.source_count,
    sources: (mentions ?? await store.mentions(e.id!, maxSources)).map((m) => ({
      outlet: m.outlet, url: /^https?:/i.test(m.source ?? '') ? m.source : null, report: m.doc_id, span: [m.start, m.end],
      evidence: m.evidence,
    })),
    ...(implied.length ? { implied: names.names(implied) } : {}),
    ...(!date && e.lo > '0000' && e.hi < '9999' ? { window: { from: e.lo, to: e.hi } } : {}),
  };
}

/** Canonical events matching the query, oldest first (a page of them when asked); streams so a large store is never
 * held in memory. Sources: every one, or the first `maxSources` of each event. */
export async function* queryEvents(store: Store, q: EventPageQuery = {}): AsyncGenerator<EventView> {
  const names = new EntityNames(store);
  const filter: EventFilter = { ...(await toFilter(store, q)), limit: q.limit, offset: q.offset };
  if (q.limit === undefined || q.maxSources === undefined) {
    for await (const e of store.events(filter)) yield eventView(store, e, names, q.maxSources);
    return;
  }
  // A page with its first sources: the events, their names and their sources in one read each (not one per event).
  const rows: EventRow[] = [];
  for await (const e of store.events(filter)) rows.push(e);
  await names.loadEvents(rows);
  const sources = new Map<number, MentionView[]>(rows.map((e) => [e.id!, []]));
  for (const m of await store.firstMentionsOf(rows.map((e) => e.id!), q.maxSources)) sources.get(m.event_id)?.push(m);
  for (const e of rows) yield eventView(store, e, names, q.maxSources, sources.get(e.id!));
}

/** A one-line label for an event: "CONSULT Donald Trump, Volodymyr Zelenskyy 2025-12-28" (its participants loaded in `names`). */
export function eventLabel(e: EventRow, names: EntityNames): string {
  const who = [...names.names(e.actor), ...names.names(e.recipient)].join(', ');
  return `${e.category}${e.mode ? `/${e.mode}` : ''} ${who}${e.date ? ' ' + e.date : ''}`;
}
