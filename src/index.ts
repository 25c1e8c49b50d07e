// The public library API. Adapters (CLI, server, web) call only what is exported here.
export { extractReport, type ExtractDeps } from './pipeline.js';
export { loadLexicon } from './entities/index.js';
export type * from './record.js';
export type { DocContext, EntityIndex, Mention, TraceEntry } from './context.js';
export { readInputs, extractRead, explainRecord, isRealDate, DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions, type ReadDeps, type Explanation } from './read/index.js';
