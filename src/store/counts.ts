// The store's row counts, as both engines keep them: one row per counted table in row_counts, moved by triggers in
// the transaction of every insert, so reading them costs a look-up of seven rows, not a count of a million.
import type { StoreCounts } from './types.js';

/** The counted table behind each field of StoreCounts. */
const TABLE_OF: Record<keyof StoreCounts, string> = {
  reports: 'reports', entities: 'entities', events: 'events', mentions: 'mentions', quotes: 'quotes', claims: 'claims', links: 'event_links',
};

export function storeCounts(rows: { name: string; n: number }[]): StoreCounts {
  const n = new Map(rows.map((r) => [r.name, Number(r.n)]));
  return Object.fromEntries(Object.entries(TABLE_OF).map(([field, table]) => [field, n.get(table) ?? 0])) as unknown as StoreCounts;
}
