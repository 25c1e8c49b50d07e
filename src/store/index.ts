export { openStore, storeError } from './open.js';
export { ftsQuery, ftsTermCount } from './fts.js';
export { StoreError } from './types.js';
export type * from './types.js';
