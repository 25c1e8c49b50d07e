// `ingest`: reports in, one corroborated record out. Streams the input, extracts each new report, and writes
// batches in one transaction each, so a run killed at any point leaves a consistent store and a rerun finishes
// the job. Known reports (same normalised text) are skipped before extraction.
import type { ExtractionRecord, Report } from '../record.js';
import type { Store } from '../store/types.js';
import { isDuplicateReport } from '../store/errors.js';
import { loadNameVariants, type NameVariants } from '../merge/names.js';
import { reportHash } from './hash.js';
import { addKnown, knownKeys, prepareRecord, recordProblem, writeRecord, type Geocode, type PreparedRecord } from './write.js';
import { loadGazetteer, resolvePlace } from '../geo/index.js';

/** The library's geocoder: the gazetteer is read only when a report first names a place. */
export const gazetteerGeocode: Geocode = (place, country) => resolvePlace(loadGazetteer(), place, country);

/** What a reader yields for an input it could not read: named, so the summary can say which and why. */
export interface ReadFailure { failed: string; id: string }
export type IngestItem = Report | ReadFailure;

export interface IngestDeps {
  /** Synchronous, or a promise when extraction runs elsewhere (a worker pool: see `extractAhead`). */
  extract: (report: Report) => ExtractionRecord | Promise<ExtractionRecord>;
  /**
   * Reports whose extraction may be under way at once (default 1). Records are still written in input order, by
   * this one writer, so the store ends exactly as a run with one extraction at a time leaves it.
   */
  extractAhead?: number;
  variants?: NameVariants;
  /** Place names to coordinates (default: the GeoNames gazetteer, loaded on the first place); null: none stored. */
  geocode?: Geocode | null;
  /** Reports per transaction. */
  batchSize?: number;
  /** A batch is also committed once its first report has waited this long, so a slow source stores what it has. */
  batchMs?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
  /**
   * Told, whenever it grows, how many items from the start of the input are settled: stored and committed, known, or
   * failed. A queue marks those jobs done; the rest are redone if this run dies.
   */
  onSettled?: (n: number) => void;
}

export interface IngestProgress { seen: number; added: number; known: number; failed: number }
export interface IngestSummary extends IngestProgress {
  failures: { id: string; reason: string }[];
  events: number;
  merged: number;
}

