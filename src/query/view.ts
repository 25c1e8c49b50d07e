// What the dashboard's list views read: one filter (optionally narrowed to a process's events) for the page of events,
// its total, the weekly tally and the places; and reports named by headline and outlet instead of their ids.
import type { EventFilter, EventRow, PlaceCount, Store, WeekCount } from '../store/types.js';
import { EntityNames } from './entities.js';
import { eventView, toFilter, type EventQuery, type EventView } from './events.js';
import { outletName } from './outlet-name.js';

export interface ViewQuery extends EventQuery { minSources?: number; place?: string }

export async function viewFilter(store: Store, q: ViewQuery, processEvents?: number[]): Promise<EventFilter> {
  return { ...(await toFilter(store, q)), minSources: q.minSources, place: q.place, ids: processEvents, newestFirst: true };
}

export interface EventPage { total: number; offset: number; limit: number; events: EventView[] }

/** Sources listed with each event of a page: its card shows how many carry it; its evidence view reads them all. */
export const PAGE_SOURCES = 5;

export async function eventPage(store: Store, filter: EventFilter, offset: number, limit: number): Promise<EventPage> {
  const rows: EventRow[] = [];
  for await (const e of store.events({ ...filter, offset, limit })) rows.push(e);
  const names = await new EntityNames(store).loadEvents(rows);
  const events: EventView[] = [];
  for (const e of rows) events.push(await eventView(store, e, names, PAGE_SOURCES));
  return { total: await store.countEvents(filter), offset, limit, events };
}

export const eventWeeks = (store: Store, filter: EventFilter, by: 'category' | 'modality'): Promise<WeekCount[]> => store.eventWeeks(filter, by);
export const eventPlaces = (store: Store, filter: EventFilter): Promise<PlaceCount[]> => store.eventPlaces(filter);

export interface ReportName { report: string; headline: string; outlet: string; published: string | null }

const MAX_HEADLINE = 110;
/** Opening lines that are datelines or date stamps, not a headline ("Anchorage, Alaska, August 16, 2025"). */
const DATELINE = /^(?:[^.]{0,60}\b(?:19|20)\d\d\s*$|\s*date\b|\W*$)/i;

/** A report's headline: its title, else its first line that reads as a sentence, cut at a word. */
export async function reportName(store: Store, docId: string): Promise<ReportName> {
  const head = await store.reportHead(docId);
  if (!head) return { report: docId, headline: docId, outlet: '', published: null };
  const line = head.title?.trim() || head.lead.split('\n').map((l) => l.trim()).find((l) => l.length > 30 && !DATELINE.test(l)) || docId;
  const cut = line.length > MAX_HEADLINE ? line.slice(0, line.lastIndexOf(' ', MAX_HEADLINE - 1)) + '…' : line;
  return { report: docId, headline: cut, outlet: outletName(head.outlet), published: head.published };
}
