export { openStore, ftsQuery } from './sqlite.js';
export type * from './types.js';
