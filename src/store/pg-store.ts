// The server engine's Store: PostgreSQL through a pg connection pool. Reads outside a transaction take any pooled
// connection; a transaction holds one client, found by every call in its async context, and takes the store's write
// lock (pg-tx.ts), so concurrent writers never create one canonical event or entity twice; readers never wait for it.
// A writer killed mid-transaction loses only its open transaction (PostgreSQL rolls it back), and a rerun redoes it.
import type pg from 'pg';
import { storeCounts } from './counts.js';
import { countEvents, eventPlaces, eventWeeks, listEvents, toEvent, type Row, type Rows } from './pg-events.js';
import { insertValues, valuesList } from './pg-insert.js';
import { candidateEventsOf, reportWriteArgs } from './pg-report-writes.js';
import { searchText, tsQuery } from './pg-search.js';
import { PG_SQL as Q } from './pg-sql.js';
import { writeTransactions } from './pg-tx.js';
import type { Transactions } from './tx.js';
import type {
  CandidateQuery, ClaimRow, ClaimView, EntityRow, EntityView, EventFilter, EventRow, EventVote, IssueHitRow, MediationHitRow, MentionRow, MentionView,
  PlaceCount, ReportWrites, PlaceRow, QuoteRow, QuoteView, ReportHead, ReportMeta, ReportRow, SearchHit, Snapshot, Store, StoreCounts, StoreKeys, Vote, WeekCount,
} from './types.js';

export { WRITE_LOCK } from './pg-tx.js';
const PAGE = 5000;

type Client = pg.PoolClient;
const STATEMENT_NAMES = new Map<string, string>(Object.entries(Q).flatMap(([name, sql]) => (typeof sql === 'string' ? [[sql, `parley_${name}`] as const] : [])));

export class PgStore implements Store {
  private readonly tx: Transactions<Client>;
  constructor(private readonly pool: pg.Pool) {
    this.tx = writeTransactions(pool, Q.bumpVersion);
  }

