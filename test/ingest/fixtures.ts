// Hand-made extraction records for store/merge/ingest tests: a tiny builder that lays out a text and gives every
// event, quote and claim an exact span into it.
import type { Claim, Entity, ExtractedEvent, ExtractionRecord, Quote, Report } from '../../src/record.js';

export interface EvSpec {
  event?: ExtractedEvent['event'];
  mode?: string | null;
  actor: string[];
  recipient?: string[];
  date?: string | null;
  modality?: ExtractedEvent['modality'];
  where?: string | null;
  since?: string | null;
  context?: string[];
  text: string;
}
export interface DocSpec {
  id: string;
  source?: string | null;
  published?: string | null;
  /** Entities by local id: [name, kind, country, office?, wikidata?]. */
  entities: Record<string, [string, Entity['kind'], string | null, (string | null)?, string?]>;
  events?: EvSpec[];
  quotes?: { speaker: string | null; text: string }[];
  claims?: { kind: Claim['kind']; value: number; approx?: boolean; about?: string | null; speaker?: string | null; text: string }[];
  filler?: string;
}

/** Builds a record whose text is the sentences of its items, so every span is exact. */
export function record(d: DocSpec): ExtractionRecord {
  let text = d.filler ?? `Report ${d.id}. `;
  const put = (s: string): [number, number] => { const a = text.length; text += s + ' '; return [a, a + s.length]; };
  const entities: Entity[] = Object.entries(d.entities).map(([id, [name, kind, country, office, wikidata]]) => ({
    id, name, kind, country, office: office ?? null, mentions: [], rule: 'test', ...(wikidata ? { wikidata } : {}),
  }));
  const events: ExtractedEvent[] = (d.events ?? []).map((e, i) => {
    const span = put(e.text);
    const g = e.date ? (e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year') : null;
    return {
      id: `v${i + 1}`, event: e.event ?? 'CONSULT', mode: e.mode ?? null, actor: e.actor, recipient: e.recipient ?? [],
      date: e.date || e.since ? { value: e.date ?? null, granularity: g, type: e.since ? 'range' : 'exact', text: e.date ?? '', start: e.since ?? undefined, end: e.since ? null : undefined } : null,
      where: e.where ? { text: e.where, entity: null } : null, modality: e.modality ?? 'asserted', reported_by: null,
      hedged: false, context: e.context ?? [], span, sentence: span, rule: 'test.event',
    };
  });
  const quotes: Quote[] = (d.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`, speaker: q.speaker, speaker_text: q.speaker ? d.entities[q.speaker]?.[0] ?? null : null, cue: 'said',
    text: q.text, span: put(q.text), rule: 'test.quote',
  }));
  const claims: Claim[] = (d.claims ?? []).map((c) => ({
    kind: c.kind, value: c.value, approx: c.approx, about: c.about ?? null, speaker: c.speaker ?? null,
    span: put(c.text), rule: 'test.claim',
  }));
  return {
    doc: { id: d.id, source: d.source ?? `https://www.${d.id}.example/news`, published: d.published ?? null,
      published_from: d.published ? 'input' : null, dateline: null, title: `Title ${d.id}`, language: 'en' },
    text, entities, events, quotes, claims, issues: [], warnings: [],
  };
}

/** Reports that carry their pre-built record; `extractFixture` hands it back (no extraction, no mocks). */
export function asReports(recs: ExtractionRecord[]): (Report & { record: ExtractionRecord })[] {
  return recs.map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, record: r }));
}
export const extractFixture = (r: Report) => {
  const rec = (r as Report & { record?: ExtractionRecord }).record;
  if (!rec) throw new Error(`no fixture record for ${r.id}`);
  return rec;
};

export const PEOPLE = {
  trump: ['Donald Trump', 'person', 'USA'],
  zel: ['Volodymyr Zelenskyy', 'person', 'UKR'],
  zel2: ['Zelensky', 'person', 'UKR'],
  putin: ['Vladimir Putin', 'person', 'RUS'],
  ushakov: ['Yury Ushakov', 'person', 'RUS'],
  ushakov2: ['Yuri Ushakov', 'person', 'RUS'],
} as const satisfies Record<string, [string, Entity['kind'], string | null]>;
