// The server engine's many-at-once forms that ingest writes with (merge/session.ts): a report's candidate look-ups
// in one statement, and everything it writes last as JSON rows, one parameter per table, in one statement.
import { toEvent, type Rows } from './pg-events.js';
import { searchText } from './pg-search.js';
import { PG_SQL as Q } from './pg-sql.js';
import type { CandidateQuery, EventRow, ReportWrites } from './types.js';

export async function candidateEventsOf(rows: Rows, queries: CandidateQuery[]): Promise<EventRow[][]> {
  const lists: EventRow[][] = queries.map(() => []);
  if (!queries.length) return lists;
  const column = (k: keyof CandidateQuery) => queries.map((q) => q[k]);
  const found = await rows(Q.candidateEventsOf, [column('category'), column('pkey'), column('mclass'), column('lo'), column('hi')]);
  for (const { query_at, ...row } of found) lists[query_at - 1].push(toEvent(row));
  return lists;
}

/** The statement's parameters, in its order; null when there is nothing to write. */
export function reportWriteArgs(w: ReportWrites): (string | null)[] | null {
  const events = w.events.map((e) => ({ ...e, held: e.held !== false, stated: e.stated ?? null }));
  const mentions = w.mentions.map((m) => ({ ...m, context: m.context ?? [], inferred: m.inferred ?? [], polarity: m.polarity ?? null }));
  // A quote's search vector is made by the server from its search text, as insertQuote does.
  const quotes = w.quotes.map((q) => ({ ...q, search: searchText(q.text) }));
  const claims = w.claims.map((c) => ({ ...c, subject: c.subject ?? null, bound: c.bound ?? null }));
  const issueHits = w.issueHits.map((h) => ({ ...h, entities: h.entities ?? null }));
  const newEvents = w.newEvents.map((e) => ({ ...e, held: e.held !== false, stated: e.stated ?? null }));
  const tables = [mentions, events, w.votes, w.outlets, w.reportEntities, quotes, claims, issueHits, w.mediationHits, newEvents, w.links];
  if (!tables.some((t) => t.length)) return null;
  return [...tables.map((t) => JSON.stringify(t)), w.nextEventId === null ? null : String(w.nextEventId)];
}
