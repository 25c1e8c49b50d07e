// `--jobs N` with this thread extracting too: the pool's threads are kept fed first, and whenever they have enough
// waiting, this thread extracts the next report itself, between its writes. On 2 cores one extraction thread beside
// an otherwise idle writer left a core's worth of time unused; here the writer fills it.
import type { ExtractionRecord, Report } from '../record.js';

export interface SharedExtractDeps<R extends Report> {
  /** Hands a report to the pool's threads. */
  pooled: (report: R) => Promise<ExtractionRecord>;
  /** Reports the pool holds (waiting or running). */
  pending: () => number;
  /** Extracts a report in this thread. */
  inline: (report: R) => ExtractionRecord;
  /** Reports the pool should hold before this thread takes one: enough that its threads never wait while it works. */
  depth: number;
}

/** An IngestDeps.extract that keeps the pool `depth` deep and extracts the rest here (a value, not a promise). */
export function sharedExtract<R extends Report>(deps: SharedExtractDeps<R>): (report: R) => ExtractionRecord | Promise<ExtractionRecord> {
  return (report) => (deps.pending() < deps.depth ? deps.pooled(report) : deps.inline(report));
}
