// The server engine (PostgreSQL): not built yet.
import { StoreError, type OpenOptions, type Store } from './types.js';

export async function openPostgres(_url: string, _opts: OpenOptions = {}): Promise<Store> {
  throw new StoreError('the PostgreSQL engine is not available in this build');
}
