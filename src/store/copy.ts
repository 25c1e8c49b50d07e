// `parley migrate --from parley.db --to postgres://…`: copies an SQLite store into an empty PostgreSQL one, row for
// row with the same ids (every evidence link and event id stays valid), in one transaction, then checks that every
// table holds as many rows on both sides. Engine code: it reads SQLite tables and writes PostgreSQL ones directly.
import Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';
import { openPostgres } from './postgres.js';
import { searchText } from './pg-search.js';
import { PgStore } from './pg-store.js';
import { StoreError } from './types.js';

type Row = Record<string, any>;
const json = (v: string | null) => (v === null || v === undefined ? null : JSON.parse(v));
const bool = (v: number) => v !== 0;

interface TableCopy { name: string; columns: string[]; convert?: (r: Row) => Row; key?: string }

/** Tables in the order their references need; each row converted to the server engine's types. */
export const TABLES: TableCopy[] = [
  { name: 'reports', columns: ['id', 'hash', 'doc_id', 'source', 'outlet', 'title', 'published', 'text', 'tsv'],
    convert: (r) => ({ ...r, tsv: searchText(`${r.title ?? ''} ${r.text}`) }) },
  { name: 'entities', columns: ['id', 'key', 'kind', 'country', 'name', 'fold', 'office', 'wikidata'] },
  { name: 'report_entities', columns: ['report_id', 'entity_id'], key: 'report_id, entity_id' },
  { name: 'events', columns: ['id', 'category', 'mode', 'actor', 'recipient', 'pkey', 'mclass', 'modality', 'date', 'granularity', 'lo', 'hi',
    'place', 'source_count', 'mention_count', 'held', 'stated'],
    convert: (r) => ({ ...r, actor: json(r.actor), recipient: json(r.recipient), held: bool(r.held), stated: json(r.stated) }) },
  { name: 'event_entities', columns: ['event_id', 'entity_id'], key: 'entity_id, event_id' },
  { name: 'mentions', columns: ['id', 'event_id', 'report_id', 'doc_event', 'mode', 'modality', 'date', 'granularity', 'date_text', 'since',
    'until', 'place', 'hedged', 'reported_by', 'start', 'end', 'evidence', 'rule', 'context', 'inferred', 'polarity'],
    convert: (r) => ({ ...r, hedged: bool(r.hedged), context: json(r.context) ?? [], inferred: json(r.inferred) ?? [] }) },
  { name: 'event_votes', columns: ['event_id', 'field', 'value', 'rank', 'count', 'seq'], key: 'event_id, field, value' },
  { name: 'event_outlets', columns: ['event_id', 'outlet'], key: 'event_id, outlet' },
  { name: 'event_links', columns: ['planned', 'realised'], key: 'planned, realised' },
  { name: 'quotes', columns: ['id', 'report_id', 'speaker', 'speaker_text', 'cue', 'text', 'start', 'end', 'tsv'],
    convert: (r) => ({ ...r, tsv: searchText(r.text) }) },
  { name: 'claims', columns: ['id', 'report_id', 'kind', 'value', 'approx', 'about', 'about_event', 'speaker', 'date', 'start', 'end',
    'evidence', 'subject', 'bound'], convert: (r) => ({ ...r, approx: bool(r.approx) }) },
  { name: 'places', columns: ['name', 'lat', 'lon', 'country', 'rule'], key: 'name' },
  { name: 'issue_hits', columns: ['id', 'report_id', 'issue', 'published', 'start', 'end', 'status', 'cue', 'level', 'polarity', 'entities'],
    convert: (r) => ({ ...r, entities: json(r.entities) }) },
  { name: 'mediation_hits', columns: ['rowid AS id', 'report_id', 'entity_id', 'cue', 'start', 'end'] },
];

/** Rows per INSERT (PostgreSQL takes at most 65535 parameters a statement). */
const BATCH = 500;
const colName = (c: string) => c.split(' AS ').pop()!;
const quoted = (c: string) => (c === 'end' ? '"end"' : c);

export interface CopyResult { table: string; from: number; to: number }

/** Copies the store at `from` (an SQLite file) into the empty server store at `to`; returns per-table row counts. */
export async function copyStore(from: string, to: string, onTable?: (t: string, rows: number) => void): Promise<CopyResult[]> {
  openSqlite(from, { readOnly: true }).close();
  const src = new Database(from, { readonly: true, fileMustExist: true });
  const store = await openPostgres(to);
  try {
    if (!(store instanceof PgStore)) throw new StoreError('the target is not a PostgreSQL store');
    const c = await store.counts();
    if (Object.values(c).some((n) => n > 0)) throw new StoreError('the target store is not empty: migrate copies into an empty one only');
    await store.transaction(async () => {
      for (const t of TABLES) onTable?.(t.name, await copyTable(src, store, t));
      await store.resetIds(TABLES.filter((t) => t.columns[0].endsWith('id') && !t.key).map((t) => t.name));
    });
    // Fresh statistics, so the planner knows the copied tables' sizes from the first query on.
    await store.analyze();
    const out: CopyResult[] = [];
    for (const t of TABLES) {
      const n = (src.prepare(`SELECT count(*) AS n FROM ${t.name}`).get() as { n: number }).n;
      out.push({ table: t.name, from: n, to: await store.rowCount(t.name) });
    }
    return out;
  } finally {
    src.close();
    await store.close();
  }
}

async function copyTable(src: Database.Database, store: PgStore, t: TableCopy): Promise<number> {
  const names = t.columns.map(colName);
  const readable = t.columns.filter((c) => c !== 'tsv').map((c) => (c.includes(' AS ') ? c : `"${c}"`));
  const stmt = src.prepare(`SELECT ${readable.join(', ')} FROM ${t.name} ORDER BY ${t.key ?? (t.name === 'mediation_hits' ? 'rowid' : 'id')}`);
  let batch: unknown[][] = [];
  let n = 0;
  const flush = async () => {
    if (!batch.length) return;
    await store.insertRows(t.name, names.map(quoted), batch, names.includes('tsv') ? names.indexOf('tsv') : -1);
    n += batch.length;
    batch = [];
  };
  for (const raw of stmt.iterate() as Iterable<Row>) {
    const r = t.convert ? t.convert(raw) : raw;
    batch.push(names.map((k) => r[k] ?? null));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return n;
}
