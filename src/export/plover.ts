// A canonical event as a PLOVER 2.0 event record (manual, "JSON record format"): required id, date, actor, event;
// Parley adds modality, date_precision and the sources. Actor codes are ISO3 / IGO codes where known.
import type { EntityRow, EventRow, Store } from '../store/types.js';
import type { EntityNames } from '../query/entities.js';

export interface PloverActor { code: string | null; entity_text: string; identifier_text: string; kind: string }
export interface PloverEvent {
  id: string;
  has_event: true;
  date: string;
  date_precision: 'day' | 'month' | 'year' | 'report';
  actor: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string[];
  context: string[];
  event_loc: { name: string } | null;
  event_text: string[];
  modality: string;
  source_count: number;
  cite_info: { outlet: string; url: string | null; report: string; span: [number, number] }[];
  coder: 'parley';
}

function actor(e: EntityRow | undefined, id: number): PloverActor {
  return { code: e?.country ?? null, entity_text: e?.name ?? `#${id}`, identifier_text: e?.key ?? `#${id}`, kind: e?.kind ?? 'unknown' };
}

export function toPlover(store: Store, e: EventRow, names: EntityNames): PloverEvent {
  const mentions = store.mentions(e.id!);
  let date: string;
  let precision: PloverEvent['date_precision'];
  if (e.date && e.granularity) {
    date = e.granularity === 'day' ? e.date : e.granularity === 'month' ? `${e.date}-01` : `${e.date}-01-01`;
    precision = e.granularity as 'day' | 'month' | 'year';
  } else {
    // Undated in every report: the date the first report carrying it was published, marked as such.
    const published = mentions.map((m) => store.reportPublished(m.report_id)).filter((d): d is string => !!d).sort();
    date = published[0] ?? '0000-01-01';
    precision = 'report';
  }
  return {
    id: `parley-${e.id}`, has_event: true, date, date_precision: precision,
    actor: e.actor.map((id) => actor(names.row(id), id)), recipient: e.recipient.map((id) => actor(names.row(id), id)),
    event: [e.category], mode: e.mode ? [e.mode] : [], context: [], event_loc: e.place ? { name: e.place } : null,
    event_text: [...new Set(mentions.map((m) => m.evidence))], modality: e.modality, source_count: e.source_count,
    cite_info: mentions.map((m) => ({
      outlet: m.outlet, url: /^https?:/i.test(m.source ?? '') ? m.source : null, report: m.doc_id, span: [m.start, m.end],
    })),
    coder: 'parley',
  };
}
