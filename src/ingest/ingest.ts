// `ingest`: reports in, one corroborated record out. Streams the input, extracts each new report, and writes
// batches in one transaction each, so a run killed at any point leaves a consistent store and a rerun finishes
// the job. Known reports (same normalised text) are skipped before extraction.
import type { ExtractionRecord, Report } from '../record.js';
import type { Store } from '../store/types.js';
import { loadNameVariants, type NameVariants } from '../merge/names.js';
import { reportHash } from './hash.js';
import { recordProblem, writeRecord, type Geocode } from './write.js';
import { loadGazetteer, resolvePlace } from '../geo/index.js';

/** The library's geocoder: the gazetteer is read only when a report first names a place. */
export const gazetteerGeocode: Geocode = (place, country) => resolvePlace(loadGazetteer(), place, country);

/** What a reader yields for an input it could not read: named, so the summary can say which and why. */
export interface ReadFailure { failed: string; id: string }
export type IngestItem = Report | ReadFailure;

export interface IngestDeps {
  extract: (report: Report) => ExtractionRecord;
  variants?: NameVariants;
  /** Place names to coordinates (default: the GeoNames gazetteer, loaded on the first place); null: none stored. */
  geocode?: Geocode | null;
  /** Reports per transaction. */
  batchSize?: number;
  /** A batch is also committed once its first report has waited this long, so a slow source stores what it has. */
  batchMs?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export interface IngestProgress { seen: number; added: number; known: number; failed: number }
export interface IngestSummary extends IngestProgress {
  failures: { id: string; reason: string }[];
  events: number;
  merged: number;
}

const isFailure = (x: IngestItem): x is ReadFailure => typeof (x as ReadFailure).failed === 'string';
/** The report's hash is already stored: a concurrent writer got there first. */
const isDuplicate = (e: unknown) => (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE' && /reports\.hash/.test(message(e));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function ingestReports(
  store: Store, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, deps: IngestDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const variants = deps.variants ?? loadNameVariants();
  const batchSize = deps.batchSize ?? 200;
  const geocode = deps.geocode === undefined ? gazetteerGeocode : deps.geocode ?? undefined;
  const batchMs = deps.batchMs ?? 2000;
  const now = deps.now ?? Date.now;
  let batchStarted = 0;
  const sum: IngestSummary = { seen: 0, added: 0, known: 0, failed: 0, failures: [], events: 0, merged: 0 };
  const fail = (id: string, reason: string) => { sum.failed++; sum.failures.push({ id, reason }); };
  let batch: { rec: ExtractionRecord; hash: string; id: string }[] = [];
  const pending = new Set<string>();

  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    pending.clear();
    await store.transaction(async () => {
      for (const { rec, hash, id } of items) {
        // Another process (a second ingest of the same files) may have stored it since it was checked: known, not failed.
        if (await store.hasReport(hash)) { sum.known++; continue; }
        try {
          // A savepoint per report: a report that fails half-way leaves nothing behind.
          const r = await store.transaction(() => writeRecord(store, rec, hash, variants, geocode));
          sum.added++; sum.events += r.events; sum.merged += r.merged;
        } catch (e) {
          if (isDuplicate(e)) { sum.known++; continue; }
          fail(id, message(e)); if (process.env.PARLEY_DEBUG) console.error(e);
        }
      }
    });
  };

  // While the source is slow to give the next item (a feed fetching a page), what waits is committed on a timer too.
  let timer: NodeJS.Timeout | undefined;
  let timerError: unknown;
  // A timer's flush still writing: the next flush waits for it, so batches commit one after another.
  let flushing: Promise<void> = Promise.resolve();
  const stopTimer = () => { if (timer) clearTimeout(timer); timer = undefined; };
  const flushSoon = () => {
    if (timer || !batch.length || !Number.isFinite(batchMs)) return;
    timer = setTimeout(() => { timer = undefined; flushing = flush().catch((e) => { timerError ??= e; }); }, batchMs);
    timer.unref();
  };
  try {
    for await (const item of items) {
      sum.seen++;
      if (isFailure(item)) fail(item.id, item.failed);
      else await admit(item);
      if (timerError) throw timerError;
      if (batch.length >= batchSize || (batch.length && now() - batchStarted >= batchMs)) { stopTimer(); await flushing; await flush(); }
      flushSoon();
      onProgress?.({ seen: sum.seen, added: sum.added + batch.length, known: sum.known, failed: sum.failed });
    }
  } finally {
    stopTimer();
  }
  await flushing;
  if (timerError) throw timerError;
  await flush();
  onProgress?.({ seen: sum.seen, added: sum.added, known: sum.known, failed: sum.failed });
  return sum;

  async function admit(report: Report): Promise<void> {
    const id = String(report.id ?? '?');
    if (typeof report.text !== 'string' || !report.text.trim()) return fail(id, 'empty text');
    const hash = reportHash(report.text);
    if (pending.has(hash) || (await store.hasReport(hash))) { sum.known++; return; }
    let rec: ExtractionRecord;
    try {
      rec = deps.extract(report);
    } catch (e) {
      return fail(id, `extraction failed: ${message(e)}`);
    }
    const problem = recordProblem(rec);
    if (problem) return fail(id, problem);
    pending.add(hash);
    if (!batch.length) batchStarted = now();
    batch.push({ rec, hash, id });
  }
}
