// Extraction for the server in a worker thread (extract-worker.ts), with a bounded queue and a time limit per report.
// A full queue is refused at once (the caller answers 503) rather than piling up memory; a report that overruns its
// time ends the worker (a hung regex cannot be interrupted any other way) and the next report gets a fresh one.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractionRecord, Report } from '../index.js';

export interface ExtractPoolOptions {
  /** Reports waiting or running at most; more are refused with ExtractBusy. */
  maxQueue?: number;
  /** Longest one report may take. */
  timeoutMs?: number;
  /** The worker script (default: extract-worker next to this file, .ts under tsx). */
  workerUrl?: URL;
}

export class ExtractBusy extends Error {}
export class ExtractFailed extends Error {}

interface Job { id: number; report: Report; resolve: (r: ExtractionRecord) => void; reject: (e: Error) => void }

export interface ExtractPool {
  extract(report: Report): Promise<ExtractionRecord>;
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
  let running: Job | null = null;
  let worker: Worker | null = null;
  let timer: NodeJS.Timeout | undefined;
  let nextId = 1;
  let closed = false;

  const start = (): Worker => {
    const w = url.pathname.endsWith('.ts') ? typescriptWorker(url) : new Worker(url);
    w.unref();
    w.on('message', (msg: { id: number; record?: ExtractionRecord; error?: string }) => {
      if (!running || msg.id !== running.id) return;
      const job = running;
      finish();
      if (msg.error !== undefined) job.reject(new ExtractFailed(msg.error));
      else job.resolve(msg.record!);
    });
    w.on('error', (e) => fail(new ExtractFailed(`extraction worker failed: ${e.message}`)));
    w.on('exit', () => { if (worker === w) { worker = null; fail(new ExtractFailed('extraction worker stopped')); } });
    return w;
  };
  const finish = () => { clearTimeout(timer); running = null; setImmediate(pump); };
  const fail = (e: Error) => {
    const job = running;
    if (!job) return;
    finish();
    job.reject(e);
  };
  const pump = () => {
    if (running || closed || !queue.length) return;
    running = queue.shift()!;
    worker ??= start();
    const w = worker;
    timer = setTimeout(() => {
      worker = null;
      void w.terminate();
      fail(new ExtractFailed(`extraction took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    w.postMessage({ id: running.id, report: running.report });
  };

  // Started at once: the worker loads the model while the server starts, not on the first POST.
  worker = start();
  return {
    extract(report) {
      if (closed) return Promise.reject(new ExtractFailed('the server is shutting down'));
      if (queue.length + (running ? 1 : 0) >= maxQueue) return Promise.reject(new ExtractBusy(`${maxQueue} reports are already waiting to be extracted`));
      return new Promise<ExtractionRecord>((resolve, reject) => {
        queue.push({ id: nextId++, report, resolve, reject });
        pump();
      });
    },
    pending: () => queue.length + (running ? 1 : 0),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ExtractFailed('the server is shutting down'));
      const w = worker;
      worker = null;
      fail(new ExtractFailed('the server is shutting down'));
      if (w) await w.terminate();
    },
  };
}
