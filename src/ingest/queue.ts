// The ingest queue on PostgreSQL (pg-boss): `ingest --queue` puts reports in as jobs (their text, read where the
// command runs, so workers need no shared disk); `parley worker` takes them out on any machine that reaches the
// database, extracts and stores them. A job is marked done only once its report is committed (or known, or failed
// for good), so a worker killed at any point leaves its jobs to be fetched again when they expire; the store's
// content hash makes doing a report twice harmless.
import PgBoss from 'pg-boss';
import type { Report } from '../record.js';
import type { Store } from '../store/types.js';
import { ingestReports, type IngestDeps, type IngestItem, type IngestSummary, type ReadFailure } from './ingest.js';

export const INGEST_QUEUE = 'parley-ingest';

/** What one job carries: the report as read, the reader's warnings and the fallback date of the enqueuing run. */
export interface QueuedReport { report: Report; warnings?: string[]; fallbackPublished?: string | null }
/** A report taken from the queue, with what its job carried besides it (extraction needs both). */
export type DequeuedReport = Report & { warnings?: string[]; fallbackPublished?: string | null };

export interface QueueOptions {
  /** A job not done this long after a worker took it (the worker died) is given to another one. */
  expireSeconds?: number;
  /** Connections this process holds at most. */
  connections?: number;
  /** The database schema of the queue's tables (default pgboss). */
  schema?: string;
  /** The queue's name (default parley-ingest): one database may hold several independent queues. */
  name?: string;
}

export interface WorkOptions extends Omit<IngestDeps, 'onSettled'> {
  /** Jobs taken at once; at least extractAhead, so the extraction threads never wait on the database. */
  fetchSize?: number;
  /** How long to wait before asking again when the queue is empty. */
  pollMs?: number;
  /** Stop once nothing is waiting (rather than wait for more). */
  untilEmpty?: boolean;
  /** Stops taking jobs; what was taken is finished and committed first. */
  signal?: AbortSignal;
}

export interface IngestQueue {
  /** Puts reports in; a read failure is returned, not queued. */
  enqueue(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, fallbackPublished?: string | null): Promise<{ queued: number; failures: ReadFailure[] }>;
  /** Takes jobs and ingests their reports into the store until stopped (or empty, with untilEmpty). */
  work(store: Store, opts: WorkOptions, onProgress?: Parameters<typeof ingestReports>[3]): Promise<IngestSummary>;
  /** Jobs not yet taken by any worker. */
  waiting(): Promise<number>;
  close(): Promise<void>;
}

const INSERT_CHUNK = 500;

/**
 * Job ids that sort in the order reports were queued (time, then a counter, then random bits), so workers take them
 * in that order: pg-boss fetches by creation time, then id, and one batch of jobs shares one creation time. One
 * worker then stores a queue as `ingest` stores the same input.
 */
export function orderedIds(now: () => number = Date.now): () => string {
  let last = 0;
  let seq = 0;
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return () => {
    const t = now();
    if (t > last) { last = t; seq = 0; } else seq++;
    const rnd = crypto.getRandomValues(new Uint16Array(3));
    const time = hex(last, 12);
    return `${time.slice(0, 8)}-${time.slice(8)}-${hex(Math.floor(seq / 65536) % 65536, 4)}-${hex(seq % 65536, 4)}-${[...rnd].map((x) => hex(x, 4)).join('')}`;
  };
}
const isFailure = (x: IngestItem): x is ReadFailure => typeof (x as ReadFailure).failed === 'string';
const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const t = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
});

export async function openQueue(url: string, opts: QueueOptions = {}): Promise<IngestQueue> {
  const expireInSeconds = opts.expireSeconds ?? 300;
  const boss = new PgBoss({ connectionString: url, max: opts.connections ?? 4, application_name: 'parley', schedule: false, ...(opts.schema ? { schema: opts.schema } : {}) });
  const name = opts.name ?? INGEST_QUEUE;
  let bossError: unknown;
  boss.on('error', (e) => { bossError ??= e; });
  await boss.start();
  // Created by whoever comes first; pg-boss serialises the creation itself.
  if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: 5, expireInSeconds });

  return {
    async enqueue(items, fallbackPublished = null) {
      const failures: ReadFailure[] = [];
      let chunk: PgBoss.JobInsert<QueuedReport>[] = [];
      let queued = 0;
      const nextId = orderedIds();
      const send = async () => { if (chunk.length) { await boss.insert(chunk); queued += chunk.length; chunk = []; } };
      for await (const item of items) {
        if (isFailure(item)) { failures.push(item); continue; }
        const { warnings, ...report } = item as Report & { warnings?: string[] };
        chunk.push({ id: nextId(), name, data: { report, warnings, fallbackPublished }, expireInSeconds });
        if (chunk.length >= INSERT_CHUNK) await send();
      }
      await send();
      return { queued, failures };
    },

    async work(store, o, onProgress) {
      const fetchSize = Math.max(o.fetchSize ?? 32, o.extractAhead ?? 1);
      const taken: string[] = [];
      let done = 0;
      let completing: Promise<void> = Promise.resolve();
      const complete = (n: number) => {
        const ids = taken.slice(done, n);
        done = n;
        if (ids.length) completing = completing.then(() => boss.complete(name, ids));
      };
      async function* reports(): AsyncGenerator<DequeuedReport> {
        while (!o.signal?.aborted) {
          if (bossError) throw bossError;
          const jobs = await boss.fetch<QueuedReport>(name, { batchSize: fetchSize });
          if (!jobs.length) {
            if (o.untilEmpty && (await boss.getQueueSize(name)) === 0) return;
            await sleep(o.pollMs ?? 1000, o.signal);
            continue;
          }
          for (const j of jobs) {
            taken.push(j.id);
            yield { ...j.data.report, warnings: j.data.warnings, fallbackPublished: j.data.fallbackPublished ?? null };
          }
        }
      }
      const sum = await ingestReports(store, reports(), { ...o, onSettled: complete }, onProgress);
      complete(taken.length);
      await completing;
      return sum;
    },

    waiting: () => boss.getQueueSize(name),
    close: () => boss.stop({ graceful: false, wait: true }),
  };
}
