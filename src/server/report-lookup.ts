// Finding a stored report by document id. The Store interface has no read for a report's text yet; until it gains one
// (`report(docId)`, asked for), the embedded SQLite store's own database handle answers one read-only SELECT. This is
// the only SQL in the server and it goes away when the store grows the method.
import type Database from 'better-sqlite3';
import type { Store } from '../index.js';
import type { ReportRow } from '../store/types.js';
import type { ReportLookup } from './document.js';

type StoredReport = ReportRow & { id: number };
type WithReport = Store & { report?: (docId: string) => StoredReport | undefined };

export function reportLookup(store: Store): ReportLookup {
  const own = (store as WithReport).report;
  if (typeof own === 'function') return (docId) => own.call(store, docId);
  const db = (store as unknown as { db?: Database.Database }).db;
  if (!db || typeof db.prepare !== 'function') return () => undefined;
  const byDocId = db.prepare('SELECT * FROM reports WHERE doc_id = ? ORDER BY id LIMIT 1');
  return (docId) => byDocId.get(docId) as StoredReport | undefined;
}
