// `parley export`: the whole store's canonical events as PLOVER 2.0 JSON Lines, CSV or JSON, written row by row.
import type { EventRow, Store } from '../store/types.js';
import { EntityNames } from '../query/entities.js';
import { eventView, type EventView } from '../query/events.js';
import { csvHeader, csvRow, type Column } from './csv.js';
import { toPlover } from './plover.js';

export type ExportFormat = 'plover' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['plover', 'csv', 'json'];

export const EVENT_CSV_COLUMNS: Column<EventView>[] = [
  { key: 'id' }, { key: 'event' }, { key: 'mode' }, { key: 'actor' }, { key: 'recipient' }, { key: 'date' },
  { key: 'where' }, { key: 'modality' }, { key: 'source_count' },
  { key: 'outlets', get: (e) => [...new Set(e.sources.map((s) => s.outlet))] },
  { key: 'reports', get: (e) => [...new Set(e.sources.map((s) => s.report))] },
  { key: 'evidence', get: (e) => e.sources[0]?.evidence ?? null },
];

/** Writes every canonical event in `format`; `write` may return a promise to apply back-pressure. */
export async function exportEvents(store: Store, format: ExportFormat, write: (s: string) => void | Promise<void>,
  keep?: (e: EventRow) => boolean): Promise<number> {
  const names = new EntityNames(store);
  let n = 0;
  if (format === 'csv') await write(csvHeader(EVENT_CSV_COLUMNS as Column<unknown>[]));
  if (format === 'json') await write('[');
  for (const e of store.events({})) {
    if (keep && !keep(e)) continue;
    if (format === 'plover') await write(JSON.stringify(toPlover(store, e, names)) + '\n');
    else if (format === 'csv') await write(csvRow(eventView(store, e, names), EVENT_CSV_COLUMNS));
    else await write((n ? ',\n' : '\n') + JSON.stringify(eventView(store, e, names)));
    n++;
  }
  if (format === 'json') await write(n ? '\n]\n' : ']\n');
  return n;
}
