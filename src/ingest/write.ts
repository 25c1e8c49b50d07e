// Writes one extraction record into the store: its report, entities (canonical), events (merged across reports),
// quotes and claims. Runs inside the caller's transaction.
import type { Entity, ExtractionRecord } from '../record.js';
import type { EntityRow, IssueHitRow, PlaceRow, Store } from '../store/types.js';
import { mentionQueries, mergeMention, type MentionInput } from '../merge/events.js';
import { MergeSession } from '../merge/session.js';
import { entityFold, entityKey, type NameVariants } from '../merge/names.js';
import { outletOf } from '../merge/outlet.js';
import { claimBound, claimSubject } from '../merge/disputes.js';
import { findIssueRows, issueRowsOf } from '../brief/issue-hits.js';
import { findMediationHits } from '../brief/mediation-hits.js';
import { contactPolarity } from '../brief/issue-hits.js';
import { NO_TEXT_AFTER_CLEANING } from '../read/extract-read.js';

export interface WriteResult { events: number; merged: number }
type RecordEvent = NonNullable<ExtractionRecord['events']>[number];

/**
 * Stored entities by key, as far as a report has asked (null: not stored): read for all its entities in one statement,
 * then kept current by resolveEntity as the report adds to them.
 */
export type KnownEntities = Map<string, EntityRow | null>;

export async function knownEntities(store: Store, entities: Entity[], variants: NameVariants): Promise<KnownEntities> {
  const keys = [...new Set(entities.map((e) => entityKey(e, variants)).filter((k): k is string => k !== null))];
  const known: KnownEntities = new Map(keys.map((k) => [k, null]));
  for (const row of await store.entitiesByKeys(keys)) known.set(row.key, row);
  return known;
}

/** The store's entity for a report's entity, created when new; a country-less person joins the one namesake. */
export async function resolveEntity(store: Store, e: Entity, variants: NameVariants, cache: KnownEntities = new Map()): Promise<number> {
  const fold = entityFold(e, variants);
  let key = entityKey(e, variants);
  if (key === null) {
    const namesakes = await store.entitiesByFold(e.kind, fold);
    if (namesakes.length === 1) return namesakes[0].id!;
    key = `${e.kind}:-:${fold}`;
  }
  const known = cache.has(key) ? cache.get(key) : await store.entityByKey(key);
  const details = { office: e.office ?? null, wikidata: e.wikidata ?? null };
  if (!known) {
    const row: EntityRow = { key, kind: e.kind, country: e.country, name: e.name, fold, ...details };
    row.id = await store.insertEntity(row);
    cache.set(key, row);
    return row.id;
  }
  // Only what the entity lacks is filled in: nothing to write when it has both already (or the report gives neither).
  if ((details.office && !known.office) || (details.wikidata && !known.wikidata)) {
    await store.fillEntity(known.id!, details);
    known.office ??= details.office;
    known.wikidata ??= details.wikidata;
  }
  // Keep the fullest form of the name ("Donald Trump" over "Trump").
  if (e.name.length > known.name.length && e.name.split(/\s+/).length >= known.name.split(/\s+/).length) {
    await store.renameEntity(known.id!, e.name);
    known.name = e.name;
  }
  return known.id!;
}

/**
 * Participants without a state that one of its own people in the event already stands for ("Trump, Zelenskyy and
 * Ukraine" met = Trump and Zelenskyy met), so reports that name the state too describe the same participant set.
 */
export function withoutRepresentedStates(actor: string[], recipient: string[], entities: Map<string, Entity>): [string[], string[]] {
  const all = [...actor, ...recipient].map((id) => entities.get(id));
  const represented = new Set(all.filter((e) => e?.kind === 'person' && e.country).map((e) => e!.country));
  const keep = (id: string) => {
    const e = entities.get(id);
    return !(e?.kind === 'state' && e.country && represented.has(e.country));
  };
  return [actor.filter(keep), recipient.filter(keep)];
}

