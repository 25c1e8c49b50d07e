// Reads the brief needs beyond single rows: every entity (through the interface's entity(id)), and the shape of a
// report with its text, which an evidence reader takes one report at a time (never all texts at once).
import type { EntityRow, Store } from '../store/types.js';

export interface ReportText { id: number; doc_id: string; outlet: string; published: string | null; text: string }

/** Every stored entity with its id. Ids are row ids without deletions, so a scan stops once all are seen. */
export function storedEntities(store: Store): (EntityRow & { id: number })[] {
  const total = store.counts().entities;
  const out: (EntityRow & { id: number })[] = [];
  for (let id = 1, misses = 0; out.length < total && misses < 1000; id++) {
    const e = store.entity(id);
    if (e) { out.push({ ...e, id }); misses = 0; } else misses++;
  }
  return out;
}
