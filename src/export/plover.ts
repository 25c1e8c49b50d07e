// A canonical event as a PLOVER 2.0 event record (manual, "Data Fields"; docs/plover-export.md has the field table).
// Required id, date, actor, event; then what Parley knows: recipient, mode, context, quad_code, location, the texts
// and their spans, the planned -> realised link, and a citation of every report that carries the event.
import type { EventRow, MentionView, Store } from '../store/types.js';
import type { EntityNames } from '../query/entities.js';
import { ploverActor, type PloverActor } from './plover-actor.js';
import { QUAD_CODE } from './plover.data.js';

/** A report's id in every export: prefixed, so no reader takes "002" for the number 2. */
export const reportId = (docId: string) => `report-${docId}`;

export type { PloverActor } from './plover-actor.js';
export type DatePrecision = 'day' | 'month' | 'year' | 'report';

export interface PloverSource {
  publication: string; url: string | null; title: string | null; publication_date: string | null; citation: string;
}
export interface PloverCiteInfo extends PloverSource {
  language: 'en'; coder: string; codebook: string;
  /** Every report that carries the event, first-seen first; the fields above repeat the first. */
  sources: PloverSource[];
}
export interface PloverSpan { citation: string; start: number; end: number }
export interface PloverTextInfo { start: number; end: number; spans: PloverSpan[] }

export interface PloverEvent {
  id: string;
  has_event: true;
  date: string;
  enddate: string | null;
  date_precision: DatePrecision;
  actor: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: 1 | 2 | 3 | 4;
  event_loc: { extracted_place: string } | null;
  event_text: string[];
  link: string | null;
  link_role: 'planned' | 'realised' | null;
  linked_events: string[];
  text_info: PloverTextInfo;
  cite_info: PloverCiteInfo;
  modality: string;
  source_count: number;
  coder: string;
}

export const ploverId = (id: number) => `parley-${id}`;
const lastDay = (ym: string) => new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The event's date as PLOVER wants it (a full day), how precise it is, and the period's last day when not a day. */
export function ploverDate(e: EventRow, mentions: MentionView[]): { date: string; enddate: string | null; precision: DatePrecision } {
  if (e.date && e.granularity === 'day') return { date: e.date, enddate: null, precision: 'day' };
  if (e.date && e.granularity === 'month') return { date: `${e.date}-01`, enddate: lastDay(e.date), precision: 'month' };
  if (e.date && e.granularity === 'year') return { date: `${e.date}-01-01`, enddate: `${e.date}-12-31`, precision: 'year' };
  // Undated in every report: the date the first report carrying it was published, marked as such.
  const published = mentions.map((m) => m.published).filter((d): d is string => !!d).sort();
  return { date: published[0] ?? '0000-01-01', enddate: null, precision: 'report' };
}

const urlOf = (m: MentionView) => (/^https?:/i.test(m.source ?? '') ? m.source : null);

function citeInfo(mentions: MentionView[], coder: string): PloverCiteInfo {
  const seen = new Set<string>();
  const sources: PloverSource[] = [];
  for (const m of mentions) {
    if (seen.has(m.doc_id)) continue;
    seen.add(m.doc_id);
    sources.push({ publication: m.outlet, url: urlOf(m), title: m.title, publication_date: m.published, citation: reportId(m.doc_id) });
  }
  return { ...sources[0], language: 'en', coder, codebook: 'plover-2.0', sources };
}

async function links(store: Store, id: number): Promise<Pick<PloverEvent, 'link' | 'link_role' | 'linked_events'>> {
  const all = await store.eventLinks(id);
  if (!all.length) return { link: null, link_role: null, linked_events: [] };
  // The link names the plan: a plan and every report that it came about share it.
  const plan = all.find((l) => l.planned === id) ? id : all[0].planned;
  return {
    link: `parley-plan-${plan}`, link_role: plan === id ? 'planned' : 'realised',
    linked_events: [...new Set(all.map((l) => (l.planned === id ? l.realised : l.planned)))].map(ploverId),
  };
}

export async function toPlover(store: Store, e: EventRow, names: EntityNames, coder = 'parley'): Promise<PloverEvent> {
  const mentions = await store.mentions(e.id!);
  await names.loadEvents([e]);
  const { date, enddate, precision } = ploverDate(e, mentions);
  const first = mentions[0];
  return {
    id: ploverId(e.id!), has_event: true, date, enddate, date_precision: precision,
    actor: e.actor.map((id) => ploverActor(names.row(id), id)), recipient: e.recipient.map((id) => ploverActor(names.row(id), id)),
    event: [e.category], mode: e.mode ? [e.mode] : [], context: [...new Set(mentions.flatMap((m) => m.context))],
    quad_code: QUAD_CODE[e.category], event_loc: e.place ? { extracted_place: e.place } : null,
    event_text: [...new Set(mentions.map((m) => m.evidence))], ...(await links(store, e.id!)),
    text_info: { start: first?.start ?? 0, end: first?.end ?? 0, spans: mentions.map((m) => ({ citation: reportId(m.doc_id), start: m.start, end: m.end })) },
    cite_info: citeInfo(mentions, coder), modality: e.modality, source_count: e.source_count, coder,
  };
}
