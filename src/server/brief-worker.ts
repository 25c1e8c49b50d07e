// The brief's own thread: opens the store file read-only beside the server's connection (WAL lets both read) and
// computes processes, briefs, contacts and disputes there (jobs.ts), so a cold one over a large store never blocks
// the server's other requests.
import { parentPort, workerData } from 'node:worker_threads';
import { UnknownProcessError, type ParleyConfig } from '../index.js';
import { openStore } from '../store/index.js';
import { runJob, type BriefAnswer, type BriefJob } from './jobs.js';

export type { BriefAnswer, BriefJob } from './jobs.js';

const { path, config } = workerData as { path: string; config?: ParleyConfig };
const store = openStore(path);
parentPort!.on('message', async (job: BriefJob) => {
  try {
    const value = await runJob(await store, job.kind, job.opts, config);
    parentPort!.postMessage({ id: job.id, value } satisfies BriefAnswer);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message, unknownProcess: e instanceof UnknownProcessError } satisfies BriefAnswer);
  }
});
