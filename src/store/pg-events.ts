// The server engine's event reads behind one EventFilter: the list (by pages), its count, the weekly tally and the
// map's places (the same answers as sqlite-events.ts); and an events row as the Store gives it.
import { pgEventOrder, pgEventWhere, PG_WEEK_OF } from './pg-event-sql.js';
import type { EventFilter, EventRow, PlaceCount, WeekCount } from './types.js';

export type Row = Record<string, any>;
/** Runs a statement, on the transaction's client when inside one. */
export type Rows = (sql: string, args: unknown[]) => Promise<Row[]>;

/** Rows an unbounded event list reads per query: no cursor stays open while the reader awaits. */
const EVENT_PAGE = 2000;

export function toEvent(r: Row): EventRow {
  return { ...r, stated: r.stated ?? null } as EventRow;
}

export async function* listEvents(rows: Rows, f: EventFilter): AsyncIterable<EventRow> {
  const w = pgEventWhere(f);
  const sql = `SELECT * FROM events${w.sql} ORDER BY ${pgEventOrder(f.newestFirst)} LIMIT $${w.args.length + 1} OFFSET $${w.args.length + 2}`;
  const limit = f.limit !== undefined ? Math.max(0, Math.floor(f.limit)) : Infinity;
  let offset = Math.max(0, Math.floor(f.offset ?? 0));
  for (let left = limit; left > 0;) {
    const n = Math.min(left, EVENT_PAGE);
    const page = await rows(sql, [...w.args, n, offset]);
    for (const row of page) yield toEvent(row);
    if (page.length < n) return;
    left -= n;
    offset += n;
  }
}

export async function countEvents(rows: Rows, f: EventFilter): Promise<number> {
  const w = pgEventWhere(f);
  return (await rows(`SELECT count(*) AS n FROM events${w.sql}`, w.args))[0].n;
}

export async function eventWeeks(rows: Rows, f: EventFilter, by: 'category' | 'modality'): Promise<WeekCount[]> {
  const w = pgEventWhere(f);
  const day = `${w.sql ? w.sql + ' AND' : ' WHERE'} granularity = 'day' AND date IS NOT NULL`;
  return (await rows(`SELECT ${PG_WEEK_OF} AS week, ${by === 'modality' ? 'modality' : 'category'} AS key, count(*) AS n
    FROM events${day} GROUP BY 1, 2 ORDER BY 1, 2`, w.args)) as WeekCount[];
}

export async function eventPlaces(rows: Rows, f: EventFilter): Promise<PlaceCount[]> {
  const w = pgEventWhere(f, 'e');
  return (await rows(`SELECT p.name, p.lat, p.lon, p.country, count(*) AS events, sum(e.source_count) AS sources
    FROM events e JOIN places p ON p.name = e.place${w.sql ? w.sql + ' AND' : ' WHERE'} p.lat IS NOT NULL
    GROUP BY p.name ORDER BY events DESC, p.name`, w.args)) as PlaceCount[];
}
