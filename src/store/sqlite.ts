// The embedded store: SQLite through better-sqlite3, WAL journal, migrations by user_version, FTS5 search.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { SQL } from './sql.js';
import { eventWhere, WEEK_OF } from './event-sql.js';
import { StoreError, type OpenOptions } from './types.js';
import type {
  ClaimRow, ClaimView, EntityRow, EntityView, EventFilter, EventRow, IssueHitRow, MediationHitRow, MentionRow, MentionView,
  PlaceCount, PlaceRow, QuoteRow, QuoteView, ReportHead, ReportMeta, ReportRow, SearchHit, Store, StoreCounts, Vote, WeekCount,
} from './types.js';

type Stmt = Database.Statement<unknown[], unknown>;

/** Tables every Parley store has; a file without them is someone else's database. */
const PARLEY_TABLES = ['reports', 'entities', 'events', 'mentions'];
/** How long a write waits for another process's write (two ingests at once) before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens the store at `path`; ':memory:' for a throwaway one. Read-write (ingest, serve) creates and migrates it;
 * read-only (query commands) never writes a byte: no schema, no WAL switch. Either way a file that is not a Parley
 * store, or is corrupt, is refused with a StoreError naming it; a foreign database is never given Parley's schema.
 */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  let db: Database.Database | undefined;
  // An in-memory store cannot be opened read-only: it is new and empty either way.
  const readOnly = !!opts.readOnly && path !== ':memory:';
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: readOnly, timeout: BUSY_TIMEOUT_MS });
    checkParley(db, path, readOnly);
    if (readOnly && (db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length) {
      // A Parley store from an earlier version: queries need its new columns, so it is upgraded once (it is ours).
      db.close();
      db = undefined;
      openStore(path).close();
      db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    }
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!readOnly) migrate(db);
    return new SqliteStore(db);
  } catch (e) {
    db?.close();
    throw storeError(e, path);
  }
}

/** Refuses a database that is not a Parley store; an empty one may become one, but only when opened for writing. */
function checkParley(db: Database.Database, path: string, readOnly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const missing = PARLEY_TABLES.filter((t) => !tables.has(t));
  if (version > MIGRATIONS.length) throw new StoreError(`${path} was written by a newer Parley (schema ${version}; this one knows ${MIGRATIONS.length})`);
  if (version > 0 && !missing.length) return;
  if (version === 0 && tables.size === 0 && !readOnly) return;
  if (version === 0 && tables.size === 0) throw new StoreError(`${path} is not a Parley store (an empty database; run parley ingest to fill it)`);
  throw new StoreError(`${path} is not a Parley store (${missing.length ? `no ${missing.join(', ')} table` : 'unknown schema'}); refusing to touch it`);
}

