// Opens the server engine: a pg pool on the connection string, its schema migrated (by the first writer that gets
// the migration lock; others wait and find it done). Query commands open it read-only: no schema is created, and a
// database without Parley's tables is refused as the SQLite engine refuses a foreign file.
import pg from 'pg';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { PgStore } from './pg-store.js';
import { StoreError, type OpenOptions, type Store } from './types.js';

/** The advisory lock key of schema migrations ('migrat'). */
const MIGRATION_LOCK = 0x6d6967726174;
const INT8 = 20;
const INT8_ARRAY = 1016;

/** Ids and counts (bigint) as JavaScript numbers: exact below 2^53, far beyond any store. */
function typeParser(oid: number, format?: string): (v: string) => unknown {
  if (oid === INT8) return Number;
  if (oid === INT8_ARRAY) {
    const parse = pg.types.getTypeParser(INT8_ARRAY as never) as (v: string) => (string | null)[];
    return (v) => parse(v).map((x) => (x === null ? null : Number(x)));
  }
  return pg.types.getTypeParser(oid as never, format as never) as (v: string) => unknown;
}

/** A connection string without its password, for messages. */
export const redact = (url: string) => url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');

export async function openPostgres(url: string, opts: OpenOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PARLEY_PG_POOL ?? 8), types: { getTypeParser: typeParser as never } });
  // A dropped idle connection (server restart) must not crash the process; the next query opens a new one.
  pool.on('error', () => {});
  try {
    const version = await schemaVersion(pool);
    if (version > PG_MIGRATIONS.length) throw new StoreError(`${redact(url)} was written by a newer Parley (schema ${version}; this one knows ${PG_MIGRATIONS.length})`);
    if (opts.readOnly && version === 0) throw new StoreError(`${redact(url)} is not a Parley store (no Parley schema; run parley ingest to fill it)`);
    if (version < PG_MIGRATIONS.length) await migrate(pool, url);
    return new PgStore(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw pgError(e, url);
  }
}

/** How many migrations have run (0: none, an empty database or someone else's). */
async function schemaVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query("SELECT to_regclass('parley_migrations') AS t, to_regclass('reports') AS r");
  if (!rows[0].t) return 0;
  return Number((await pool.query('SELECT coalesce(max(version), 0) AS v FROM parley_migrations')).rows[0].v);
}

/** Applies what is missing, each migration in its own transaction, under a lock so concurrent openers apply it once. */
export async function migrate(pool: pg.Pool, url: string): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const { rows } = await c.query("SELECT to_regclass('parley_migrations') AS t, to_regclass('reports') AS r");
    if (!rows[0].t && rows[0].r) throw new StoreError(`${redact(url)} has a reports table but no Parley schema; refusing to touch it`);
    await c.query('CREATE TABLE IF NOT EXISTS parley_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = Number((await c.query('SELECT coalesce(max(version), 0) AS v FROM parley_migrations')).rows[0].v);
    for (let v = done; v < PG_MIGRATIONS.length; v++) {
      await c.query(PG_MIGRATIONS[v]);
      await c.query('INSERT INTO parley_migrations (version) VALUES ($1)', [v + 1]);
    }
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** A server failure on open as one line naming the server (never its password). */
export function pgError(e: unknown, url: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const why = (e as Error)?.message ?? String(e);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01' || code === '28000') {
    return new StoreError(`cannot open the store ${redact(url)} (${why})`);
  }
  return e instanceof Error ? e : new Error(why);
}
