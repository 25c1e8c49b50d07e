// The whole-store reads that take seconds on a big store, as jobs: the brief worker runs them off the request path,
// and a server on an in-memory store runs them inline. Either way one function decides what a job computes.
import { brief, contacts, disputes, listProcesses, type ParleyConfig, type Store } from '../index.js';

export type JobKind = 'processes' | 'brief' | 'contacts' | 'disputes';
export interface BriefJob { id: number; kind: JobKind; opts: { process?: string; since?: string } }
export type BriefAnswer = { id: number; value: unknown } | { id: number; error: string; unknownProcess: boolean };

export function runJob(store: Store, kind: JobKind, opts: BriefJob['opts'], config?: ParleyConfig): Promise<unknown> {
  switch (kind) {
    case 'processes': return listProcesses(store, { config });
    case 'contacts': return contacts(store);
    case 'disputes': return disputes(store);
    default: return brief(store, { ...opts, config });
  }
}
