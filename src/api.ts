// The short forms of the library for scripts: `extract` one report, `ingest` many into a store. They load the
// entity lexicon once, on first use; pass your own (loadLexicon(dir)) to use other data.
import type { ExtractionRecord, Report } from './record.js';
import type { Store } from './store/types.js';
import type { Lexicon } from './entities/lexicon.js';
import { loadLexicon } from './entities/index.js';
import { extractRead } from './read/extract-read.js';
import { ingestReports, type IngestItem, type IngestProgress, type IngestSummary } from './ingest/ingest.js';

export interface ExtractOptions {
  lexicon?: Lexicon;
  /** Reference date (YYYY-MM-DD) for a report that carries none, as `--published` does. */
  published?: string;
}

let defaultLexicon: Lexicon | undefined;
const lexiconOf = (o: ExtractOptions) => o.lexicon ?? (defaultLexicon ??= loadLexicon());

/** One report (or a bare text) to its extraction record (docs/record.md). */
export function extract(report: Report | string, opts: ExtractOptions = {}): ExtractionRecord {
  const r: Report = typeof report === 'string' ? { id: 'text', source: null, text: report } : report;
  return extractRead(r, [], { lexicon: lexiconOf(opts) }, { fallbackPublished: opts.published ?? null });
}

export interface IngestOptions extends ExtractOptions { onProgress?: (p: IngestProgress) => void; batchSize?: number }

/** Extracts and stores reports, each once (by normalised text); returns what was added, known and failed. */
export function ingest(store: Store, reports: Iterable<IngestItem> | AsyncIterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  return ingestReports(store, reports, { extract: (r) => extract(r, opts), batchSize: opts.batchSize }, opts.onProgress);
}
