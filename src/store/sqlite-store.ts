// The embedded engine's Store: better-sqlite3 statements behind the async interface. Statements run synchronously;
// transactions are BEGIN IMMEDIATE (the write lock first, so a concurrent writer waits for the busy timeout instead of
// failing on upgrade) with savepoints for nested calls, serialised per connection by Transactions.
import type Database from 'better-sqlite3';
import { storeCounts } from './counts.js';
import { SQL } from './sql.js';
import { countEvents, eventPlaces, eventWeeks, listEvents, toEvent } from './sqlite-events.js';
import { ftsQuery } from './fts.js';
import { Transactions } from './tx.js';
import type {
  CandidateQuery, ClaimRow, ClaimView, EntityRow, EntityView, EventFilter, EventRow, EventVote, IssueHitRow, MediationHitRow, MentionRow, MentionView,
  PlaceCount, ReportWrites, PlaceRow, QuoteRow, QuoteView, ReportHead, ReportMeta, ReportRow, SearchHit, Snapshot, Store, StoreCounts, StoreKeys, Vote, WeekCount,
} from './types.js';

type Stmt = Database.Statement<unknown[], unknown>;
const eventFacts = (e: EventRow) => ({ held: e.held === false ? 0 : 1, stated: e.stated ? JSON.stringify(e.stated) : null });
const bool = (b: boolean) => (b ? 1 : 0);
const toMention = (m: any): MentionView => ({ ...m, hedged: !!m.hedged, context: JSON.parse(m.context ?? '[]'), inferred: JSON.parse(m.inferred ?? '[]') });
/** Reports this many times fewer than the store holds are "a few" (read by report, not by issue). */
const FEW_REPORTS = 8;
// An issue sentence's named entities are a JSON array in SQLite; NULL (a store from before they were kept) stays null.
const issueHitParams = (h: IssueHitRow) => ({ ...h, entities: h.entities ? JSON.stringify(h.entities) : null });
const issueHitOf = (r: any): IssueHitRow => ({ ...r, entities: r.entities === null ? null : JSON.parse(r.entities) });
/** A group_concat of ids, ascending (SQLite does not promise the order of a group). */
const ids = (list: string) => list.split(',').map(Number).sort((a, b) => a - b);