/** Problems that make a record unusable; checked before anything is written. */
export function recordProblem(rec: ExtractionRecord): string | null {
  if (!rec || typeof rec.text !== 'string') return 'no text';
  if (!rec.text.trim()) return NO_TEXT_AFTER_CLEANING;
  const n = rec.text.length;
  const bad = (s: [number, number]) => !Array.isArray(s) || s[0] < 0 || s[1] > n || s[0] > s[1];
  for (const ev of rec.events ?? []) if (bad(ev.span)) return `event ${ev.id} has a span outside the text`;
  for (const q of rec.quotes ?? []) if (bad(q.span)) return `quote ${q.id} has a span outside the text`;
  for (const c of rec.claims ?? []) if (bad(c.span)) return `a ${c.kind} claim has a span outside the text`;
  return null;
}

/** A place name (and the ISO3 country the report ties it to) to stored coordinates; see src/geo. */
export type Geocode = (place: string, country: string | null) => PlaceRow;

/**
 * The document id a new report is stored under: its own, unless another report of the store already has it (two
 * directories both holding 01.txt), then its own with its content hash, so every evidence link opens one report.
 */
export async function uniqueDocId(store: Store, docId: string, hash: string, known?: KnownKeys): Promise<string> {
  if (!(known ? known.docIds.has(docId) : await store.report(docId))) return docId;
  return `${docId}~${hash.slice(0, 12)}`;
}

/**
 * What a batch's writes need to know of the store before they start, read for all its records in one statement:
 * the reports (by hash and document id) and places it holds. The batch adds to it each report it commits.
 */
export interface KnownKeys { hashes: Set<string>; docIds: Set<string>; places: Set<string> }

const placesOf = (rec: ExtractionRecord) => (rec.events ?? []).flatMap((ev) => (ev.where?.text ? [ev.where.text] : []));

export async function knownKeys(store: Store, batch: { rec: ExtractionRecord; hash: string }[]): Promise<KnownKeys> {
  const k = await store.knownKeys({
    hashes: batch.map((b) => b.hash), docIds: batch.map((b) => b.rec.doc.id), places: [...new Set(batch.flatMap((b) => placesOf(b.rec)))],
  });
  return { hashes: new Set(k.hashes), docIds: new Set(k.docIds), places: new Set(k.places) };
}

/** After a report is stored: its hash, document id and (when they were geocoded) places are the store's now. */
export function addKnown(known: KnownKeys, rec: ExtractionRecord, hash: string, geocoded: boolean): void {
  known.hashes.add(hash);
  known.docIds.add(rec.doc.id);
  if (geocoded) for (const p of placesOf(rec)) known.places.add(p);
}

/** What a record's write needs that the store has no part in: worked out before the write lock is taken. */
export interface PreparedRecord { issueRows: IssueHitRow[] }

export function prepareRecord(rec: ExtractionRecord): PreparedRecord {
  return { issueRows: findIssueRows(rec.text, rec.doc.published) };
}

export interface WriteOptions {
  geocode?: Geocode;
  /** What the batch read of the store ahead (see knownKeys); without it, the store is asked. */
  known?: KnownKeys;
  prepared?: PreparedRecord;
}