  private async rows(sql: string, args: unknown[] = []): Promise<Row[]> {
    return (await this.query(sql, args)).rows;
  }
  private readonly rowsOf: Rows = (sql, args) => this.rows(sql, args);
  /** The store's fixed statements go as named (prepared) ones: each connection parses and plans them once. */
  private query(sql: string, args: unknown[]): Promise<pg.QueryResult> {
    const name = STATEMENT_NAMES.get(sql);
    return (this.tx.current() ?? this.pool).query(name ? { name, text: sql, values: args } : { text: sql, values: args });
  }
  private async one(sql: string, args: unknown[] = []): Promise<Row | undefined> { return (await this.rows(sql, args))[0]; }
  private async run(sql: string, args: unknown[] = []): Promise<number> {
    return (await this.query(sql, args)).rowCount ?? 0;
  }
  /** Keyset pages of a statement taking (after, limit), ordered by its first column `key`. */
  private async *pages(sql: string, key: string): AsyncGenerator<Row[]> {
    for (let after = 0; ;) {
      const rows = await this.rows(sql, [after, PAGE]);
      if (rows.length) yield rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1][key];
    }
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> { return this.tx.run(fn); }
  async version(): Promise<string> { return String((await this.one(Q.version))?.version ?? 0); }
  // parley_meta.version is kept in the database and moves on every committed write: it already is one.
  async generation(): Promise<string> { return this.version(); }
  async hasReport(hash: string): Promise<boolean> { return !!(await this.one(Q.hasReport, [hash])); }
  async knownKeys(k: StoreKeys): Promise<StoreKeys> { return (await this.one(Q.knownKeys, [k.hashes, k.docIds, k.places])) as StoreKeys; }
  async insertReport(r: ReportRow): Promise<number> {
    const row = await this.one(Q.insertReport, [r.hash, r.doc_id, r.source, r.outlet, r.title, r.published, r.text, searchText(`${r.title ?? ''} ${r.text}`)]);
    return row!.id;
  }
  async entityByKey(key: string): Promise<EntityRow | undefined> { return (await this.one(Q.entityByKey, [key])) as EntityRow | undefined; }
  async entitiesByKeys(keys: string[]): Promise<EntityRow[]> { return keys.length ? (await this.rows(Q.entitiesByKeys, [keys])) as EntityRow[] : []; }
  async entitiesByFold(kind: string, fold: string): Promise<EntityRow[]> { return (await this.rows(Q.entitiesByFold, [kind, fold])) as EntityRow[]; }
  async insertEntity(e: EntityRow): Promise<number> {
    return (await this.one(Q.insertEntity, [e.key, e.kind, e.country, e.name, e.fold, e.office ?? null, e.wikidata ?? null]))!.id;
  }
  async fillEntity(id: number, d: { office?: string | null; wikidata?: string | null }): Promise<void> {
    if (d.office || d.wikidata) await this.run(Q.fillEntity, [d.office ?? null, d.wikidata ?? null, id]);
  }
  async renameEntity(id: number, name: string): Promise<void> { await this.run(Q.renameEntity, [name, id]); }
  async linkReportEntity(reportId: number, entityId: number): Promise<void> { await this.run(Q.linkReportEntity, [reportId, entityId]); }
  async candidateEvents(category: string, pkey: string, mclass: string, lo: string, hi: string): Promise<EventRow[]> {
    return (await this.rows(Q.candidateEvents, [category, pkey, mclass, hi, lo])).map(toEvent);
  }
  async candidateEventsOf(queries: CandidateQuery[]): Promise<EventRow[][]> { return candidateEventsOf(this.rowsOf, queries); }
  async insertEvent(e: EventRow): Promise<number> {
    return (await this.one(Q.insertEvent, [e.category, e.mode, e.actor, e.recipient, e.pkey, e.mclass, e.modality, e.date,
      e.granularity, e.lo, e.hi, e.place, e.source_count, e.mention_count, e.held !== false, e.stated ?? null,
      [...new Set([...e.actor, ...e.recipient])]]))!.id as number;
  }
  async nextEventId(): Promise<number> { return (await this.one(Q.nextEventId))!.id as number; }
  async updateEvent(e: EventRow): Promise<void> {
    await this.run(Q.updateEvent, [e.mode, e.modality, e.date, e.granularity, e.lo, e.hi, e.place, e.source_count, e.mention_count,
      e.held !== false, e.stated ?? null, e.id]);
  }
  async insertMention(m: MentionRow): Promise<void> {
    await this.run(Q.insertMention, [m.event_id, m.report_id, m.doc_event, m.mode, m.modality, m.date, m.granularity, m.date_text,
      m.since, m.until, m.place, m.hedged, m.reported_by, m.start, m.end, m.evidence, m.rule, m.context ?? [], m.inferred ?? [],
      m.polarity ?? null]);
  }
  async vote(eventId: number, field: string, value: string, rank: number): Promise<Vote[]> {
    return (await this.rows(Q.voteAndTally, [eventId, field, value, rank])) as Vote[];
  }
  async addOutlet(eventId: number, outlet: string): Promise<boolean> { return (await this.run(Q.addOutlet, [eventId, outlet])) > 0; }
  async linkPlanned(planned: number, realised: number): Promise<void> { await this.run(Q.linkPlanned, [planned, realised]); }
  async eventTallies(eventIds: number[]): Promise<{ votes: EventVote[]; outlets: { event_id: number; outlet: string }[] }> {
    if (!eventIds.length) return { votes: [], outlets: [] };
    return (await this.one(Q.eventTallies, [eventIds])) as { votes: EventVote[]; outlets: { event_id: number; outlet: string }[] };
  }
  async writeReport(w: ReportWrites): Promise<void> {
    const args = reportWriteArgs(w);
    if (args) await this.run(Q.writeReport, args);
  }
  async insertQuote(q: QuoteRow): Promise<void> {
    await this.run(Q.insertQuote, [q.report_id, q.speaker, q.speaker_text, q.cue, q.text, q.start, q.end, searchText(q.text)]);
  }
  async insertClaim(c: ClaimRow): Promise<void> {
    await this.run(Q.insertClaim, [c.report_id, c.kind, c.value, c.approx, c.about, c.about_event, c.speaker, c.date, c.start, c.end,
      c.evidence, c.subject ?? null, c.bound ?? null]);
  }
  async insertIssueHit(h: IssueHitRow): Promise<void> {
    await this.run(Q.insertIssueHit, [h.report_id, h.issue, h.published, h.start, h.end, h.status, h.cue, h.level, h.polarity, h.entities ?? null]);
  }
  async insertMediationHit(h: MediationHitRow): Promise<void> {
    await this.run(Q.insertMediationHit, [h.report_id, h.entity_id, h.cue, h.start, h.end]);
  }
  async linkReportEntities(reportId: number, ids: number[]): Promise<void> {
    await this.insertValues(Q.linkReportEntitiesHead, [...new Set(ids)].map((id) => [reportId, id]), -1, ' ON CONFLICT DO NOTHING');
  }
  async insertQuotes(qs: QuoteRow[]): Promise<void> {
    await this.insertValues(Q.insertQuotesHead, qs.map((q) => [q.report_id, q.speaker, q.speaker_text, q.cue, q.text, q.start, q.end, searchText(q.text)]), 7);
  }
  async insertClaims(cs: ClaimRow[]): Promise<void> {
    await this.insertValues(Q.insertClaimsHead, cs.map((c) => [c.report_id, c.kind, c.value, c.approx, c.about, c.about_event, c.speaker, c.date,
      c.start, c.end, c.evidence, c.subject ?? null, c.bound ?? null]));
  }
  async insertIssueHits(hs: IssueHitRow[]): Promise<void> {
    await this.insertValues(Q.insertIssueHitsHead, hs.map((h) => [h.report_id, h.issue, h.published, h.start, h.end, h.status, h.cue, h.level, h.polarity, h.entities ?? null]));
  }
  async insertMediationHits(hs: MediationHitRow[]): Promise<void> {
    await this.insertValues(Q.insertMediationHitsHead, hs.map((h) => [h.report_id, h.entity_id, h.cue, h.start, h.end]));
  }
  private insertValues(head: string, rows: unknown[][], tsvAt = -1, tail = ''): Promise<void> {
    return insertValues((sql, args) => this.run(sql, args), head, rows, tsvAt, tail);
  }
  async *mediationHits(): AsyncIterable<MediationHitRow> { yield* (await this.rows(Q.mediationHits)) as MediationHitRow[]; }
  async *issueHits(reportIds?: number[]): AsyncIterable<IssueHitRow> {
    yield* (await (reportIds ? this.rows(Q.issueHitsOf, [reportIds]) : this.rows(Q.issueHits))) as IssueHitRow[];
  }
  async latestIssueHits(reportIds: number[], issues: string[], n: number, cuedOnly = false): Promise<IssueHitRow[]> {
    if (!issues.length || !reportIds.length) return [];
    return (await this.rows(Q.latestIssueHits, [reportIds, issues, n, cuedOnly])) as IssueHitRow[];
  }
  async issueCounts(reportIds: number[]): Promise<{ issue: string; n: number }[]> {
    return (await this.rows(Q.issueCounts, [reportIds])) as { issue: string; n: number }[];
  }
  async *reportList(): AsyncIterable<ReportMeta> {
    for await (const page of this.pages(Q.reportList, 'id')) yield* page as ReportMeta[];
  }
  async reportText(reportId: number): Promise<string | null> { return (await this.one(Q.reportText, [reportId]))?.text ?? null; }
  async *reportEntityPairs(): AsyncIterable<{ report_id: number; entity_id: number }> {
    for await (const page of this.pages(Q.reportEntityPairs, 'report_id')) {
      for (const { report_id, ids } of page) for (const entity_id of ids as number[]) yield { report_id, entity_id };
    }
  }
  async *eventReports(): AsyncIterable<{ event_id: number; report_id: number }> {
    for await (const page of this.pages(Q.eventReports, 'event_id')) {
      for (const { event_id, ids } of page) for (const report_id of ids as number[]) yield { event_id, report_id };
    }
  }
  async reportEntityGroups(): Promise<{ entities: number[]; reports: number[] }[]> {
    return (await this.rows(Q.reportEntityGroups)) as { entities: number[]; reports: number[] }[];
  }
  async eventReportLists(): Promise<{ event_id: number; reports: number[] }[]> {
    return (await this.rows(Q.eventReportLists)) as { event_id: number; reports: number[] }[];
  }
  async claimReportEntities(kinds: string[]): Promise<{ report_id: number; entities: number[] }[]> {
    return (await this.rows(Q.claimReportEntities, [kinds])) as { report_id: number; entities: number[] }[];
  }
  async mediationCounts(): Promise<{ report_id: number; entity_id: number; cue: string; n: number }[]> {
    return (await this.rows(Q.mediationCounts)) as { report_id: number; entity_id: number; cue: string; n: number }[];
  }
  async unresolvedPlaces(): Promise<string[]> { return (await this.rows(Q.unresolvedPlaces)).map((r) => r.place as string); }
  async quoteCounts(): Promise<{ report_id: number; quotes: number; anonymous: number }[]> {
    return (await this.rows(Q.quoteCounts)) as { report_id: number; quotes: number; anonymous: number }[];
  }

