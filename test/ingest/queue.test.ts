// The ingest queue (pg-boss on PostgreSQL) with several workers, storing into PostgreSQL (and into SQLite): overlapping
// batches taken by two workers at once end with the counts one worker gets, every run; a worker killed mid-batch and
// a rerun also do. Needs a PostgreSQL server: PARLEY_TEST_PG=postgres://… (.ci/run starts one); else skipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedReports } from '../../bench/ingest-gen.js';
import { openQueue } from '../../src/ingest/queue.js';
import { disputes } from '../../src/query/disputes.js';
import { openStore } from '../../src/store/index.js';
import { dropSchemas, PG_SKIP_REASON, PG_URL, postgres } from '../helpers/engines.js';

const URL = PG_URL;
if (!URL) console.warn(`test/ingest/queue.test.ts: the queue tests need a server. ${PG_SKIP_REASON}`);

const dir = mkdtempSync(join(tmpdir(), 'parley-queue-'));
const child = join(import.meta.dirname, 'worker-child.ts');
// All test queues live in their own schema, one queue per run, so a real queue on the same server is never touched.
const SCHEMA = 'parley_test';
// Two overlapping batches: reports 0–79 and 40–119, so 40 reports come twice, from two enqueuing runs.
const BATCHES = [[0, 80], [40, 80]] as const;
const DISTINCT = 120;
const JOBS = 160;
let runs = 0;
const names: string[] = [];

/** A fresh queue (its own schema) with both batches in it. */
async function filledQueue(): Promise<string> {
  const name = `parley-test-${process.pid}-${++runs}`;
  names.push(name);
  const q = await openQueue(URL!, { schema: SCHEMA, name });
  try {
    for (const [from, n] of BATCHES) expect((await q.enqueue(generatedReports(n, from))).queued).toBe(n);
  } finally { await q.close(); }
  return name;
}
function worker(queue: string, db: string, env: Record<string, string> = {}): { proc: ChildProcess; done: Promise<{ added: number; known: number; failed: unknown[] } | null> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, URL!, SCHEMA, queue, db], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => { out += d; });
  proc.stderr!.on('data', (d) => { err += d; });
  const done = new Promise<{ added: number; known: number; failed: unknown[] } | null>((resolve, reject) => proc.on('close', (code, signal) => {
    if (signal === 'SIGKILL') resolve(null);
    else if (code === 0) resolve(JSON.parse(out));
    else reject(new Error(`worker exit ${code}: ${err}`));
  }));
  return { proc, done };
}
async function counts(db: string) {
  const s = await openStore(db, { readOnly: true });
  try { return { ...(await s.counts()), disputes: (await disputes(s)).length }; } finally { await s.close(); }
}

describe.skipIf(!URL).each([
  { engine: 'postgres', runs: 5, store: () => postgres.fresh() },
  { engine: 'sqlite', runs: 2, store: async () => join(dir, `s-${++runs}.db`) },
])('ingest queue with several workers into a $engine store', ({ runs: RUNS, store }) => {
  let one: Awaited<ReturnType<typeof counts>>;
  const fresh = async () => { const db = await store(); await (await openStore(db)).close(); return db; };
  afterAll(async () => {
    await dropSchemas();
    // The test schema's jobs are all this file's: cleared, then its queues deleted (pg-boss keeps a table per queue).
    const { default: PgBoss } = await import('pg-boss');
    const boss = new PgBoss({ connectionString: URL!, schema: SCHEMA, max: 1, supervise: false, schedule: false });
    await boss.start();
    await boss.clearStorage();
    for (const name of names) await boss.deleteQueue(name);
    await boss.stop({ graceful: false, wait: true });
  });

  it('one worker stores every distinct report once', async () => {
    const db = await fresh();
    const sum = await worker(await filledQueue(), db).done;
    expect(sum).toMatchObject({ added: DISTINCT, known: JOBS - DISTINCT, failed: [] });
    one = await counts(db);
    expect(one.reports).toBe(DISTINCT);
    expect(one.events).toBeGreaterThan(0);
    expect(one.disputes).toBeGreaterThan(0);
  }, 60_000);

  it('two workers at once end with the counts of one, run after run', async () => {
    for (let run = 0; run < RUNS; run++) {
      // Not created beforehand: both workers open (and migrate) the new store at once.
      const db = await store();
      const schema = await filledQueue();
      // Each job takes long enough (160 × 15 ms) that a worker slow to start on a loaded machine still gets a share.
      const [a, b] = await Promise.all([worker(schema, db, { DELAY_MS: '15' }).done, worker(schema, db, { DELAY_MS: '15' }).done]);
      expect(a!.added + b!.added, `run ${run}`).toBe(DISTINCT);
      expect(a!.added + a!.known + b!.added + b!.known).toBe(JOBS);
      expect(a!.added * b!.added, `run ${run}: both workers took part`).toBeGreaterThan(0);
      expect(await counts(db), `run ${run}`).toEqual(one);
    }
  }, 180_000);

  it('a worker killed mid-batch, then a rerun, end with the counts of one', async () => {
    const db = await fresh();
    const schema = await filledQueue();
    // The victim is the slower worker (its share takes well over a second), so the kill below, made as soon as the
    // other worker's first batch is in, always lands mid-batch: with equal speeds a fast machine let it finish first.
    const victim = worker(schema, db, { DELAY_MS: '20', EXPIRE_S: '2' });
    const other = worker(schema, db, { DELAY_MS: '4', EXPIRE_S: '2' });
    for (let t = 0; t < 400 && (await counts(db)).reports < 40; t++) await new Promise((r) => setTimeout(r, 50));
    victim.proc.kill('SIGKILL');
    expect(await victim.done).toBeNull();
    await other.done;
    expect((await counts(db)).reports).toBeLessThanOrEqual(DISTINCT);
    // The rerun: the same batches queued again, one worker; the killed worker's jobs expire and come back too.
    const again = await openQueue(URL!, { schema: SCHEMA, name: schema });
    try { for (const [from, n] of BATCHES) await again.enqueue(generatedReports(n, from)); } finally { await again.close(); }
    await new Promise((r) => setTimeout(r, 2500));
    await worker(schema, db, { EXPIRE_S: '2' }).done;
    expect(await counts(db)).toEqual(one);
  }, 120_000);
});
