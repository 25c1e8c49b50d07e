export { openStore, ftsQuery, ftsTermCount, storeError } from './sqlite.js';
export { StoreError } from './types.js';
export type * from './types.js';
