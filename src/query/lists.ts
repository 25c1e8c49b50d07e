// `parley quotes`, `parley claims`, `parley search`: stored items with where they came from.
import type { EventRow, SearchHit, Store } from '../store/types.js';
import { EntityNames, resolveName } from './entities.js';
import { eventLabel } from './events.js';

export interface QuoteView {
  id: number; speaker: string | null; text: string; outlet: string; report: string; date: string | null; span: [number, number];
}
export interface ClaimListView {
  id: number; kind: string; value: number; approx: boolean; about: string | null; speaker: string | null;
  outlet: string; report: string; date: string | null; evidence: string;
}

export async function quotes(store: Store, q: { speaker?: string } = {}): Promise<QuoteView[]> {
  const ids = q.speaker ? await resolveName(store, q.speaker) : undefined;
  return (await store.quotes(ids)).map((x) => ({
    id: x.id, speaker: x.speaker_name ?? x.speaker_text, text: x.text, outlet: x.outlet, report: x.doc_id,
    date: x.published, span: [x.start, x.end],
  }));
}

export async function claims(store: Store, q: { kind?: string } = {}): Promise<ClaimListView[]> {
  const names = new EntityNames(store);
  const out: ClaimListView[] = [];
  // Many claims are about one event (every retelling of a meeting's length): each is read once.
  const events = new Map<number, Promise<EventRow | undefined>>();
  const eventOf = (id: number) => events.get(id) ?? events.set(id, store.event(id)).get(id)!;
  for (const c of await store.claims(q.kind)) {
    const ev = c.about_event !== null ? await eventOf(c.about_event) : undefined;
    if (ev) await names.loadEvents([ev]);
    out.push({
      id: c.id, kind: c.kind, value: c.value, approx: c.approx, about: ev ? eventLabel(ev, names) : c.about,
      speaker: c.speaker_name, outlet: c.outlet, report: c.doc_id, date: c.date, evidence: c.evidence,
    });
  }
  return out;
}

export function search(store: Store, text: string, limit = 20): Promise<SearchHit[]> {
  return store.search(text, limit);
}
