// The SQLite engine's event reads behind one EventFilter: the list (by pages), its count, the weekly tally and the
// map's places; and an events row as the Store gives it (id lists and flags parsed from their JSON and integers).
import type Database from 'better-sqlite3';
import { eventWhere, WEEK_OF } from './event-sql.js';
import type { EventFilter, EventRow, PlaceCount, WeekCount } from './types.js';

/** Rows an unbounded event list reads per page: no cursor stays open while the reader awaits (a write may come). */
const EVENT_PAGE = 2000;

export function toEvent(row: any): EventRow {
  return { ...row, actor: JSON.parse(row.actor), recipient: JSON.parse(row.recipient), held: row.held !== 0, stated: row.stated ? JSON.parse(row.stated) : null };
}

export async function* listEvents(db: Database.Database, f: EventFilter): AsyncIterable<EventRow> {
  const w = eventWhere(f);
  const order = ` ORDER BY ${f.newestFirst ? 'coalesce(date, lo) DESC, id DESC' : 'coalesce(date, lo), id'}`;
  const stmt = db.prepare(`SELECT * FROM events${w.sql}${order} LIMIT ? OFFSET ?`);
  const limit = f.limit !== undefined ? Math.max(0, Math.floor(f.limit)) : Infinity;
  let offset = Math.max(0, Math.floor(f.offset ?? 0));
  for (let left = limit; left > 0;) {
    const n = Math.min(left, EVENT_PAGE);
    const rows = stmt.all(...w.args, n, offset);
    for (const row of rows) yield toEvent(row);
    if (rows.length < n) return;
    left -= n;
    offset += n;
  }
}

export function countEvents(db: Database.Database, f: EventFilter): number {
  const w = eventWhere(f);
  return (db.prepare(`SELECT count(*) AS n FROM events${w.sql}`).get(...w.args) as { n: number }).n;
}

export function eventWeeks(db: Database.Database, f: EventFilter, by: 'category' | 'modality'): WeekCount[] {
  const w = eventWhere({ ...f });
  const day = `${w.sql ? w.sql + ' AND' : ' WHERE'} granularity = 'day' AND date IS NOT NULL`;
  return db.prepare(`SELECT ${WEEK_OF} AS week, ${by === 'modality' ? 'modality' : 'category'} AS key, count(*) AS n
    FROM events${day} GROUP BY week, key ORDER BY week, key`).all(...w.args) as WeekCount[];
}

export function eventPlaces(db: Database.Database, f: EventFilter): PlaceCount[] {
  const w = eventWhere(f, 'e');
  return db.prepare(`SELECT p.name, p.lat, p.lon, p.country, count(*) AS events, sum(e.source_count) AS sources
    FROM events e JOIN places p ON p.name = e.place${w.sql ? w.sql + ' AND' : ' WHERE'} p.lat IS NOT NULL
    GROUP BY p.name ORDER BY events DESC, p.name`).all(...w.args) as PlaceCount[];
}