  // The dashboard's event reads: one filter, listed by pages, counted, tallied per week and per place.
  events(f: EventFilter): AsyncIterable<EventRow> { return listEvents(this.rowsOf, f); }
  async countEvents(f: EventFilter): Promise<number> { return countEvents(this.rowsOf, f); }
  async eventWeeks(f: EventFilter, by: 'category' | 'modality'): Promise<WeekCount[]> { return eventWeeks(this.rowsOf, f, by); }
  async eventPlaces(f: EventFilter): Promise<PlaceCount[]> { return eventPlaces(this.rowsOf, f); }
  async reportHead(docId: string): Promise<ReportHead | undefined> { return (await this.one(Q.reportHead, [docId])) as ReportHead | undefined; }
  async reportItems(reportId: number): Promise<{ mentions: MentionRow[]; quotes: QuoteView[]; claims: ClaimView[] }> {
    const [mentions, quotes, claims] = await Promise.all([Q.reportMentions, Q.reportQuotes, Q.reportClaims].map((q) => this.rows(q, [reportId])));
    return { mentions: mentions as MentionRow[], quotes: quotes as QuoteView[], claims: claims as ClaimView[] };
  }
  async quotePage(offset: number, limit: number, docIds?: string[]): Promise<{ total: number; quotes: QuoteView[] }> {
    if (!docIds) return { total: (await this.one(Q.quoteCount))!.n, quotes: (await this.rows(Q.quotesPage, [limit, offset])) as QuoteView[] };
    const [count, rows] = await Promise.all([this.one(Q.quoteCountOf, [docIds]), this.rows(Q.quotesPageOf, [limit, offset, docIds])]);
    return { total: Number(count!.n), quotes: rows as QuoteView[] };
  }
  async hasPlace(name: string): Promise<boolean> { return !!(await this.one(Q.hasPlace, [name])); }
  async insertPlace(p: PlaceRow): Promise<void> { await this.run(Q.insertPlace, [p.name, p.lat, p.lon, p.country, p.rule]); }
  async event(id: number): Promise<EventRow | undefined> {
    const row = await this.one(Q.event, [id]);
    return row ? toEvent(row) : undefined;
  }
  async mentions(eventId: number, limit?: number): Promise<MentionView[]> {
    return (await (limit === undefined ? this.rows(Q.mentions, [eventId]) : this.rows(Q.firstMentions, [eventId, limit]))) as MentionView[];
  }
  async firstMentionsOf(eventIds: number[], limit: number): Promise<MentionView[]> {
    return eventIds.length ? (await this.rows(Q.firstMentionsOf, [eventIds, limit])) as MentionView[] : [];
  }
  async sinceMentionsOf(eventIds: number[]): Promise<MentionView[]> {
    return eventIds.length ? (await this.rows(Q.sinceMentionsOf, [eventIds])) as MentionView[] : [];
  }
  async votes(eventId: number, field: string): Promise<Vote[]> { return (await this.rows(Q.votes, [eventId, field])) as Vote[]; }
  async entity(id: number): Promise<EntityRow | undefined> { return (await this.one(Q.entity, [id])) as EntityRow | undefined; }
  async entityRows(ids?: number[]): Promise<(EntityRow & { id: number })[]> {
    return (await (ids ? this.rows(Q.entitiesOf, [ids]) : this.rows(Q.allEntities))) as (EntityRow & { id: number })[];
  }
  async entitiesMatching(fold: string): Promise<EntityRow[]> { return (await this.rows(Q.entitiesMatching, [fold])) as EntityRow[]; }
  async entities(kind?: string): Promise<EntityView[]> { return (await this.rows(Q.entities, [kind ?? null])) as EntityView[]; }
  async links(): Promise<{ planned: number; realised: number }[]> { return (await this.rows(Q.links)) as { planned: number; realised: number }[]; }
  async eventLinks(eventId: number): Promise<{ planned: number; realised: number }[]> {
    return (await this.rows(Q.eventLinks, [eventId])) as { planned: number; realised: number }[];
  }
  async contestedEvents(field: string): Promise<number[]> { return (await this.rows(Q.contested, [field])).map((r) => r.event_id); }
  async reportEntityIds(reportId: number): Promise<number[]> { return (await this.rows(Q.reportEntities, [reportId])).map((r) => r.entity_id); }
  async reportPublished(reportId: number): Promise<string | null> { return (await this.one(Q.reportPublished, [reportId]))?.published ?? null; }
  async quotes(speakerIds?: number[], newest?: number): Promise<QuoteView[]> {
    if (speakerIds && newest !== undefined) return (await this.rows(Q.quotesOf, [speakerIds, newest])) as QuoteView[];
    const all = (await this.rows(Q.quotes)) as QuoteView[];
    return speakerIds ? all.filter((q) => q.speaker !== null && speakerIds.includes(q.speaker)) : all;
  }
  async claims(kind?: string): Promise<ClaimView[]> {
    return (await (kind ? this.rows(Q.claimsOfKind, [kind]) : this.rows(Q.claims))) as ClaimView[];
  }
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const q = tsQuery(query, 1);
    if (!q) return [];
    const n = `$${q.args.length + 1}`;
    const [reports, quotes] = await Promise.all([
      this.rows(Q.searchReports(q.sql, n), [...q.args, limit]), this.rows(Q.searchQuotes(q.sql, n), [...q.args, limit]),
    ]);
    return [...reports, ...quotes] as SearchHit[];
  }
  async report(docId: string): Promise<(ReportRow & { id: number }) | undefined> {
    return (await this.one(Q.reportByDocId, [docId])) as (ReportRow & { id: number }) | undefined;
  }
  async counts(): Promise<StoreCounts> { return storeCounts((await this.rows(Q.counts)) as { name: string; n: number }[]); }
  async snapshot(key: string): Promise<Snapshot | undefined> { return (await this.one(Q.snapshot, [key])) as Snapshot | undefined; }
  // Not through `transaction`: a snapshot is not content, so parley_meta.version stays.
  async saveSnapshot(key: string, body: string): Promise<void> { await this.run(Q.saveSnapshot, [key, body]); }
  async close(): Promise<void> { await this.pool.end(); }

  // Bulk copy (parley migrate): rows as they are, ids included; `tsvAt` names the column built as a tsvector.
  async insertRows(table: string, columns: string[], rows: unknown[][], tsvAt = -1): Promise<void> {
    await this.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(columns.length, rows.length, tsvAt)}`, rows.flat());
  }
  /** Moves each table's id sequence past the ids copied in, so the next insert gets a new one. */
  async resetIds(tables: string[]): Promise<void> {
    for (const t of tables) await this.run(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), coalesce((SELECT max(id) FROM ${t}), 0) + 1, false)`);
  }
  async analyze(): Promise<void> { await this.run('ANALYZE'); }
  async rowCount(table: string): Promise<number> { return (await this.one(`SELECT count(*) AS n FROM ${table}`))!.n; }
}

