// The flat tables of `parley events --format csv` and `parley export`: one layout whatever the format (CSV, JSON
// Lines, Parquet), typed so Parquet gets real dates and lists. Ids are strings that never look like numbers
// ("parley-12", "report-002"), so no reader turns "002" into 2.
import type { EventRow, Store } from '../store/types.js';
import type { EntityNames } from '../query/entities.js';
import { ploverActor, type PloverActor } from './plover-actor.js';
import { ploverDate, ploverId, reportId, type DatePrecision } from './plover.js';
import { QUAD_CODE } from './plover.data.js';

export type ColumnType = 'string' | 'integer' | 'date' | 'list';
export interface TableColumn<T> { name: string; type: ColumnType; get: (row: T) => string | number | string[] | null }
import type { TableName } from './formats.js';

export { reportId };

/** Everything the three tables read about one canonical event, gathered once. */
export interface EventFacts {
  row: EventRow;
  id: string;
  date: string;
  enddate: string | null;
  precision: DatePrecision;
  actor: PloverActor[];
  recipient: PloverActor[];
  context: string[];
  link: string | null;
  sources: { report: string; outlet: string; url: string | null; title: string | null; published: string | null; start: number; end: number; evidence: string }[];
}

export async function eventFacts(store: Store, e: EventRow, names: EntityNames): Promise<EventFacts> {
  const mentions = await store.mentions(e.id!);
  const { date, enddate, precision } = ploverDate(e, mentions);
  const links = await store.eventLinks(e.id!);
  await names.loadEvents([e]);
  const plan = links.find((l) => l.planned === e.id) ? e.id : links[0]?.planned;
  return {
    row: e, id: ploverId(e.id!), date, enddate, precision,
    actor: e.actor.map((id) => ploverActor(names.row(id), id)), recipient: e.recipient.map((id) => ploverActor(names.row(id), id)),
    context: [...new Set(mentions.flatMap((m) => m.context))], link: plan === undefined ? null : `parley-plan-${plan}`,
    sources: mentions.map((m) => ({
      report: reportId(m.doc_id), outlet: m.outlet, url: /^https?:/i.test(m.source ?? '') ? m.source : null, title: m.title,
      published: m.published, start: m.start, end: m.end, evidence: m.evidence,
    })),
  };
}

const names = (xs: PloverActor[]) => xs.map((x) => x.entity_text);
const codes = (xs: PloverActor[]) => xs.map((x) => x.code ?? '');
const sectors = (xs: PloverActor[]) => xs.map((x) => x.sector ?? '');

const common: TableColumn<EventFacts>[] = [
  { name: 'event_id', type: 'string', get: (f) => f.id },
  { name: 'event', type: 'string', get: (f) => f.row.category },
  { name: 'mode', type: 'string', get: (f) => f.row.mode },
  { name: 'quad_code', type: 'integer', get: (f) => QUAD_CODE[f.row.category] },
  { name: 'date', type: 'date', get: (f) => (f.date.startsWith('0000') ? null : f.date) },
  { name: 'date_precision', type: 'string', get: (f) => f.precision },
  { name: 'enddate', type: 'date', get: (f) => f.enddate },
];
const tail: TableColumn<EventFacts>[] = [
  { name: 'place', type: 'string', get: (f) => f.row.place },
  { name: 'modality', type: 'string', get: (f) => f.row.modality },
  { name: 'context', type: 'list', get: (f) => f.context },
  { name: 'source_count', type: 'integer', get: (f) => f.row.source_count },
  { name: 'report_count', type: 'integer', get: (f) => new Set(f.sources.map((s) => s.report)).size },
  { name: 'link', type: 'string', get: (f) => f.link },
];

/** One row per canonical event; the parties as lists, their codes and sectors in parallel lists. */
export const EVENT_COLUMNS: TableColumn<EventFacts>[] = [
  ...common,
  { name: 'actor', type: 'list', get: (f) => names(f.actor) },
  { name: 'actor_code', type: 'list', get: (f) => codes(f.actor) },
  { name: 'actor_sector', type: 'list', get: (f) => sectors(f.actor) },
  { name: 'recipient', type: 'list', get: (f) => names(f.recipient) },
  { name: 'recipient_code', type: 'list', get: (f) => codes(f.recipient) },
  { name: 'recipient_sector', type: 'list', get: (f) => sectors(f.recipient) },
  ...tail,
  { name: 'first_report', type: 'string', get: (f) => f.sources[0]?.report ?? null },
  { name: 'evidence', type: 'string', get: (f) => f.sources[0]?.evidence ?? null },
];

export interface SourceRow { facts: EventFacts; source: EventFacts['sources'][number] }
/** One row per report's mention of an event: where the evidence is. */
export const SOURCE_COLUMNS: TableColumn<SourceRow>[] = [
  { name: 'event_id', type: 'string', get: (r) => r.facts.id },
  { name: 'report_id', type: 'string', get: (r) => r.source.report },
  { name: 'outlet', type: 'string', get: (r) => r.source.outlet },
  { name: 'url', type: 'string', get: (r) => r.source.url },
  { name: 'title', type: 'string', get: (r) => r.source.title },
  { name: 'published', type: 'date', get: (r) => r.source.published },
  { name: 'start', type: 'integer', get: (r) => r.source.start },
  { name: 'end', type: 'integer', get: (r) => r.source.end },
  { name: 'evidence', type: 'string', get: (r) => r.source.evidence },
];

export interface PairRow { facts: EventFacts; actor: PloverActor | null; recipient: PloverActor | null }
const party = (side: 'actor' | 'recipient'): TableColumn<PairRow>[] => [
  { name: side, type: 'string', get: (r) => r[side]?.entity_text ?? null },
  { name: `${side}_country`, type: 'string', get: (r) => r[side]?.code ?? null },
  { name: `${side}_sector`, type: 'string', get: (r) => r[side]?.sector ?? null },
  { name: `${side}_wikidata`, type: 'string', get: (r) => r[side]?.identifier_id ?? null },
  { name: `${side}_kind`, type: 'string', get: (r) => r[side]?.kind ?? null },
];
const onFacts = (c: TableColumn<EventFacts>): TableColumn<PairRow> => ({ ...c, get: (r) => c.get(r.facts) });
/** POLECAT-style: one row per event x actor-recipient pair (an event with no recipient: one row per actor). */
export const POLECAT_COLUMNS: TableColumn<PairRow>[] = [
  ...common.map(onFacts), ...party('actor'), ...party('recipient'), ...tail.map(onFacts),
];

export function* sourceRows(f: EventFacts): Generator<SourceRow> {
  for (const source of f.sources) yield { facts: f, source };
}

export function* pairRows(f: EventFacts): Generator<PairRow> {
  const actors = f.actor.length ? f.actor : [null];
  const recipients = f.recipient.length ? f.recipient : [null];
  for (const actor of actors) for (const recipient of recipients) yield { facts: f, actor, recipient };
}

/** A table's columns and how one event becomes its rows. */
export function tableOf(name: TableName): { columns: TableColumn<any>[]; rows: (f: EventFacts) => Iterable<unknown> } {
  if (name === 'sources') return { columns: SOURCE_COLUMNS, rows: sourceRows };
  if (name === 'polecat') return { columns: POLECAT_COLUMNS, rows: pairRows };
  return { columns: EVENT_COLUMNS, rows: (f) => [f] };
}