export class SqliteStore implements Store {
  private readonly s: Record<keyof typeof SQL, Stmt>;
  private readonly tx: Transactions<Database.Database>;
  private writes = 0;
  constructor(private readonly db: Database.Database) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, db.prepare(q)])) as Record<keyof typeof SQL, Stmt>;
    this.tx = new Transactions<Database.Database>({
      begin: async () => { db.exec('BEGIN IMMEDIATE'); return db; },
      commit: async () => { db.exec('COMMIT'); },
      rollback: async () => { if (db.inTransaction) db.exec('ROLLBACK'); },
      savepoint: async (_c, n) => { db.exec(`SAVEPOINT ${n}`); },
      release: async (_c, n) => { db.exec(`RELEASE ${n}`); },
      rollbackTo: async (_c, n) => { db.exec(`ROLLBACK TO ${n}`); },
    });
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    this.writes++;
    return this.tx.run(fn);
  }
  // data_version moves when another connection commits; this connection's own writes are counted by `writes`.
  async version(): Promise<string> { return `${this.db.pragma('data_version', { simple: true })}:${this.writes}`; }
  async generation(): Promise<string> { return (this.s.generation.get() as { g: string }).g; }
  async hasReport(hash: string): Promise<boolean> { return this.s.hasReport.get(hash) !== undefined; }
  async knownKeys(k: StoreKeys): Promise<StoreKeys> {
    const held = (keys: string[], stmt: Stmt) => [...new Set(keys)].filter((x) => stmt.get(x) !== undefined);
    return { hashes: held(k.hashes, this.s.hasReport), docIds: held(k.docIds, this.s.reportByDocId), places: held(k.places, this.s.hasPlace) };
  }
  async insertReport(r: ReportRow): Promise<number> {
    const id = Number(this.s.insertReport.run(r).lastInsertRowid);
    this.s.indexReport.run(id, r.title ?? '', r.text);
    return id;
  }
  async entityByKey(key: string): Promise<EntityRow | undefined> { return this.s.entityByKey.get(key) as EntityRow | undefined; }
  async entitiesByKeys(keys: string[]): Promise<EntityRow[]> {
    return keys.map((k) => this.s.entityByKey.get(k) as EntityRow | undefined).filter((e): e is EntityRow => !!e);
  }
  async entitiesByFold(kind: string, fold: string): Promise<EntityRow[]> { return this.s.entitiesByFold.all(kind, fold) as EntityRow[]; }
  async insertEntity(e: EntityRow): Promise<number> {
    return Number(this.s.insertEntity.run({ office: null, wikidata: null, ...e }).lastInsertRowid);
  }
  async fillEntity(id: number, d: { office?: string | null; wikidata?: string | null }): Promise<void> {
    if (d.office || d.wikidata) this.s.fillEntity.run(d.office ?? null, d.wikidata ?? null, id);
  }
  async renameEntity(id: number, name: string): Promise<void> { this.s.renameEntity.run(name, id); }
  async linkReportEntity(reportId: number, entityId: number): Promise<void> { this.s.linkReportEntity.run(reportId, entityId); }
  async candidateEvents(category: string, pkey: string, mclass: string, lo: string, hi: string): Promise<EventRow[]> {
    return this.s.candidateEvents.all(category, pkey, mclass, hi, lo).map(toEvent);
  }
  async candidateEventsOf(queries: CandidateQuery[]): Promise<EventRow[][]> {
    return queries.map((q) => this.s.candidateEvents.all(q.category, q.pkey, q.mclass, q.hi, q.lo).map(toEvent));
  }
  async insertEvent(e: EventRow): Promise<number> {
    const id = Number(this.s.insertEvent.run({ ...e, actor: JSON.stringify(e.actor), recipient: JSON.stringify(e.recipient), ...eventFacts(e) }).lastInsertRowid);
    for (const entity of new Set([...e.actor, ...e.recipient])) this.s.linkEventEntity.run(id, entity);
    return id;
  }
  async nextEventId(): Promise<number> { return (this.s.nextEventId.get() as { id: number }).id; }
  async updateEvent(e: EventRow): Promise<void> { this.s.updateEvent.run({ ...e, actor: undefined, recipient: undefined, ...eventFacts(e) }); }
  async insertMention(m: MentionRow): Promise<void> {
    this.s.insertMention.run({
      ...m, hedged: bool(m.hedged), context: JSON.stringify(m.context ?? []), inferred: JSON.stringify(m.inferred ?? []), polarity: m.polarity ?? null,
    });
  }
  async vote(eventId: number, field: string, value: string, rank: number): Promise<Vote[]> {
    this.s.upsertVote.run({ event: eventId, field, value, rank });
    return this.votes(eventId, field);
  }
  async addOutlet(eventId: number, outlet: string): Promise<boolean> { return this.s.addOutlet.run(eventId, outlet).changes > 0; }
  async linkPlanned(planned: number, realised: number): Promise<void> { this.s.linkPlanned.run(planned, realised); }
  async eventTallies(eventIds: number[]): Promise<{ votes: EventVote[]; outlets: { event_id: number; outlet: string }[] }> {
    const list = JSON.stringify(eventIds);
    return { votes: this.s.eventVotesOf.all(list) as EventVote[], outlets: this.s.eventOutletsOf.all(list) as { event_id: number; outlet: string }[] };
  }
  async writeReport(w: ReportWrites): Promise<void> {
    for (const e of w.newEvents) {
      const id = await this.insertEvent(e);
      if (id !== e.id) throw new Error(`event stored as ${id}, reserved as ${e.id}: another writer inside this transaction?`);
    }
    for (const l of w.links) this.s.linkPlanned.run(l.planned, l.realised);
    for (const m of w.mentions) await this.insertMention(m);
    for (const e of w.events) await this.updateEvent(e);
    for (const v of w.votes) this.s.setVote.run(v);
    for (const o of w.outlets) this.s.addOutlet.run(o.event_id, o.outlet);
    for (const l of w.reportEntities) this.s.linkReportEntity.run(l.report_id, l.entity_id);
    await this.insertQuotes(w.quotes);
    await this.insertClaims(w.claims);
    await this.insertIssueHits(w.issueHits);
    await this.insertMediationHits(w.mediationHits);
  }
  async insertQuote(q: QuoteRow): Promise<void> {
    const id = this.s.insertQuote.run(q).lastInsertRowid;
    this.s.indexQuote.run(id, q.text);
  }
  async insertClaim(c: ClaimRow): Promise<void> { this.s.insertClaim.run({ ...c, approx: bool(c.approx), subject: c.subject ?? null, bound: c.bound ?? null }); }
  async unresolvedPlaces(): Promise<string[]> { return this.s.unresolvedPlaces.pluck().all() as string[]; }
  async insertIssueHit(h: IssueHitRow): Promise<void> { this.s.insertIssueHit.run(issueHitParams(h)); }
  async insertMediationHit(h: MediationHitRow): Promise<void> { this.s.insertMediationHit.run(h); }
  // Embedded: a statement costs no round trip, so the many-row forms run the prepared single-row ones.
  async linkReportEntities(reportId: number, ids: number[]): Promise<void> { for (const id of ids) this.s.linkReportEntity.run(reportId, id); }
  async insertQuotes(qs: QuoteRow[]): Promise<void> { for (const q of qs) await this.insertQuote(q); }
  async insertClaims(cs: ClaimRow[]): Promise<void> { for (const c of cs) await this.insertClaim(c); }
  async insertIssueHits(hs: IssueHitRow[]): Promise<void> { for (const h of hs) this.s.insertIssueHit.run(issueHitParams(h)); }
  async insertMediationHits(hs: MediationHitRow[]): Promise<void> { for (const h of hs) this.s.insertMediationHit.run(h); }
  async *mediationHits(): AsyncIterable<MediationHitRow> { yield* this.s.mediationHits.all() as MediationHitRow[]; }
  async mediationCounts(): Promise<{ report_id: number; entity_id: number; cue: string; n: number }[]> {
    return (this.s.mediationCounts.raw(true).all() as [number, number, string, number][]).map(([report_id, entity_id, cue, n]) => ({ report_id, entity_id, cue, n }));
  }
  async *issueHits(reportIds?: number[]): AsyncIterable<IssueHitRow> {
    yield* (reportIds ? this.s.issueHitsOf.all(JSON.stringify(reportIds)) : this.s.issueHits.all()).map(issueHitOf);
  }
  async latestIssueHits(reportIds: number[], issues: string[], n: number, cuedOnly = false): Promise<IssueHitRow[]> {
    if (!issues.length || !reportIds.length) return [];
    // A small share of the store reads its own rows; a large one walks each issue's index from the newest end.
    const few = reportIds.length * FEW_REPORTS < (this.s.maxReportId.pluck().get() as number);
    return (few ? this.s.latestIssueHitsOfFew : this.s.latestIssueHits).all({ reports: JSON.stringify(reportIds), issues: JSON.stringify(issues), n, cued: bool(cuedOnly) }).map(issueHitOf);
  }
  async issueCounts(reportIds: number[]): Promise<{ issue: string; n: number }[]> {
    return this.s.issueCounts.all(JSON.stringify(reportIds)) as { issue: string; n: number }[];
  }
  // Bulk reads go by pages of rows (raw arrays: faster than objects), so no statement stays open across an await.
  async *reportList(): AsyncIterable<ReportMeta> {
    for (const page of this.pages<[number, string, string, string | null]>(this.s.reportList, 0)) {
      for (const [id, doc_id, outlet, published] of page) yield { id, doc_id, outlet, published };
    }
  }
  async reportText(reportId: number): Promise<string | null> { return (this.s.reportText.get(reportId) as { text: string } | undefined)?.text ?? null; }
  async *reportEntityPairs(): AsyncIterable<{ report_id: number; entity_id: number }> {
    // Grouped per report in SQL: one row per report instead of one per pair.
    for (const page of this.pages<[number, string]>(this.s.reportEntityPairs, 0)) {
      for (const [report_id, ids] of page) for (const id of ids.split(',')) yield { report_id, entity_id: Number(id) };
    }
  }
  async *eventReports(): AsyncIterable<{ event_id: number; report_id: number }> {
    for (const page of this.pages<[number, string]>(this.s.eventReports, 0)) {
      for (const [event_id, ids] of page) {
        for (const report_id of ids.split(',').map(Number).sort((a, b) => a - b)) yield { event_id, report_id };
      }
    }
  }
  async reportEntityGroups(): Promise<{ entities: number[]; reports: number[] }[]> {
    return (this.s.reportEntityGroups.raw(true).all() as [string, string][]).map(([entities, reports]) => ({ entities: ids(entities), reports: ids(reports) }));
  }
  async eventReportLists(): Promise<{ event_id: number; reports: number[] }[]> {
    return (this.s.eventReportLists.raw(true).all() as [number, string][]).map(([event_id, reports]) => ({ event_id, reports: ids(reports) }));
  }
  async claimReportEntities(kinds: string[]): Promise<{ report_id: number; entities: number[] }[]> {
    return (this.s.claimReportEntities.raw(true).all(JSON.stringify(kinds)) as [number, string][])
      .map(([report_id, list]) => ({ report_id, entities: ids(list) }));
  }
  /** Keyset pages of a statement taking (after, limit), ordered by its first column. */
  private *pages<R extends unknown[]>(stmt: Stmt, first: number, size = 5000): Generator<R[]> {
    for (let after: unknown = first; ;) {
      const rows = stmt.raw(true).all(after, size) as R[];
      stmt.raw(false);
      if (rows.length) yield rows;
      if (rows.length < size) return;
      after = rows[rows.length - 1][0];
    }
  }
  async quoteCounts(): Promise<{ report_id: number; quotes: number; anonymous: number }[]> {
    return this.s.quoteCounts.all() as { report_id: number; quotes: number; anonymous: number }[];
  }

  // The dashboard's event reads: one filter, listed by pages, counted, tallied per week and per place.
  events(f: EventFilter): AsyncIterable<EventRow> { return listEvents(this.db, f); }
  async countEvents(f: EventFilter): Promise<number> { return countEvents(this.db, f); }
  async eventWeeks(f: EventFilter, by: 'category' | 'modality'): Promise<WeekCount[]> { return eventWeeks(this.db, f, by); }
  async eventPlaces(f: EventFilter): Promise<PlaceCount[]> { return eventPlaces(this.db, f); }
  async reportHead(docId: string): Promise<ReportHead | undefined> { return this.s.reportHead.get(docId) as ReportHead | undefined; }
  async reportItems(reportId: number): Promise<{ mentions: MentionRow[]; quotes: QuoteView[]; claims: ClaimView[] }> {
    return {
      mentions: (this.s.reportMentions.all(reportId) as any[]).map((m) => ({ ...m, hedged: !!m.hedged, context: JSON.parse(m.context ?? '[]'), inferred: JSON.parse(m.inferred ?? '[]') })),
      quotes: this.s.reportQuotes.all(reportId) as QuoteView[],
      claims: (this.s.reportClaims.all(reportId) as any[]).map((c) => ({ ...c, approx: !!c.approx })) as ClaimView[],
    };
  }
  async quotePage(offset: number, limit: number, docIds?: string[]): Promise<{ total: number; quotes: QuoteView[] }> {
    if (!docIds) return { total: this.s.quoteCount.pluck().get() as number, quotes: this.s.quotesPage.all(limit, offset) as QuoteView[] };
    const docs = JSON.stringify(docIds);
    return { total: this.s.quoteCountOf.pluck().get(docs) as number, quotes: this.s.quotesPageOf.all(docs, limit, offset) as QuoteView[] };
  }
  async hasPlace(name: string): Promise<boolean> { return this.s.hasPlace.get(name) !== undefined; }
  async insertPlace(p: PlaceRow): Promise<void> { this.s.insertPlace.run(p); }
  async event(id: number): Promise<EventRow | undefined> {
    const row = this.s.event.get(id);
    return row ? toEvent(row) : undefined;
  }
  async mentions(eventId: number, limit?: number): Promise<MentionView[]> {
    return (limit === undefined ? this.s.mentions.all(eventId) : this.s.firstMentions.all(eventId, limit)).map(toMention);
  }
  async firstMentionsOf(eventIds: number[], limit: number): Promise<MentionView[]> {
    return eventIds.length ? this.s.firstMentionsOf.all(JSON.stringify(eventIds), limit).map(toMention) : [];
  }
  async sinceMentionsOf(eventIds: number[]): Promise<MentionView[]> {
    return eventIds.length ? this.s.sinceMentionsOf.all(JSON.stringify(eventIds)).map(toMention) : [];
  }
  async votes(eventId: number, field: string): Promise<Vote[]> { return this.s.votes.all(eventId, field) as Vote[]; }
  async entity(id: number): Promise<EntityRow | undefined> { return this.s.entity.get(id) as EntityRow | undefined; }
  async entityRows(ids?: number[]): Promise<(EntityRow & { id: number })[]> {
    return (ids ? this.s.entitiesOf.all(JSON.stringify(ids)) : this.s.allEntities.all()) as (EntityRow & { id: number })[];
  }
  async entitiesMatching(fold: string): Promise<EntityRow[]> { return this.s.entitiesMatching.all(fold, fold) as EntityRow[]; }
  async entities(kind?: string): Promise<EntityView[]> { return this.s.entities.all({ kind: kind ?? null }) as EntityView[]; }
  async links(): Promise<{ planned: number; realised: number }[]> { return this.s.links.all() as { planned: number; realised: number }[]; }
  async eventLinks(eventId: number): Promise<{ planned: number; realised: number }[]> {
    return this.s.eventLinks.all(eventId, eventId) as { planned: number; realised: number }[];
  }
  async contestedEvents(field: string): Promise<number[]> { return this.s.contested.pluck().all(field) as number[]; }
  async reportEntityIds(reportId: number): Promise<number[]> { return this.s.reportEntities.pluck().all(reportId) as number[]; }
  async reportPublished(reportId: number): Promise<string | null> {
    return (this.s.reportPublished.get(reportId) as { published: string | null } | undefined)?.published ?? null;
  }
  async quotes(speakerIds?: number[], newest?: number): Promise<QuoteView[]> {
    if (speakerIds && newest !== undefined) return this.s.quotesOf.all({ speakers: JSON.stringify(speakerIds), n: newest }) as QuoteView[];
    const all = this.s.quotes.all() as QuoteView[];
    return speakerIds ? all.filter((q) => q.speaker !== null && speakerIds.includes(q.speaker)) : all;
  }
  async claims(kind?: string): Promise<ClaimView[]> {
    const rows = (kind ? this.s.claimsOfKind.all(kind) : this.s.claims.all()) as any[];
    return rows.map((c) => ({ ...c, approx: !!c.approx })) as ClaimView[];
  }
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    return [...this.s.searchReports.all(match, limit), ...this.s.searchQuotes.all(match, limit)] as SearchHit[];
  }
  async report(docId: string): Promise<(ReportRow & { id: number }) | undefined> {
    return this.s.reportByDocId.get(docId) as (ReportRow & { id: number }) | undefined;
  }
  async counts(): Promise<StoreCounts> { return storeCounts(this.s.counts.all() as { name: string; n: number }[]); }
  async snapshot(key: string): Promise<Snapshot | undefined> { return this.s.snapshot.get(key) as Snapshot | undefined; }
  // Outside `transaction`, so `writes` (and the version) stay: a snapshot is not content.
  async saveSnapshot(key: string, body: string): Promise<void> { this.s.saveSnapshot.run(key, body); }
  async close(): Promise<void> { this.db.close(); }
}
