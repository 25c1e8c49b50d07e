// Shared plumbing of the store's query commands: open the store named by --db, run, render, close.
import { existsSync } from 'node:fs';
import { openStore, type Store } from '../index.js';
import { UsageError, type CliContext } from './command.js';
import { dbPath, renderRows, rowFormat } from './rows.js';

export async function withRows<T extends object>(
  ctx: CliContext, opts: { db?: string; format?: string }, columns: string[],
  rows: (store: Store) => T[], table?: (r: T) => Record<string, unknown>,
): Promise<void> {
  const path = dbPath(opts.db);
  if (path !== ':memory:' && !existsSync(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
  const store = openStore(path);
  try {
    await ctx.io.stdout(renderRows(rows(store), rowFormat(opts.format), columns, table));
  } finally {
    store.close();
  }
}
