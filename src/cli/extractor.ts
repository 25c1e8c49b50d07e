// Extraction for `ingest` and `worker`: in this thread (one job), or in N worker threads of the extraction pool.
// Either way each report gets the reader's warnings and the fallback date it came with, and the warnings that
// extraction finds are handed to `warn`.
import type { IngestDeps } from '../ingest/ingest.js';
import type { Report } from '../record.js';

/** A report as ingest and worker read it: with the reader's warnings and, from a queue, its run's fallback date. */
export type ReadReport = Report & { warnings?: string[]; fallbackPublished?: string | null };

export interface Extractor {
  extract: IngestDeps['extract'];
  /** Reports to extract ahead of the writer (IngestDeps.extractAhead). */
  ahead: number;
  close(): Promise<void>;
}

/**
 * Reports sent to one extraction thread before it answers: enough to keep it busy while this thread cannot hand it
 * the next one (it writes a batch, or its first geocoding reads the gazetteer for about a second). Measured on 2
 * cores: with one report at a time the thread sat idle for a third of the run.
 */
export const PER_THREAD = 16;

export async function openExtractor(jobs: number, fallback: (r: ReadReport) => string | null, warn: (r: Report, w: string) => void): Promise<Extractor> {
  if (jobs > 1) {
    // The threads load the model while the first reports are read. Records are admitted in input order, so a long
    // report holds up those behind it: a full inbox per thread keeps the other threads busy meanwhile.
    const threads = extractionThreads(jobs);
    const ahead = PER_THREAD * threads;
    const pool = (await import('../read/extract-pool.js')).extractPool({ threads, maxQueue: ahead, perThread: PER_THREAD });
    return {
      ahead,
      extract: async (r: ReadReport) => {
        const { record, warned } = await pool.extractWith(r, { readWarnings: r.warnings ?? [], fallbackPublished: fallback(r) });
        for (const w of warned) warn(r, w);
        return record;
      },
      close: () => pool.close(),
    };
  }
  const [{ loadLexicon }, { extractRead }] = await Promise.all([import('../entities/index.js'), import('../read/index.js')]);
  const lexicon = loadLexicon();
  return {
    ahead: 1,
    extract: (r: ReadReport) => extractRead(r, r.warnings ?? [], { lexicon }, { fallbackPublished: fallback(r), warn: (w) => warn(r, w) }),
    close: async () => {},
  };
}

/**
 * Extraction threads for `jobs` cores' worth of work: one fewer, since this thread is busy too (it reads, writes
 * the store and clones each record off its thread). Measured on 2 cores: two extraction threads beside the writer
 * ran slower than one job in this thread (three busy threads, plus each isolate's compile and GC threads, on two
 * cores); one extraction thread overlapping the writer ran faster.
 */
export function extractionThreads(jobs: number): number {
  return Math.max(1, jobs - 1);
}

/** `--jobs`/`--concurrency`: a whole number from 1 to 256, or null. */
export function threadCount(text: string): number | null {
  return /^\d{1,3}$/.test(text) && Number(text) >= 1 && Number(text) <= 256 ? Number(text) : null;
}
