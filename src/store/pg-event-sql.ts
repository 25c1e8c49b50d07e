// The WHERE clause of an EventFilter on PostgreSQL: the same conditions as event-sql.ts (SQLite), with $n parameters
// and arrays for id lists, so every view of one filter selects the same events on either engine.
import type { EventFilter } from './types.js';

export interface PgWhere { sql: string; args: unknown[] }

export function pgEventWhere(f: EventFilter, alias = ''): PgWhere {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => { args.push(v); return `$${args.length}`; };
  if (f.category) where.push(`${col('category')} = ${arg(f.category)}`);
  if (f.modality) where.push(`${col('modality')} = ${arg(f.modality)}`);
  if (f.since) where.push(`${col('hi')} >= ${arg(f.since)} AND ${col('hi')} < '9999'`);
  if (f.until) where.push(`${col('lo')} <= ${arg(f.until)} AND ${col('lo')} > '0000'`);
  if (f.minSources) where.push(`${col('source_count')} >= ${arg(f.minSources)}`);
  if (f.place) where.push(`${col('place')} = ${arg(f.place)}`);
  if (f.entityIds) where.push(`${col('id')} IN (SELECT event_id FROM event_entities WHERE entity_id = ANY(${arg(f.entityIds)}::bigint[]))`);
  if (f.ids) where.push(`${col('id')} = ANY(${arg(f.ids)}::bigint[])`);
  return { sql: where.length ? ' WHERE ' + where.join(' AND ') : '', args };
}

/** Monday of the event's week, for day-precise dates only (a month or year has no week). */
export const PG_WEEK_OF = "to_char(date_trunc('week', date::date), 'YYYY-MM-DD')";

/** Event order of lists: by date (an undated event by the start of its window), then id; text by code point. */
export const pgEventOrder = (newestFirst?: boolean) =>
  newestFirst ? 'coalesce(date, lo) COLLATE "C" DESC, id DESC' : 'coalesce(date, lo) COLLATE "C", id';
