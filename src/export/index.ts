// `parley export`: canonical events (all, or those matching the same filters as `parley events`) as PLOVER 2.0
// JSON Lines, or one of the flat tables (events, sources, POLECAT-style pairs) as CSV, JSON Lines, JSON or Parquet.
// Rows are written one by one, so a large store is never held in memory (Parquet: DuckDB buffers and spills).
import type { EventFilter, Store } from '../store/types.js';
import { EntityNames } from '../query/entities.js';
import { csvLine, UTF8_BOM } from './csv.js';
import { toPlover } from './plover.js';
import { eventFacts, tableOf, type TableColumn } from './tables.js';
import type { TableName } from './formats.js';

import type { ExportFormat } from './formats.js';
export { EXPORT_FORMATS, TABLES, type ExportFormat, type TableName } from './formats.js';

export interface ExportOptions {
  format: ExportFormat;
  /** Which flat table (ignored by plover): events (default), sources, polecat. */
  table?: TableName;
  filter?: EventFilter;
  /** CSV only: start with a UTF-8 byte-order mark, for spreadsheets. */
  bom?: boolean;
  /** Parquet only: the file to write (Parquet cannot stream to a pipe). */
  path?: string;
  /** Called after each event, for progress. */
  onEvent?: (n: number) => void;
}

export type Write = (s: string) => void | Promise<void>;

const jsonValue = (c: TableColumn<unknown>, row: unknown) => c.get(row) ?? null;
const record = (columns: TableColumn<unknown>[], row: unknown) => Object.fromEntries(columns.map((c) => [c.name, jsonValue(c, row)]));

/** Writes the export; returns how many events it covered. */
export async function exportEvents(store: Store, opts: ExportOptions | ExportFormat, write: Write): Promise<number> {
  const o: ExportOptions = typeof opts === 'string' ? { format: opts } : opts;
  const names = new EntityNames(store);
  const events = store.events(o.filter ?? {});
  let n = 0;
  if (o.format === 'plover') {
    for await (const e of events) { await write(JSON.stringify(await toPlover(store, e, names)) + '\n'); n++; o.onEvent?.(n); }
    return n;
  }
  const { columns, rows } = tableOf(o.table ?? 'events');
  if (o.format === 'parquet') {
    if (!o.path) throw new Error('a Parquet export needs a file to write to');
    const { parquetSink } = await import('./parquet.js');
    const sink = await parquetSink(o.path, columns);
    for await (const e of events) { for (const r of rows(await eventFacts(store, e, names))) sink.add(r); n++; o.onEvent?.(n); }
    await sink.close();
    return n;
  }
  if (o.format === 'csv') await write((o.bom ? UTF8_BOM : '') + csvLine(columns.map((c) => c.name)));
  if (o.format === 'json') await write('[');
  let rowCount = 0;
  for await (const e of events) {
    for (const r of rows(await eventFacts(store, e, names))) {
      if (o.format === 'csv') await write(csvLine(columns.map((c) => c.get(r))));
      else if (o.format === 'jsonl') await write(JSON.stringify(record(columns, r)) + '\n');
      else await write((rowCount ? ',\n' : '\n') + JSON.stringify(record(columns, r)));
      rowCount++;
    }
    n++; o.onEvent?.(n);
  }
  if (o.format === 'json') await write(rowCount ? '\n]\n' : ']\n');
  return n;
}