export async function writeRecord(store: Store, rec: ExtractionRecord, hash: string, variants: NameVariants, opts: WriteOptions = {}): Promise<WriteResult> {
  const { geocode, known, prepared = prepareRecord(rec) } = opts;
  const outlet = outletOf(rec.doc.source);
  const docId = await uniqueDocId(store, rec.doc.id, hash, known);
  if (docId !== rec.doc.id) rec.doc.id = docId;
  const reportId = await store.insertReport({
    hash, doc_id: docId, source: rec.doc.source, outlet, title: rec.doc.title, published: rec.doc.published,
    text: rec.text,
  });
  const ids = new Map<string, number>();
  const stored = await knownEntities(store, rec.entities ?? [], variants);
  for (const e of rec.entities ?? []) {
    const id = await resolveEntity(store, e, variants, stored);
    ids.set(e.id, id);
  }
  const local = new Map((rec.entities ?? []).map((e) => [e.id, e]));
  const canon = (xs: string[]) => xs.map((x) => ids.get(x)).filter((x): x is number => x !== undefined);
  const person = (x: string | null) => (x ? ids.get(x) ?? null : null);

  const eventIds = new Map<string, number>();
  const result: WriteResult = { events: 0, merged: 0 };
  const placed = new Set<string>();
  const hasPlace = async (p: string) => placed.has(p) || (known ? known.places.has(p) : await store.hasPlace(p));
  const session = new MergeSession(store);
  const mentions = (rec.events ?? []).map((ev): [RecordEvent, MentionInput] => {
    const [actor, recipient] = withoutRepresentedStates(ev.actor, ev.recipient, local);
    return [ev, {
      category: ev.event, mode: ev.mode, actor: canon(actor), recipient: canon(recipient),
      modality: ev.modality, date: ev.date?.value ?? null, dateText: ev.date?.text ?? null,
      since: ev.date?.start ?? null, until: ev.date?.end ?? null, place: ev.where?.text ?? null,
      published: rec.doc.published, outlet, reportId, docEvent: ev.id, hedged: !!ev.hedged,
      reportedBy: person(ev.reported_by), span: ev.span, evidence: rec.text.slice(ev.span[0], ev.span[1]), rule: ev.rule,
      inferred: canon(ev.inferred ?? []),
      // Contacts and agreements told only as floated, hoped for or denied are marked, whatever modality extraction gave.
      polarity: ev.event === 'CONSULT' || ev.event === 'AGREE' ? contactPolarity(rec.text, ev.sentence, ev.span) : null,
      context: ev.context ?? [],
    }];
  });
  // Every look-up the report's mentions will make, read at once; the merges then mostly need no round trip.
  await session.prefetch(mentions.flatMap(([, m]) => mentionQueries(m)));
  for (const [ev, m] of mentions) {
    const r = await mergeMention(session, m);
    eventIds.set(ev.id, r.eventId);
    const place = ev.where?.text;
    if (geocode && place && !(await hasPlace(place))) {
      await store.insertPlace(geocode(place, (ev.where?.entity && local.get(ev.where.entity)?.country) || null));
      placed.add(place);
    }
    result.events++;
    if (r.merged) result.merged++;
  }
  // Rows nothing reads back while the report is written, with its merge's changes, go in one write.
  const quotes = (rec.quotes ?? []).map((q) => ({
      report_id: reportId, speaker: person(q.speaker), speaker_text: q.speaker === 'anonymous' ? 'anonymous' : q.speaker_text,
      cue: q.cue, text: q.text, start: q.span[0], end: q.span[1],
  }));
  const claims = [];
  for (const c of rec.claims ?? []) {
    const aboutEvent = c.about ? eventIds.get(c.about) ?? null : null;
    // The event as this report leaves it: one of its own, so the session holds it.
    const eventDate = aboutEvent ? session.event(aboutEvent)?.date ?? null : null;
    claims.push({
      report_id: reportId, kind: c.kind, value: c.value, approx: !!c.approx, about: aboutEvent ? null : c.about,
      about_event: aboutEvent, speaker: person(c.speaker), date: eventDate ?? rec.doc.published, start: c.span[0],
      end: c.span[1], evidence: rec.text.slice(c.span[0], c.span[1]), subject: claimSubject(c.kind, rec.text, c.span[0], c.span[1]),
      bound: claimBound(rec.text, c.span[0]),
    });
  }
  await store.writeReport({
    ...session.take(),
    reportEntities: [...new Set((rec.entities ?? []).map((e) => ids.get(e.id)!))].map((entity_id) => ({ report_id: reportId, entity_id })),
    quotes, claims,
    // Issue sentences and their status cues are found once here, so a brief never scans report texts.
    issueHits: issueRowsOf(reportId, prepared.issueRows, { entities: rec.entities ?? [], ids }),
    mediationHits: findMediationHits(reportId, rec.text, rec.entities ?? [], ids),
  });
  return result;
}