/** A SQLite failure on open or query as one line naming the file: corrupt, not a database, locked, unreadable. */
export function storeError(e: unknown, path: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const why = (e as Error)?.message ?? String(e);
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path} is not a Parley store (not an SQLite database)`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(`${path} is corrupt (${why}); restore it from a copy or ingest again into a new file`);
  if (code === 'SQLITE_CANTOPEN') return new StoreError(`cannot open the store ${path} (${why})`);
  if (code.startsWith('SQLITE_BUSY')) return new StoreError(`the store ${path} is busy (another process holds it for writing: ${why})`);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError(`the store ${path} is read-only (${why})`);
  if (code.startsWith('SQLITE_')) return new StoreError(`the store ${path}: ${why}`);
  return e instanceof Error ? e : new Error(why);
}

export function migrate(db: Database.Database): void {
  if ((db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
  // IMMEDIATE, with the version read again inside: two processes opening a new store at once (two workers) migrate it
  // once; the second waits for the first and finds nothing left to do.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}

function toEvent(row: any): EventRow {
  return { ...row, actor: JSON.parse(row.actor), recipient: JSON.parse(row.recipient), held: row.held !== 0, stated: row.stated ? JSON.parse(row.stated) : null };
}
const eventFacts = (e: EventRow) => ({ held: e.held === false ? 0 : 1, stated: e.stated ? JSON.stringify(e.stated) : null });
const bool = (b: boolean) => (b ? 1 : 0);

class SqliteStore implements Store {
  private readonly s: Record<keyof typeof SQL, Stmt>;
  constructor(private readonly db: Database.Database) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, db.prepare(q)])) as Record<keyof typeof SQL, Stmt>;
  }

  // IMMEDIATE: the write lock is taken first, so a concurrent writer waits (busy timeout) instead of failing on upgrade,
  // and what the transaction reads (is this report known?) stays true until it commits. Nested calls are savepoints.
  transaction<T>(fn: () => T): T {
    this.writes++;
    return this.db.transaction(fn).immediate();
  }
  private writes = 0;
  // data_version moves when another connection commits; this connection's own writes are counted by `writes`.
  version(): string { return `${this.db.pragma('data_version', { simple: true })}:${this.writes}`; }
  hasReport(hash: string): boolean { return this.s.hasReport.get(hash) !== undefined; }
  insertReport(r: ReportRow): number {
    const id = Number(this.s.insertReport.run(r).lastInsertRowid);
    this.s.indexReport.run(id, r.title ?? '', r.text);
    return id;
  }
  entityByKey(key: string): EntityRow | undefined { return this.s.entityByKey.get(key) as EntityRow | undefined; }
  entitiesByFold(kind: string, fold: string): EntityRow[] { return this.s.entitiesByFold.all(kind, fold) as EntityRow[]; }
  insertEntity(e: EntityRow): number {
    return Number(this.s.insertEntity.run({ office: null, wikidata: null, ...e }).lastInsertRowid);
  }
  fillEntity(id: number, d: { office?: string | null; wikidata?: string | null }): void {
    if (d.office || d.wikidata) this.s.fillEntity.run(d.office ?? null, d.wikidata ?? null, id);
  }
  renameEntity(id: number, name: string): void { this.s.renameEntity.run(name, id); }
  linkReportEntity(reportId: number, entityId: number): void { this.s.linkReportEntity.run(reportId, entityId); }
  candidateEvents(category: string, pkey: string, mclass: string, lo: string, hi: string): EventRow[] {
    return this.s.candidateEvents.all(category, pkey, mclass, hi, lo).map(toEvent);
  }
  insertEvent(e: EventRow): number {
    const id = Number(this.s.insertEvent.run({ ...e, actor: JSON.stringify(e.actor), recipient: JSON.stringify(e.recipient), ...eventFacts(e) }).lastInsertRowid);
    for (const entity of new Set([...e.actor, ...e.recipient])) this.s.linkEventEntity.run(id, entity);
    return id;
  }
  updateEvent(e: EventRow): void { this.s.updateEvent.run({ ...e, actor: undefined, recipient: undefined, ...eventFacts(e) }); }
  insertMention(m: MentionRow): void {
    this.s.insertMention.run({
      ...m, hedged: bool(m.hedged), context: JSON.stringify(m.context ?? []), inferred: JSON.stringify(m.inferred ?? []), polarity: m.polarity ?? null,
    });
  }
  vote(eventId: number, field: string, value: string, rank: number): Vote[] {
    this.s.upsertVote.run({ event: eventId, field, value, rank });
    return this.votes(eventId, field);
  }
  addOutlet(eventId: number, outlet: string): boolean { return this.s.addOutlet.run(eventId, outlet).changes > 0; }
  linkPlanned(planned: number, realised: number): void { this.s.linkPlanned.run(planned, realised); }
  insertQuote(q: QuoteRow): void {
    const id = this.s.insertQuote.run(q).lastInsertRowid;
    this.s.indexQuote.run(id, q.text);
  }
  insertClaim(c: ClaimRow): void { this.s.insertClaim.run({ ...c, approx: bool(c.approx), subject: c.subject ?? null, bound: c.bound ?? null }); }
  insertIssueHit(h: IssueHitRow): void { this.s.insertIssueHit.run(h); }
  insertMediationHit(h: MediationHitRow): void { this.s.insertMediationHit.run(h); }
  *mediationHits(): Iterable<MediationHitRow> { yield* this.s.mediationHits.iterate() as Iterable<MediationHitRow>; }
  *issueHits(reportIds?: number[]): Iterable<IssueHitRow> {
    yield* (reportIds ? this.s.issueHitsOf.iterate(JSON.stringify(reportIds)) : this.s.issueHits.iterate()) as Iterable<IssueHitRow>;
  }
  issueCounts(reportIds: number[]): { issue: string; n: number }[] {
    return this.s.issueCounts.all(JSON.stringify(reportIds)) as { issue: string; n: number }[];
  }
  *reportList(): Iterable<ReportMeta> {
    for (const [id, doc_id, outlet, published] of this.s.reportList.raw(true).iterate() as Iterable<[number, string, string, string | null]>) yield { id, doc_id, outlet, published };
  }
  reportText(reportId: number): string | null { return (this.s.reportText.get(reportId) as { text: string } | undefined)?.text ?? null; }
  // Bulk pair reads stream raw rows (arrays): faster than objects, and never all in memory at once.
  *reportEntityPairs(): Iterable<{ report_id: number; entity_id: number }> {
    // Grouped per report in SQL: one row per report instead of one per pair.
    for (const [report_id, ids] of this.s.reportEntityPairs.raw(true).iterate() as Iterable<[number, string]>) {
      for (const id of ids.split(',')) yield { report_id, entity_id: Number(id) };
    }
  }
  *eventReports(): Iterable<{ event_id: number; report_id: number }> {
    for (const [event_id, report_id] of this.s.eventReports.raw(true).iterate() as Iterable<[number, number]>) yield { event_id, report_id };
  }
  quoteCounts(): { report_id: number; quotes: number; anonymous: number }[] {
    return this.s.quoteCounts.all() as { report_id: number; quotes: number; anonymous: number }[];
  }

  *events(f: EventFilter): Iterable<EventRow> {
    const w = eventWhere(f);
    const page = f.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(f.limit))} OFFSET ${Math.max(0, Math.floor(f.offset ?? 0))}` : '';
    const sql = `SELECT * FROM events${w.sql} ORDER BY ${f.newestFirst ? 'coalesce(date, lo) DESC, id DESC' : 'coalesce(date, lo), id'}${page}`;
    for (const row of this.db.prepare(sql).iterate(...w.args)) yield toEvent(row);
  }
  countEvents(f: EventFilter): number {
    const w = eventWhere(f);
    return (this.db.prepare(`SELECT count(*) AS n FROM events${w.sql}`).get(...w.args) as { n: number }).n;
  }
  eventWeeks(f: EventFilter, by: 'category' | 'modality'): WeekCount[] {
    const w = eventWhere({ ...f });
    const day = `${w.sql ? w.sql + ' AND' : ' WHERE'} granularity = 'day' AND date IS NOT NULL`;
    return this.db.prepare(`SELECT ${WEEK_OF} AS week, ${by === 'modality' ? 'modality' : 'category'} AS key, count(*) AS n
      FROM events${day} GROUP BY week, key ORDER BY week, key`).all(...w.args) as WeekCount[];
  }
  eventPlaces(f: EventFilter): PlaceCount[] {
    const w = eventWhere(f, 'e');
    return this.db.prepare(`SELECT p.name, p.lat, p.lon, p.country, count(*) AS events, sum(e.source_count) AS sources
      FROM events e JOIN places p ON p.name = e.place${w.sql ? w.sql + ' AND' : ' WHERE'} p.lat IS NOT NULL
      GROUP BY p.name ORDER BY events DESC, p.name`).all(...w.args) as PlaceCount[];
  }
  reportHead(docId: string): ReportHead | undefined { return this.s.reportHead.get(docId) as ReportHead | undefined; }
  reportItems(reportId: number): { mentions: MentionRow[]; quotes: QuoteView[]; claims: ClaimView[] } {
    return {
      mentions: (this.s.reportMentions.all(reportId) as any[]).map((m) => ({ ...m, hedged: !!m.hedged })),
      quotes: this.s.reportQuotes.all(reportId) as QuoteView[],
      claims: (this.s.reportClaims.all(reportId) as any[]).map((c) => ({ ...c, approx: !!c.approx })) as ClaimView[],
    };
  }
  quotePage(offset: number, limit: number): { total: number; quotes: QuoteView[] } {
    return { total: this.s.quoteCount.pluck().get() as number, quotes: this.s.quotesPage.all(limit, offset) as QuoteView[] };
  }
  hasPlace(name: string): boolean { return this.s.hasPlace.get(name) !== undefined; }
  insertPlace(p: PlaceRow): void { this.s.insertPlace.run(p); }
  event(id: number): EventRow | undefined {
    const row = this.s.event.get(id);
    return row ? toEvent(row) : undefined;
  }
  mentions(eventId: number, limit?: number): MentionView[] {
    const rows = limit === undefined ? this.s.mentions.all(eventId) : this.s.firstMentions.all(eventId, limit);
    return (rows as any[]).map((m) => ({ ...m, hedged: !!m.hedged, context: JSON.parse(m.context ?? '[]'), inferred: JSON.parse(m.inferred ?? '[]') }));
  }
  votes(eventId: number, field: string): Vote[] { return this.s.votes.all(eventId, field) as Vote[]; }
  entity(id: number): EntityRow | undefined { return this.s.entity.get(id) as EntityRow | undefined; }
  entitiesMatching(fold: string): EntityRow[] { return this.s.entitiesMatching.all(fold, fold) as EntityRow[]; }
  entities(kind?: string): EntityView[] { return this.s.entities.all({ kind: kind ?? null }) as EntityView[]; }
  links(): { planned: number; realised: number }[] { return this.s.links.all() as { planned: number; realised: number }[]; }
  eventLinks(eventId: number): { planned: number; realised: number }[] {
    return this.s.eventLinks.all(eventId, eventId) as { planned: number; realised: number }[];
  }
  contestedEvents(field: string): number[] { return this.s.contested.pluck().all(field) as number[]; }
  reportEntityIds(reportId: number): number[] { return this.s.reportEntities.pluck().all(reportId) as number[]; }
  reportPublished(reportId: number): string | null {
    return (this.s.reportPublished.get(reportId) as { published: string | null } | undefined)?.published ?? null;
  }
  quotes(speakerIds?: number[], newest?: number): QuoteView[] {
    if (speakerIds && newest !== undefined) return this.s.quotesOf.all(JSON.stringify(speakerIds), newest) as QuoteView[];
    const all = this.s.quotes.all() as QuoteView[];
    return speakerIds ? all.filter((q) => q.speaker !== null && speakerIds.includes(q.speaker)) : all;
  }
  claims(kind?: string): ClaimView[] {
    const rows = (kind ? this.s.claimsOfKind.all(kind) : this.s.claims.all()) as any[];
    return rows.map((c) => ({ ...c, approx: !!c.approx })) as ClaimView[];
  }
  search(query: string, limit: number): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    return [...this.s.searchReports.all(match, limit), ...this.s.searchQuotes.all(match, limit)] as SearchHit[];
  }
  report(docId: string): (ReportRow & { id: number }) | undefined {
    return this.s.reportByDocId.get(docId) as (ReportRow & { id: number }) | undefined;
  }
  counts(): StoreCounts { return this.s.counts.get() as StoreCounts; }
  close(): void { this.db.close(); }
}

/**
 * User text to an FTS5 query: every distinct space-separated term must occur, a hyphenated one ("Mar-a-Lago") as a phrase;
 * FTS operators and quotes in the input are taken literally.
 */
export function ftsQuery(text: string): string {
  // A repeated term adds nothing to an AND query but multiplies its cost: each is kept once.
  const terms = new Set(text.split(/\s+/).map((t) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')).filter(Boolean));
  return [...terms].map((p) => `"${p}"`).join(' ');
}

/** Distinct terms in a search text, as ftsQuery counts them (callers bound how many a query may have). */
export function ftsTermCount(text: string): number {
  return ftsQuery(text) ? ftsQuery(text).split('" "').length : 0;
}
