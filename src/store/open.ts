// Opens a store by its address: a postgres:// (or postgresql://) connection string is the server engine, anything
// else is an SQLite file (':memory:' for a throwaway one). The Postgres client is loaded only when one is asked for.
import { openSqlite, storeError as sqliteError } from './sqlite.js';
import type { OpenOptions, Store } from './types.js';

/** True for a connection string of the server engine. */
export const isPostgresUrl = (path: string) => /^postgres(?:ql)?:\/\//i.test(path);

export async function openStore(path: string, opts: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(path)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(path, opts);
  }
  return openSqlite(path, opts);
}

/** A store failure as one line naming the store (its file, or its server without the password). */
export function storeError(e: unknown, path: string): Error {
  return sqliteError(e, isPostgresUrl(path) ? redactUrl(path) : path);
}

/** A connection string without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}
