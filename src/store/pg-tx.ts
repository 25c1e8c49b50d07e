// The server engine's write transactions: each top-level one holds a pooled client and takes the store's write lock
// first (an advisory transaction lock), so concurrent writers (ingest workers on several machines) merge one after
// another; its commit moves the store's version in the same transaction. Nested calls are savepoints.
import type pg from 'pg';
import { Transactions } from './tx.js';

/** The advisory lock key every writer takes: 'parley' as a number. */
export const WRITE_LOCK = 0x7061726c6579;

/** `bumpVersion`: the statement that moves parley_meta.version, run just before each commit. */
export function writeTransactions(pool: pg.Pool, bumpVersion: string): Transactions<pg.PoolClient> {
return new Transactions<pg.PoolClient>({
    begin: async () => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      } catch (e) {
        c.release(true);
        throw e;
      }
      return c;
    },
    commit: async (c) => {
      try { await c.query(bumpVersion); await c.query('COMMIT'); c.release(); } catch (e) { c.release(true); throw e; }
    },
    rollback: async (c) => { try { await c.query('ROLLBACK'); c.release(); } catch { c.release(true); } },
    savepoint: async (c, n) => { await c.query(`SAVEPOINT ${n}`); },
    release: async (c, n) => { await c.query(`RELEASE SAVEPOINT ${n}`); },
    rollbackTo: async (c, n) => { await c.query(`ROLLBACK TO SAVEPOINT ${n}`); },
  });
}