interface Started { id: string; hash: string; seq: number; record: ExtractionRecord | Promise<ExtractionRecord> }
const isFailure = (x: IngestItem): x is ReadFailure => typeof (x as ReadFailure).failed === 'string';
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function ingestReports(
  store: Store, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, deps: IngestDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const variants = deps.variants ?? loadNameVariants();
  const batchSize = deps.batchSize ?? 200;
  const geocode = deps.geocode === undefined ? gazetteerGeocode : deps.geocode ?? undefined;
  const batchMs = deps.batchMs ?? 2000;
  const ahead = Math.max(1, deps.extractAhead ?? 1);
  const now = deps.now ?? Date.now;
  let batchStarted = 0;
  const sum: IngestSummary = { seen: 0, added: 0, known: 0, failed: 0, failures: [], events: 0, merged: 0 };
  const fail = (id: string, reason: string) => { sum.failed++; sum.failures.push({ id, reason }); };
  let batch: { rec: ExtractionRecord; hash: string; id: string; seq: number; prepared: PreparedRecord }[] = [];
  const pending = new Set<string>();
  // The first item of a batch being committed (a timer's flush may run while the loop reads on): not settled yet.
  let committingFrom: number | null = null;
  // Reports of that batch not yet written: progress counts them as added, as it counts the batch still gathering.
  let writing = 0;

  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    // Stored now (or failed): the store answers for these; extractions still under way stay pending.
    for (const it of items) pending.delete(it.hash);
    committingFrom = items[0].seq;
    writing = items.length;
    try {
      await store.transaction(async () => {
        // Read once for the batch, under the write lock: no other writer changes it until this one commits.
        const known = await knownKeys(store, items);
        for (const { rec, hash, id, prepared } of items) {
          writing--;
          // Another process (a second ingest of the same files) may have stored it since it was checked: known, not failed.
          if (known.hashes.has(hash)) { sum.known++; continue; }
          try {
            // A savepoint per report: a report that fails half-way leaves nothing behind.
            const r = await store.transaction(() => writeRecord(store, rec, hash, variants, { geocode, known, prepared }));
            addKnown(known, rec, hash, !!geocode);
            sum.added++; sum.events += r.events; sum.merged += r.merged;
          } catch (e) {
            if (isDuplicateReport(e)) { sum.known++; continue; }
            fail(id, message(e)); if (process.env.PARLEY_DEBUG) console.error(e);
          }
          // A synchronous store (SQLite) would otherwise hold this thread for the whole batch: extraction threads'
          // records wait unread and the threads idle for want of the next report.
          await yieldToEventLoop();
        }
      });
    } finally {
      committingFrom = null;
      writing = 0;
    }
  };

  // While the source is slow to give the next item (a feed fetching a page), what waits is committed on a timer too.
  let timer: NodeJS.Timeout | undefined;
  let flushError: unknown;
  // A flush still writing: the next flush waits for it, so batches commit one after another.
  let flushing: Promise<void> = Promise.resolve();
  const flushBehind = () => { flushing = flush().then(settle).catch((e) => { flushError ??= e; }); };
  const stopTimer = () => { if (timer) clearTimeout(timer); timer = undefined; };
  const flushSoon = () => {
    if (timer || !batch.length || !Number.isFinite(batchMs)) return;
    timer = setTimeout(() => { timer = undefined; flushBehind(); }, batchMs);
    timer.unref();
  };
  // Extractions started and not yet admitted, oldest first: admitted in this order, whatever order they finish in.
  const started: Started[] = [];
  let settled = 0;
  const settle = () => {
    const n = committingFrom ?? (batch.length ? batch[0].seq : started.length ? started[0].seq : sum.seen);
    if (n > settled) { settled = n; deps.onSettled?.(n); }
  };
  // With extraction elsewhere, the gazetteer (a second or so of this thread) is read while the threads work on the
  // first reports: read at the first place written, it would stall this thread while they run out of reports.
  let warmed = ahead === 1 || geocode !== gazetteerGeocode;
  const warmGeocoder = () => { if (!warmed) { warmed = true; loadGazetteer(); } };
  const admitOldest = async () => {
    const s = started.shift()!;
    try {
      admit(s, await s.record);
    } catch (e) {
      pending.delete(s.hash);
      fail(s.id, `extraction failed: ${message(e)}`);
    }
  };
  try {
    for await (const item of items) {
      sum.seen++;
      if (isFailure(item)) fail(item.id, item.failed);
      else await start(item);
      while (started.length >= ahead) { warmGeocoder(); await admitOldest(); }
      if (flushError) throw flushError;
      // A full batch is written behind the loop: while the store commits (a database's round trips), the next one is
      // extracted. So is one that aged while extractions are under way (threads slower than batchMs per batch): the
      // loop stopping for it would leave them idle. One that aged with nothing extracting (a slow source) is
      // committed before the source is asked again: nothing to overlap.
      const aged = batch.length > 0 && now() - batchStarted >= batchMs;
      if (batch.length >= batchSize || (aged && started.length)) { stopTimer(); await flushing; flushBehind(); }
      else if (aged) { stopTimer(); await flushing; await flush(); }
      flushSoon();
      settle();
      onProgress?.({ seen: sum.seen, added: sum.added + batch.length + writing, known: sum.known, failed: sum.failed });
    }
    while (started.length) await admitOldest();
  } finally {
    stopTimer();
    // A read error part-way: extractions still running are waited for (and dropped), so none outlives the run.
    await Promise.allSettled(started.map((s) => s.record));
    // Nor a batch still being written behind the loop (its error, if any, is kept in flushError).
    await flushing;
  }
  await flushing;
  if (flushError) throw flushError;
  await flush();
  settle();
  onProgress?.({ seen: sum.seen, added: sum.added, known: sum.known, failed: sum.failed });
  return sum;

  /** Starts the extraction of a report not yet known; the same text twice in one run is extracted once. */
  async function start(report: Report): Promise<void> {
    const id = String(report.id ?? '?');
    if (typeof report.text !== 'string' || !report.text.trim()) return fail(id, 'empty text');
    const hash = reportHash(report.text);
    if (pending.has(hash) || (await store.hasReport(hash))) { sum.known++; return; }
    pending.add(hash);
    let record: ExtractionRecord | Promise<ExtractionRecord>;
    try {
      record = deps.extract(report);
    } catch (e) {
      pending.delete(hash);
      return fail(id, `extraction failed: ${message(e)}`);
    }
    // Marked handled now: a failure is told when its turn to be admitted comes, not as an unhandled rejection.
    if (record instanceof Promise) record.catch(() => {});
    started.push({ id, hash, seq: sum.seen - 1, record });
  }

  function admit(s: Started, rec: ExtractionRecord): void {
    const problem = recordProblem(rec);
    if (problem) { pending.delete(s.hash); return fail(s.id, problem); }
    // Its store-free work is done now, in the loop: a batch holds the write lock for the writes alone.
    let prepared: PreparedRecord;
    try { prepared = prepareRecord(rec); } catch (e) { pending.delete(s.hash); return fail(s.id, message(e)); }
    if (!batch.length) batchStarted = now();
    batch.push({ rec, hash: s.hash, id: s.id, seq: s.seq, prepared });
  }
}
