// Output for the store's query commands: a table on a terminal, JSON otherwise, or what --format asks for.
import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { csvField } from '../export/csv.js';
import { dateShapes, isDateOption, type DatePrecision } from '../read/dates.js';
import { UsageError } from './command.js';

export type RowFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const formatOption = () =>
  new Option('--format <format>', 'table | json | jsonl | csv (default: table on a terminal, json otherwise)').choices(['table', 'json', 'jsonl', 'csv']);
export const dbOption = () => new Option('--db <file|url>', 'the store: an SQLite file or postgres://… (default: $PARLEY_DB or ./parley.db)');

export function dbPath(opt: string | undefined): string {
  return opt ?? process.env.PARLEY_DB ?? './parley.db';
}

/** A store file that is not there (a server store is always asked: the server says whether it exists). */
export function missingStore(path: string): boolean {
  return path !== ':memory:' && !/^postgres(?:ql)?:\/\//i.test(path) && !existsSync(path);
}

export function rowFormat(opt: string | undefined): RowFormat {
  return (opt as RowFormat | undefined) ?? (process.stdout.isTTY ? 'table' : 'json');
}

/** Refuses a date option that is not a real calendar date of the shape the option takes (2025-13-45, 2025-02-30). */
export function checkDate(flag: string, v: string | undefined, coarsest: DatePrecision = 'day'): void {
  if (v !== undefined && !isDateOption(v, coarsest)) throw new UsageError(`${flag} "${v}" is not a calendar date (${dateShapes(coarsest)})`);
}

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.map(cell).join(', ')
    : typeof v === 'object' ? Object.entries(v).map(([k, x]) => `${k}:${cell(x)}`).join(' ') : String(v);

/**
 * Renders rows. `columns` names what a table and CSV show (JSON always has the full objects); `table` maps a row to
 * its table cells when they differ from the fields.
 */
export function renderRows<T extends object>(rows: T[], format: RowFormat, columns: string[], table?: (r: T) => Record<string, unknown>): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  if (format === 'csv') {
    return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField((r as Record<string, unknown>)[c])).join(','))]
      .join('\r\n') + '\r\n';
  }
  const cells = rows.map((r) => { const o = table ? table(r) : (r as Record<string, unknown>); return columns.map((c) => clip(cell(o[c]))); });
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + `\n(${rows.length} rows)\n`;
}

function clip(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
