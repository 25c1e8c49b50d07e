// The public library API. Adapters (CLI, server, web) call only what is exported here.
export { extractReport, type ExtractDeps } from './pipeline.js';
export { loadLexicon } from './entities/index.js';
export type * from './record.js';
export type { DocContext, EntityIndex, Mention, TraceEntry } from './context.js';
export { readInputs, extractRead, explainRecord, isRealDate, DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions, type ReadDeps, type Explanation } from './read/index.js';
export { openStore, ftsTermCount, StoreError } from './store/index.js';
export type { Store, StoreCounts, EventFilter } from './store/types.js';
export { ingestReports, type IngestDeps, type IngestItem, type IngestSummary, type IngestProgress, type ReadFailure } from './ingest/ingest.js';
export { readFeed, DEFAULT_FEED, type FeedOptions } from './ingest/feed.js';
export { queryEvents, contacts, disputes, quotes, claims, search, resolveName, type EventView, type ContactView, type Dispute, type QuoteView, type ClaimListView } from './query/index.js';
export { exportEvents, EXPORT_FORMATS, type ExportFormat } from './export/index.js';
export { PLOVER_EVENTS } from './record.js';
export { eventView, eventLabel, EntityNames } from './query/index.js';
export { analyze, type Sentence } from './nlp/wink.js';
export { brief, listProcesses, parseConfig, applyConfig, findProcess, renderBrief, loadConfigFile, ConfigError, UnknownProcessError, type BriefOptions, type ParleyConfig, type Brief, type Process } from './brief/index.js';
