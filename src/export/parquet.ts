// Parquet through DuckDB's Node API: rows are appended to a typed in-memory table, then COPY writes the file
// (ZSTD-compressed). Loaded only when a Parquet export runs, so the rest of the CLI never loads DuckDB. DuckDB is an
// optional dependency (a native binary per platform): where it did not install, only Parquet is unavailable.
import type { ColumnType, TableColumn } from './tables.js';

const SQL_TYPE: Record<ColumnType, string> = { string: 'VARCHAR', integer: 'BIGINT', date: 'DATE', list: 'VARCHAR[]' };
const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`;
const quoteStr = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface ParquetSink { add(row: unknown): void; close(): Promise<void> }

export async function parquetSink(path: string, columns: TableColumn<any>[]): Promise<ParquetSink> {
  const duck = await import('@duckdb/node-api').catch((e: Error) => {
    throw new Error(`Parquet export needs the optional dependency @duckdb/node-api, which is not installed here (${e.message.split('\n')[0]}); use --format csv or jsonl`);
  });
  const instance = await duck.DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE t (${columns.map((c) => `${quoteId(c.name)} ${SQL_TYPE[c.type]}`).join(', ')})`);
  const appender = await conn.createAppender('t');
  const put = (c: TableColumn<any>, v: unknown) => {
    if (v === null || v === undefined) return appender.appendNull();
    if (c.type === 'integer') return appender.appendBigInt(BigInt(v as number));
    if (c.type === 'date') return appender.appendDate(duck.DuckDBDateValue.fromParts({ ...ymd(v as string) }));
    if (c.type === 'list') return appender.appendList(duck.listValue(v as string[]), duck.LIST(duck.VARCHAR));
    return appender.appendVarchar(String(v));
  };
  return {
    add(row) {
      for (const c of columns) put(c, c.get(row));
      appender.endRow();
    },
    async close() {
      appender.closeSync();
      await conn.run(`COPY t TO ${quoteStr(path)} (FORMAT parquet, COMPRESSION zstd)`);
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function ymd(d: string): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}
