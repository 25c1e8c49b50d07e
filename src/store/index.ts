export { openStore, storeError } from './open.js';
export { ftsQuery, ftsTermCount } from './fts.js';
export { StoreError } from './types.js';
export { isDuplicateReport } from './errors.js';
export { isPostgresUrl } from './open.js';
export type * from './types.js';
