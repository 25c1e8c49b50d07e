// The embedded store: SQLite through better-sqlite3, WAL journal, migrations by user_version, FTS5 search.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { SQL } from './sql.js';
import { eventWhere, WEEK_OF } from './event-sql.js';
import type {
  ClaimRow, ClaimView, EntityRow, EntityView, EventFilter, EventRow, MentionRow, MentionView, PlaceCount, PlaceRow,
  QuoteRow, QuoteView, ReportHead, ReportRow, SearchHit, Store, StoreCounts, Vote, WeekCount,
} from './types.js';

type Stmt = Database.Statement<unknown[], unknown>;

/** Opens (creating and migrating when needed) the store at `path`; ':memory:' for a throwaway one. */
export function openStore(path: string): Store {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

function toEvent(row: any): EventRow {
  return { ...row, actor: JSON.parse(row.actor), recipient: JSON.parse(row.recipient) };
}
const bool = (b: boolean) => (b ? 1 : 0);

class SqliteStore implements Store {
  private readonly s: Record<keyof typeof SQL, Stmt>;
  constructor(private readonly db: Database.Database) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, db.prepare(q)])) as Record<keyof typeof SQL, Stmt>;
  }

  transaction<T>(fn: () => T): T { return this.db.transaction(fn)(); }
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
    const id = Number(this.s.insertEvent.run({ ...e, actor: JSON.stringify(e.actor), recipient: JSON.stringify(e.recipient) }).lastInsertRowid);
    for (const entity of new Set([...e.actor, ...e.recipient])) this.s.linkEventEntity.run(id, entity);
    return id;
  }
  updateEvent(e: EventRow): void { this.s.updateEvent.run({ ...e, actor: undefined, recipient: undefined }); }
  insertMention(m: MentionRow): void {
    this.s.insertMention.run({ ...m, hedged: bool(m.hedged), context: JSON.stringify(m.context ?? []) });
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
  insertClaim(c: ClaimRow): void { this.s.insertClaim.run({ ...c, approx: bool(c.approx) }); }

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
  mentions(eventId: number): MentionView[] {
    return (this.s.mentions.all(eventId) as any[]).map((m) => ({ ...m, hedged: !!m.hedged, context: JSON.parse(m.context) }));
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
  quotes(speakerIds?: number[]): QuoteView[] {
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
  counts(): StoreCounts { return this.s.counts.get() as StoreCounts; }
  close(): void { this.db.close(); }
}

/**
 * User text to an FTS5 query: every space-separated term must occur, a hyphenated one ("Mar-a-Lago") as a phrase;
 * FTS operators and quotes in the input are taken literally.
 */
export function ftsQuery(text: string): string {
  return text.split(/\s+/).map((t) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')).filter(Boolean).map((p) => `"${p}"`).join(' ');
}
