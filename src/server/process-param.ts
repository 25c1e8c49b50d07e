// `?process=NAME` on the list routes: keeps what belongs to one process. Finding a process's scope reads the whole
// store, so the filter is kept until the store's counts change; an unknown name is a 404 listing the known ones.
import { processFilter, UnknownProcessError, type ProcessFilter, type Store } from '../index.js';
import { NotFound } from './errors.js';

export const PROCESS_PARAM = { type: 'text', max: 200, description: 'only what belongs to this process (name, id or alias from /api/processes)' } as const;

export function processFilters(): (store: Store, name: string | undefined) => Promise<ProcessFilter | null> {
  const cache = new Map<string, ProcessFilter>();
  return async (store, name) => {
    if (!name) return null;
    const key = JSON.stringify([await store.counts(), name]);
    const hit = cache.get(key);
    if (hit) return hit;
    try {
      const f = await processFilter(store, name);
      if (cache.size >= 16) cache.delete(cache.keys().next().value!);
      cache.set(key, f);
      return f;
    } catch (e) {
      if (e instanceof UnknownProcessError) throw new NotFound(e.message);
      throw e;
    }
  };
}
