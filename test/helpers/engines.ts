// The store engines a contract test runs on: SQLite always; PostgreSQL when PARLEY_TEST_PG names a server (.ci/run
// starts a throwaway cluster and sets it). Each Postgres store gets a schema of its own, dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.PARLEY_TEST_PG || process.env.PARLEY_TEST_POSTGRES || '';
export const PG_SKIP_REASON = 'PostgreSQL tests skipped: PARLEY_TEST_PG is not set (set it to postgres://… of a server; .ci/run starts one)';

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A new, empty store's address. */
  fresh(): Promise<string>;
}

const schemas: string[] = [];

export const sqlite: Engine = { name: 'sqlite', fresh: async () => ':memory:' };

export const postgres: Engine = {
  name: 'postgres',
  async fresh() {
    const schema = `parley_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try { await admin.query(`CREATE SCHEMA ${schema}`); } finally { await admin.end(); }
    schemas.push(schema);
    return withSearchPath(PG_URL, schema);
  },
};

/** The connection string with its search_path set to `schema` (every table Parley makes lands there). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Drops the schemas this process made (call in afterAll). */
export async function dropSchemas(): Promise<void> {
  if (!PG_URL || !schemas.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try { for (const s of schemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`); } finally { await admin.end(); }
}

/** Every engine, whether it can run here or not (a test skips one that cannot, saying why). */
export const ENGINES: Engine[] = [sqlite, postgres];
export const available = (e: Engine) => e.name === 'sqlite' || !!PG_URL;

/** The engines to run on here: both with a server, SQLite alone (saying why) without. */
export function engines(): Engine[] {
  if (!PG_URL && !warned) { warned = true; console.warn(PG_SKIP_REASON); }
  return PG_URL ? [sqlite, postgres] : [sqlite];
}
let warned = false;
