// Reads the brief needs that the Store interface does not offer yet: every stored report's text, and every entity.
// Entities come through the interface (entity(id)); report texts through an optional `reports()` on the store, or,
// for the embedded SQLite store, one read-only SELECT on its database handle. (Asked for in the store: a
// `reports()` read method, after which the fallback goes.)
import type Database from 'better-sqlite3';
import type { EntityRow, Store } from '../store/types.js';

export interface ReportText { id: number; doc_id: string; outlet: string; published: string | null; text: string }

type WithReports = Store & { reports?: () => Iterable<ReportText> };

export function storedReports(store: Store): ReportText[] {
  const own = (store as WithReports).reports;
  if (typeof own === 'function') return [...own.call(store)];
  const db = (store as unknown as { db?: Database.Database }).db;
  if (!db || typeof db.prepare !== 'function') return [];
  return db.prepare('SELECT id, doc_id, outlet, published, text FROM reports ORDER BY id').all() as ReportText[];
}

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
