// Extraction in worker threads (extract-worker.ts): the server's POSTs and `ingest --jobs N` both use this pool.
// Each thread extracts one report at a time; a bounded queue feeds them. A full queue is refused at once (the server
// answers 503) rather than piling up memory; a report that overruns its time ends its thread (a hung regex cannot be
// interrupted any other way) and the next report gets a fresh one.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractionRecord, Report } from '../record.js';

export interface ExtractPoolOptions {
  /** Worker threads, each extracting one report at a time (default 1). */
  threads?: number;
  /** Reports waiting or running at most; more are refused with ExtractBusy. */
  maxQueue?: number;
  /**
   * Reports sent to one thread before it answers the first (default 1). More keep it busy while this thread is
   * itself busy (a synchronous store writing a batch) and cannot hand it the next report in time.
   */
  perThread?: number;
  /** Longest one report may take. */
  timeoutMs?: number;
  /** The worker script (default: extract-worker next to this file, .ts under tsx). */
  workerUrl?: URL;
}

/** What the caller of extractRead would pass besides the report: the reader's warnings and a fallback date. */
export interface ExtractJobOptions { readWarnings?: string[]; fallbackPublished?: string | null }
/** A record and the warnings extraction found (extractRead's `warn`), to be said by the caller. */
export interface PooledRecord { record: ExtractionRecord; warned: string[] }

export class ExtractBusy extends Error {}
export class ExtractFailed extends Error {}

interface Job { id: number; report: Report; opts: ExtractJobOptions; resolve: (r: PooledRecord) => void; reject: (e: Error) => void }
/** The message a worker answers with. */
export interface ExtractAnswer { id: number; record?: ExtractionRecord; warned?: string[]; error?: string }
/** A thread and the reports sent to it, oldest first: the first is being extracted, the others wait in its inbox. */
interface Slot { worker: Worker | null; sent: Job[]; timer?: NodeJS.Timeout }

export interface ExtractPool {
  extract(report: Report): Promise<ExtractionRecord>;
  /** The record with the warnings found while extracting it. */
  extractWith(report: Report, opts: ExtractJobOptions): Promise<PooledRecord>;
  /** Reports waiting or running. */
  pending(): number;
  close(): Promise<void>;
}

function defaultWorkerUrl(): URL {
  const self = new URL(import.meta.url);
  return new URL(self.pathname.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', self);
}

/** Under tsx or vitest (tests, `npm run dev`) the worker is TypeScript: it registers tsx's loader, then loads it. */
function typescriptWorker(url: URL): Worker {
  // require.resolve picks tsx's CommonJS entry; its ES module twin sits beside it.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

export function extractPool(opts: ExtractPoolOptions = {}): ExtractPool {
  const maxQueue = opts.maxQueue ?? 16;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const perThread = Math.max(1, opts.perThread ?? 1);
  const url = opts.workerUrl ?? defaultWorkerUrl();
  const queue: Job[] = [];
  const slots: Slot[] = Array.from({ length: Math.max(1, opts.threads ?? 1) }, () => ({ worker: null, sent: [] }));
  let nextId = 1;
  let closed = false;

  const start = (slot: Slot): Worker => {
    const w = url.pathname.endsWith('.ts') ? typescriptWorker(url) : new Worker(url);
    w.unref();
    w.on('message', (msg: ExtractAnswer) => {
      const job = slot.sent[0];
      if (slot.worker !== w || !job || msg.id !== job.id) return;
      slot.sent.shift();
      clearTimeout(slot.timer);
      armTimer(slot, w);
      // The next report goes out before this one's caller runs: the thread is not left waiting on this one.
      pump();
      if (msg.error !== undefined) job.reject(new ExtractFailed(msg.error));
      else job.resolve({ record: msg.record!, warned: msg.warned ?? [] });
    });
    w.on('error', (e) => lose(slot, w, new ExtractFailed(`extraction worker failed: ${e.message}`)));
    w.on('exit', () => lose(slot, w, new ExtractFailed('extraction worker stopped')));
    return w;
  };
  /** The clock of the report a thread works on now: the oldest it was sent (it answers in the order sent). */
  const armTimer = (slot: Slot, w: Worker) => {
    if (!slot.sent.length) return;
    slot.timer = setTimeout(() => {
      lose(slot, w, new ExtractFailed(`extraction took longer than ${timeoutMs} ms`));
      void w.terminate();
    }, timeoutMs);
  };
  /** Thread `w` is gone (ended, failed or overran): its current report fails; those sent behind it go to a fresh one. */
  const lose = (slot: Slot, w: Worker, e: Error) => {
    if (slot.worker !== w) return;
    slot.worker = null;
    clearTimeout(slot.timer);
    const [current, ...behind] = slot.sent.splice(0);
    queue.unshift(...behind);
    current?.reject(e);
    setImmediate(pump);
  };
  const send = (slot: Slot, job: Job) => {
    const w = (slot.worker ??= start(slot));
    slot.sent.push(job);
    if (slot.sent.length === 1) armTimer(slot, w);
    w.postMessage({ id: job.id, report: job.report, ...job.opts });
  };
  const pump = () => {
    if (closed) return;
    for (const slot of slots) while (slot.sent.length < perThread && queue.length) send(slot, queue.shift()!);
  };
  const inFlight = () => slots.reduce((n, s) => n + s.sent.length, 0);
  const extractWith = (report: Report, jobOpts: ExtractJobOptions) => {
    if (closed) return Promise.reject(new ExtractFailed('the pool is shutting down'));
    if (queue.length + inFlight() >= maxQueue) return Promise.reject(new ExtractBusy(`${maxQueue} reports are already waiting to be extracted`));
    return new Promise<PooledRecord>((resolve, reject) => {
      queue.push({ id: nextId++, report, opts: jobOpts, resolve, reject });
      pump();
    });
  };

  // Started at once: the workers load the model while the caller starts up, not on the first report.
  for (const slot of slots) slot.worker = start(slot);
  return {
    extractWith,
    extract: (report) => extractWith(report, {}).then((r) => r.record),
    pending: () => queue.length + inFlight(),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ExtractFailed('the pool is shutting down'));
      const workers = slots.map((s) => s.worker).filter((w): w is Worker => !!w);
      for (const slot of slots) {
        slot.worker = null;
        clearTimeout(slot.timer);
        for (const job of slot.sent.splice(0)) job.reject(new ExtractFailed('the pool is shutting down'));
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
