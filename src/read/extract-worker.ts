// An extraction thread of extract-pool.ts: reports POSTed to the server, or read by `ingest --jobs N`, are extracted
// here, off the thread that answers requests or writes the store. One message in ({id, report, readWarnings?,
// fallbackPublished?}), one out ({id, record, warned} or {id, error}).
import { parentPort } from 'node:worker_threads';
import { loadLexicon } from '../entities/index.js';
import type { Report } from '../record.js';
import { extractRead } from './extract-read.js';
import type { ExtractAnswer, ExtractJobOptions } from './extract-pool.js';

const lexicon = loadLexicon();
// Load the language model now, while nobody waits, rather than on the first report.
extractRead({ id: 'warm-up', source: null, text: 'Envoys met in Geneva on Monday.' }, [], { lexicon });
parentPort!.on('message', (job: { id: number; report: Report } & ExtractJobOptions) => {
  try {
    const warned: string[] = [];
    const record = extractRead(job.report, job.readWarnings ?? [], { lexicon }, { fallbackPublished: job.fallbackPublished ?? null, warn: (w) => warned.push(w) });
    parentPort!.postMessage({ id: job.id, record, warned } satisfies ExtractAnswer);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.message ?? String(e) } satisfies ExtractAnswer);
  }
});
