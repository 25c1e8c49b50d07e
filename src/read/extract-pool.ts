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
interface Slot { worker: Worker | null; running: Job | null; timer?: NodeJS.Timeout }

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
  const url = opts.workerUrl ?? defaultWorkerUrl();
  const queue: Job[] = [];
  const slots: Slot[] = Array.from({ length: Math.max(1, opts.threads ?? 1) }, () => ({ worker: null, running: null }));
  let nextId = 1;
  let closed = false;

  const start = (slot: Slot): Worker => {
    const w = url.pathname.endsWith('.ts') ? typescriptWorker(url) : new Worker(url);
    w.unref();
    w.on('message', (msg: ExtractAnswer) => {
      const job = slot.running;
      if (!job || msg.id !== job.id) return;
      finish(slot);
      if (msg.error !== undefined) job.reject(new ExtractFailed(msg.error));
      else job.resolve({ record: msg.record!, warned: msg.warned ?? [] });
    });
    w.on('error', (e) => fail(slot, new ExtractFailed(`extraction worker failed: ${e.message}`)));
    w.on('exit', () => { if (slot.worker === w) { slot.worker = null; fail(slot, new ExtractFailed('extraction worker stopped')); } });
    return w;
  };
  const finish = (slot: Slot) => { clearTimeout(slot.timer); slot.running = null; setImmediate(pump); };
  const fail = (slot: Slot, e: Error) => {
    const job = slot.running;
    if (!job) return;
    finish(slot);
    job.reject(e);
  };
  const run = (slot: Slot, job: Job) => {
    slot.running = job;
    const w = (slot.worker ??= start(slot));
    slot.timer = setTimeout(() => {
      slot.worker = null;
      void w.terminate();
      fail(slot, new ExtractFailed(`extraction took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    w.postMessage({ id: job.id, report: job.report, ...job.opts });
  };
  const pump = () => {
    if (closed) return;
    for (const slot of slots) if (!slot.running && queue.length) run(slot, queue.shift()!);
  };
  const running = () => slots.filter((s) => s.running).length;
  const extractWith = (report: Report, jobOpts: ExtractJobOptions) => {
    if (closed) return Promise.reject(new ExtractFailed('the pool is shutting down'));
    if (queue.length + running() >= maxQueue) return Promise.reject(new ExtractBusy(`${maxQueue} reports are already waiting to be extracted`));
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
    pending: () => queue.length + running(),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ExtractFailed('the pool is shutting down'));
      const workers = slots.map((s) => s.worker).filter((w): w is Worker => !!w);
      for (const slot of slots) { slot.worker = null; fail(slot, new ExtractFailed('the pool is shutting down')); }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
