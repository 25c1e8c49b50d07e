// The brief's own thread: opens the store file read-only beside the server's connection (WAL lets both read) and
// computes processes and briefs there, so a cold brief over a large store never blocks the server's other requests.
import { parentPort, workerData } from 'node:worker_threads';
import { brief, listProcesses, UnknownProcessError, type ParleyConfig } from '../index.js';
import { openStore } from '../store/index.js';

export interface BriefJob { id: number; kind: 'processes' | 'brief'; opts: { process?: string; since?: string } }
export type BriefAnswer = { id: number; value: unknown } | { id: number; error: string; unknownProcess: boolean };

const { path, config } = workerData as { path: string; config?: ParleyConfig };
const store = openStore(path);
parentPort!.on('message', async (job: BriefJob) => {
  try {
    const s = await store;
    const value = job.kind === 'processes' ? await listProcesses(s, { config }) : await brief(s, { ...job.opts, config });
    parentPort!.postMessage({ id: job.id, value } satisfies BriefAnswer);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message, unknownProcess: e instanceof UnknownProcessError } satisfies BriefAnswer);
  }
});
