// The embedded store: SQLite through better-sqlite3, WAL journal, migrations by user_version, FTS5 search.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';
import { StoreError, type OpenOptions, type Store } from './types.js';

/** Tables every Parley store has; a file without them is someone else's database. */
const PARLEY_TABLES = ['reports', 'entities', 'events', 'mentions'];
/** How long a write waits for another process's write (two ingests at once) before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens the store at `path`; ':memory:' for a throwaway one. Read-write (ingest, serve) creates and migrates it;
 * read-only (query commands) never writes a byte: no schema, no WAL switch. Either way a file that is not a Parley
 * store, or is corrupt, is refused with a StoreError naming it; a foreign database is never given Parley's schema.
 */
export function openSqlite(path: string, opts: OpenOptions = {}): Store {
  // Two processes opening one store at the same moment (two queue workers) may find it busy while the other switches
  // its journal or migrates: SQLite then fails at once instead of waiting, so the open is tried again for a while.
  const until = Date.now() + BUSY_TIMEOUT_MS;
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    try {
      return openOnce(path, opts);
    } catch (e) {
      const busy = e instanceof StoreError && /is busy/.test(e.message);
      if (!busy || Date.now() + wait > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

function openOnce(path: string, opts: OpenOptions): Store {
  let db: Database.Database | undefined;
  // An in-memory store cannot be opened read-only: it is new and empty either way.
  const readOnly = !!opts.readOnly && path !== ':memory:';
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: readOnly, timeout: BUSY_TIMEOUT_MS });
    checkParley(db, path, readOnly);
    if (readOnly && (db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length) {
      // A Parley store from an earlier version: queries need its new columns, so it is upgraded once (it is ours).
      db.close();
      db = undefined;
      openSqlite(path).close();
      db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    }
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!readOnly) migrate(db);
    return new SqliteStore(db);
  } catch (e) {
    db?.close();
    throw storeError(e, path);
  }
}

/** Refuses a database that is not a Parley store; an empty one may become one, but only when opened for writing. */
function checkParley(db: Database.Database, path: string, readOnly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const missing = PARLEY_TABLES.filter((t) => !tables.has(t));
  if (version > MIGRATIONS.length) throw new StoreError(`${path} was written by a newer Parley (schema ${version}; this one knows ${MIGRATIONS.length})`);
  if (version > 0 && !missing.length) return;
  if (version === 0 && tables.size === 0 && !readOnly) return;
  if (version === 0 && tables.size === 0) throw new StoreError(`${path} is not a Parley store (an empty database; run parley ingest to fill it)`);
  throw new StoreError(`${path} is not a Parley store (${missing.length ? `no ${missing.join(', ')} table` : 'unknown schema'}); refusing to touch it`);
}

/** A SQLite failure on open or query as one line naming the file: corrupt, not a database, locked, unreadable. */
export function storeError(e: unknown, path: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const why = (e as Error)?.message ?? String(e);
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path} is not a Parley store (not an SQLite database)`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(`${path} is corrupt (${why}); restore it from a copy or ingest again into a new file`);
  if (code === 'SQLITE_CANTOPEN') return new StoreError(`cannot open the store ${path} (${why})`);
  if (code.startsWith('SQLITE_BUSY')) return new StoreError(`the store ${path} is busy (another process holds it for writing: ${why})`);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError(`the store ${path} is read-only (${why})`);
  if (code.startsWith('SQLITE_')) return new StoreError(`the store ${path}: ${why}`);
  return e instanceof Error ? e : new Error(why);
}

export function migrate(db: Database.Database): void {
  if ((db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
  // IMMEDIATE, with the version read again inside: two processes opening a new store at once (two workers) migrate it
  // once; the second waits for the first and finds nothing left to do.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

