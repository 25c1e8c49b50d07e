// The WHERE clause for an EventFilter, shared by the event list, its count, the weekly tally and the map's places,
// so every view of one filter selects exactly the same events.
import type { EventFilter } from './types.js';

export interface Where { sql: string; args: unknown[] }

export function eventWhere(f: EventFilter, alias = ''): Where {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.category) { where.push(`${col('category')} = ?`); args.push(f.category); }
  if (f.modality) { where.push(`${col('modality')} = ?`); args.push(f.modality); }
  if (f.since) { where.push(`${col('hi')} >= ? AND ${col('hi')} < '9999'`); args.push(f.since); }
  if (f.until) { where.push(`${col('lo')} <= ? AND ${col('lo')} > '0000'`); args.push(f.until); }
  if (f.minSources) { where.push(`${col('source_count')} >= ?`); args.push(f.minSources); }
  if (f.place) { where.push(`${col('place')} = ?`); args.push(f.place); }
  if (f.entityIds) {
    where.push(`${col('id')} IN (SELECT event_id FROM event_entities WHERE entity_id IN (${f.entityIds.map(() => '?').join(',') || 'NULL'}))`);
    args.push(...f.entityIds);
  }
  // A JSON array keeps one bound parameter however many ids a process has.
  if (f.ids) { where.push(`${col('id')} IN (SELECT value FROM json_each(?))`); args.push(JSON.stringify(f.ids)); }
  return { sql: where.length ? ' WHERE ' + where.join(' AND ') : '', args };
}

/** Monday of the event's week, for day-precise dates only (a month or year has no week). */
export const WEEK_OF = "date(date, 'weekday 0', '-6 days')";
