// The storage interface: everything the merge, ingest and query code needs from a database, and nothing
// engine-specific. Every method is async so one interface fits the embedded engine (SQLite) and a server one
// (PostgreSQL); bulk reads are async iterables, so a large store is streamed, never held in memory at once.
import type {
  CandidateQuery, ClaimRow, ClaimView, EntityRow, EntityView, EventFilter, EventRow, EventVote, IssueHitRow, MediationHitRow, MentionRow,
  MentionView, PlaceCount, ReportWrites, PlaceRow, QuoteRow, QuoteView, ReportHead, ReportMeta, ReportRow, SearchHit, Snapshot,
  StoreCounts, StoreKeys, Vote, WeekCount,
} from './rows.js';

export type * from './rows.js';

export interface Store {
  /** Runs fn atomically; a nested call is a savepoint that rolls back alone when fn throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  hasReport(hash: string): Promise<boolean>;
  /** Which of these report hashes, document ids and place names the store holds (one round trip on a server engine). */
  knownKeys(keys: StoreKeys): Promise<StoreKeys>;
  insertReport(r: ReportRow): Promise<number>;
  entityByKey(key: string): Promise<EntityRow | undefined>;
  /** The stored entities with these keys (one read for a report's entities), in no set order. */
  entitiesByKeys(keys: string[]): Promise<EntityRow[]>;
  entitiesByFold(kind: string, fold: string): Promise<EntityRow[]>;
  insertEntity(e: EntityRow): Promise<number>;
  renameEntity(id: number, name: string): Promise<void>;
  /** Sets an entity's office and Wikidata id where it has none yet. */
  fillEntity(id: number, details: { office?: string | null; wikidata?: string | null }): Promise<void>;
  linkReportEntity(reportId: number, entityId: number): Promise<void>;
  /** Many rows of one report at once (one statement on a server engine, not one round trip each), in order. */
  linkReportEntities(reportId: number, entityIds: number[]): Promise<void>;
  candidateEvents(category: string, pkey: string, mclass: string, lo: string, hi: string): Promise<EventRow[]>;
  /** candidateEvents for each query, in order (one round trip on a server engine). */
  candidateEventsOf(queries: CandidateQuery[]): Promise<EventRow[][]>;
  insertEvent(e: EventRow): Promise<number>;
  /** The id the next stored event takes: a merge session numbers its new events from it (written by writeReport). */
  nextEventId(): Promise<number>;
  updateEvent(e: EventRow): Promise<void>;
  insertMention(m: MentionRow): Promise<void>;
  /** Adds one vote and returns the field's tallies, best first (rank, then count, then first seen). */
  vote(eventId: number, field: string, value: string, rank: number): Promise<Vote[]>;
  /** Records that an outlet mentions the event; true when the outlet is new for it. */
  addOutlet(eventId: number, outlet: string): Promise<boolean>;
  linkPlanned(planned: number, realised: number): Promise<void>;
  /** Every vote and outlet stored for these events: what a merge session starts from (see merge/session.ts). */
  eventTallies(eventIds: number[]): Promise<{ votes: EventVote[]; outlets: { event_id: number; outlet: string }[] }>;
  /** What a report writes last, in one go (one round trip on a server engine): its merge's changes and its own rows. */
  writeReport(w: ReportWrites): Promise<void>;
  insertQuote(q: QuoteRow): Promise<void>;
  insertClaim(c: ClaimRow): Promise<void>;
  insertQuotes(qs: QuoteRow[]): Promise<void>;
  insertClaims(cs: ClaimRow[]): Promise<void>;
  // Reads (queries and export).
  events(filter: EventFilter): AsyncIterable<EventRow>;
  event(id: number): Promise<EventRow | undefined>;
  /** An event's mentions in the order stored; the first `limit` only when given. */
  mentions(eventId: number, limit?: number): Promise<MentionView[]>;
  /** The first `limit` mentions of each of these events (a page's sources in one read), by event id, then as stored. */
  firstMentionsOf(eventIds: number[], limit: number): Promise<MentionView[]>;
  /** The mentions of these events that give a "since" date (no contact since …), by event id, then as stored. */
  sinceMentionsOf(eventIds: number[]): Promise<MentionView[]>;
  votes(eventId: number, field: string): Promise<Vote[]>;
  entity(id: number): Promise<EntityRow | undefined>;
  /** Stored entities by id (every one when `ids` is absent), in id order: one read for a list of names. */
  entityRows(ids?: number[]): Promise<(EntityRow & { id: number })[]>;
  entitiesMatching(fold: string): Promise<EntityRow[]>;
  /** Every entity (of `kind` when given), most reported first. */
  entities(kind?: string): Promise<EntityView[]>;
  links(): Promise<{ planned: number; realised: number }[]>;
  /** The planned -> realised links an event takes part in, either side. */
  eventLinks(eventId: number): Promise<{ planned: number; realised: number }[]>;
  /** Events with more than one distinct value voted for `field` (date, place): where reports may disagree. */
  contestedEvents(field: string): Promise<number[]>;
  reportEntityIds(reportId: number): Promise<number[]>;
  reportPublished(reportId: number): Promise<string | null>;
  /** Quotes (of these speakers when given), in store order; the last `newest` stored only, last first, when given. */
  quotes(speakerIds?: number[], newest?: number): Promise<QuoteView[]>;
  claims(kind?: string): Promise<ClaimView[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** The stored report with this document id (the first stored, when an old store holds several). */
  report(docId: string): Promise<(ReportRow & { id: number }) | undefined>;
  counts(): Promise<StoreCounts>;
  // Dashboard reads: one filter, counted, tallied per week and per place.
  countEvents(filter: EventFilter): Promise<number>;
  eventWeeks(filter: EventFilter, by: 'category' | 'modality'): Promise<WeekCount[]>;
  eventPlaces(filter: EventFilter): Promise<PlaceCount[]>;
  reportHead(docId: string): Promise<ReportHead | undefined>;
  /** Everything extracted from one report: its event mentions, quotes and claims. */
  reportItems(reportId: number): Promise<{ mentions: MentionRow[]; quotes: QuoteView[]; claims: ClaimView[] }>;
  /** One page of all quotes in store order, and how many there are. */
  /** (Of the reports with these document ids when given.) */
  quotePage(offset: number, limit: number, docIds?: string[]): Promise<{ total: number; quotes: QuoteView[] }>;
  hasPlace(name: string): Promise<boolean>;
  insertPlace(p: PlaceRow): Promise<void>;
  /** Event places (as reported) not resolved yet: a store ingested before places were stored, or without a geocoder. */
  unresolvedPlaces(): Promise<string[]>;
  insertIssueHit(h: IssueHitRow): Promise<void>;
  insertMediationHit(h: MediationHitRow): Promise<void>;
  insertIssueHits(hs: IssueHitRow[]): Promise<void>;
  insertMediationHits(hs: MediationHitRow[]): Promise<void>;
  mediationHits(): AsyncIterable<MediationHitRow>;
  /** How often each report names each entity next to each mediation cue: the hits, counted in the store. */
  mediationCounts(): Promise<{ report_id: number; entity_id: number; cue: string; n: number }[]>;
  /** Issue sentences with a status cue of the given reports (all when absent), newest report first. */
  issueHits(reportIds?: number[]): AsyncIterable<IssueHitRow>;
  /** The newest `n` issue sentences (with a status cue or not; only with one when `cuedOnly`) of each of `issues` in the given reports: by issue, then
   * newest report date first (undated last), then latest stored first. */
  latestIssueHits(reportIds: number[], issues: string[], n: number, cuedOnly?: boolean): Promise<IssueHitRow[]>;
  /** How many issue sentences the given reports have, per issue. */
  issueCounts(reportIds: number[]): Promise<{ issue: string; n: number }[]>;
  /** Every report without its text, in id order. */
  reportList(): AsyncIterable<ReportMeta>;
  /** One report's text (evidence lines read it; nothing reads all texts), or null. */
  reportText(reportId: number): Promise<string | null>;
  /** Which entities each report names, as (report, entity) pairs. */
  reportEntityPairs(): AsyncIterable<{ report_id: number; entity_id: number }>;
  /** For every report with a claim: the entities of these kinds it names, in id order. */
  claimReportEntities(kinds: string[]): Promise<{ report_id: number; entities: number[] }[]>;
  /** Reports grouped by the set of entities they name (ids ascending); a report naming none is in no group. */
  reportEntityGroups(): Promise<{ entities: number[]; reports: number[] }[]>;
  /** Per event, the reports that mention it (ids ascending). */
  eventReportLists(): Promise<{ event_id: number; reports: number[] }[]>;
  /** Which reports mention each event, as (event, report) pairs. */
  eventReports(): AsyncIterable<{ event_id: number; report_id: number }>;
  /** Per report: its stored quotes and how many have an anonymous speaker. */
  quoteCounts(): Promise<{ report_id: number; quotes: number; anonymous: number }[]>;
  /** The answer last saved under `key` (see saveSnapshot), or undefined. */
  snapshot(key: string): Promise<Snapshot | undefined>;
  /** Keeps `body` as the last computed answer of `key` (a brief, say), replacing the one before. Not a change of
   * content: the version stays. */
  saveSnapshot(key: string, body: string): Promise<void>;
  /** Changes whenever the store's content may have changed (a write here or a commit by another process); cheap. */
  version(): Promise<string>;
  /** Marks the committed content, the same in every process and across reopens (version() is per connection): a
   * saved answer tagged with it is current while it is equal. Moves with every ingest; cheap (no counting). */
  generation(): Promise<string>;
  close(): Promise<void>;
}

/** How a store is opened: query commands open it read-only and never create, migrate or convert it. */
export interface OpenOptions { readOnly?: boolean }

/** A store file that cannot be used (not a Parley store, corrupt, unreadable); the message names the file. */
export class StoreError extends Error {
  override name = 'StoreError';
}
