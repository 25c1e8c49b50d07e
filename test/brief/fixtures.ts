// Hand-written reports for brief tests, in our own words: each item is one sentence of the text, so every event,
// quote and claim has an exact span. The store is built through the public ingest with these records.
import type { Claim, Entity, ExtractedEvent, ExtractionRecord, Quote, Report } from '../../src/record.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';

export type Ent = [string, Entity['kind'], string | null];
export interface Item {
  say: string;
  event?: { event?: ExtractedEvent['event']; mode?: string | null; actor: string[]; recipient?: string[]; date?: string | null; modality?: ExtractedEvent['modality']; since?: string };
  quote?: { speaker: string | null; words: string };
  claim?: { kind: Claim['kind']; value: number; speaker?: string | null; words: string };
}
export interface Doc { id: string; published: string; entities: Record<string, Ent>; items: Item[] }

export function record(d: Doc): ExtractionRecord {
  let text = '';
  const events: ExtractedEvent[] = [];
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  for (const it of d.items) {
    const at = text.length;
    text += it.say + ' ';
    const span: [number, number] = [at, at + it.say.length];
    const inner = (w: string): [number, number] => { const i = it.say.indexOf(w); if (i < 0) throw new Error(`"${w}" not in "${it.say}"`); return [at + i, at + i + w.length]; };
    if (it.event) {
      const e = it.event;
      const g = e.date ? (e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year') : null;
      events.push({
        id: `v${events.length + 1}`, event: e.event ?? 'CONSULT', mode: e.mode ?? null, actor: e.actor, recipient: e.recipient ?? [],
        date: e.date || e.since ? { value: e.date ?? null, granularity: g, type: e.since ? 'range' : 'exact', text: '', start: e.since, end: e.since ? null : undefined } : null,
        where: null, modality: e.modality ?? 'asserted', reported_by: null, hedged: false, context: [], span, sentence: span, rule: 'test.event',
      });
    }
    if (it.quote) quotes.push({ id: `q${quotes.length + 1}`, speaker: it.quote.speaker, speaker_text: it.quote.speaker, cue: 'said', text: it.quote.words, span: inner(it.quote.words), rule: 'test.quote' });
    if (it.claim) claims.push({ kind: it.claim.kind, value: it.claim.value, about: null, speaker: it.claim.speaker ?? null, span: inner(it.claim.words), rule: 'test.claim' });
  }
  const entities: Entity[] = Object.entries(d.entities).map(([id, [name, kind, country]]) => ({ id, name, kind, country, office: null, mentions: mentionsOf(text, name), rule: 'test' }));
  return {
    doc: { id: d.id, source: `https://www.${d.id}.example/news`, published: d.published, published_from: 'input', dateline: null, title: d.id, language: 'en' },
    text, entities, events, quotes, claims, issues: [], warnings: [],
  };
}

/** Where a name occurs in the text, as an extractor would find it: the full name, or its last word ("Witkoff"),
 * or its stem ("Ukrain" in "Ukrainian"). */
function mentionsOf(text: string, name: string): [number, number][] {
  const last = name.split(' ').pop()!;
  const forms = [...new Set([name, last, last.length > 5 ? last.slice(0, -1) : last])];
  const out: [number, number][] = [];
  for (const f of forms) for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) if (!out.some(([a, b]) => a <= i && i < b)) out.push([i, i + f.length]);
  return out;
}

export async function storeOf(docs: Doc[], path = ':memory:'): Promise<Store> {
  const store = await openStore(path);
  const recs = docs.map(record);
  const reports: (Report & { rec: ExtractionRecord })[] = recs.map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
  await ingestReports(store, reports, { extract: (r) => (r as Report & { rec: ExtractionRecord }).rec });
  return store;
}

export const E: Record<string, Ent> = {
  trump: ['Donald Trump', 'person', 'USA'],
  putin: ['Vladimir Putin', 'person', 'RUS'],
  zel: ['Volodymyr Zelenskyy', 'person', 'UKR'],
  witkoff: ['Steve Witkoff', 'person', 'USA'],
  umerov: ['Rustem Umerov', 'person', 'UKR'],
  rus: ['Russia', 'state', 'RUS'],
  ukr: ['Ukraine', 'state', 'UKR'],
  usa: ['United States', 'state', 'USA'],
  isr: ['Israel', 'state', 'ISR'],
  hamas: ['Hamas', 'group', 'PSE'],
  egy: ['Egypt', 'state', 'EGY'],
  qat: ['Qatar', 'state', 'QAT'],
  netanyahu: ['Benjamin Netanyahu', 'person', 'ISR'],
};
const pick = (...ks: string[]) => Object.fromEntries(ks.map((k) => [k, E[k]]));

/** Two conflicts: Russia-Ukraine mediated by the US, Israel-Hamas mediated by the US, Egypt and Qatar. */
export const DOCS: Doc[] = [
  { id: 'ru1', published: '2025-11-21', entities: pick('rus', 'ukr', 'usa', 'witkoff', 'umerov', 'putin'), items: [
    { say: 'Russian missiles struck a power station in Ukraine overnight.', event: { event: 'ASSAULT', actor: ['rus'], recipient: ['ukr'], date: '2025-11-20' } },
    { say: 'Washington circulated a 28-point plan to both capitals.', claim: { kind: 'plan-points', value: 28, words: '28-point plan' } },
    { say: 'Witkoff met Umerov in Miami to go through the draft.', event: { mode: 'meet', actor: ['witkoff', 'umerov'], date: '2025-11-20' } },
    { say: 'The United States has mediated between Kyiv and Moscow since the spring.' },
    { say: 'Witkoff then flew to Moscow and met Putin for five hours.', event: { mode: 'visit', actor: ['witkoff'], recipient: ['putin'], date: '2025-11-21' } },
    { say: 'Territory remains the main obstacle, officials said.' },
    { say: 'Ukraine demanded firm security guarantees before any ceasefire.', event: { event: 'REQUEST', actor: ['ukr'], date: '2025-11-21' } },
  ] },
  { id: 'ru2', published: '2025-12-29', entities: pick('rus', 'ukr', 'usa', 'trump', 'putin', 'zel'), items: [
    { say: 'Ukrainian drones hit a Russian refinery on Saturday.', event: { event: 'ASSAULT', actor: ['ukr'], recipient: ['rus'], date: '2025-12-27' } },
    { say: 'Trump hosted Zelenskyy at his Florida club on Sunday.', event: { mode: 'visit', actor: ['zel'], recipient: ['trump'], date: '2025-12-28' } },
    { say: 'Before the talks Trump spoke with Putin by phone.', event: { mode: 'phone', actor: ['trump'], recipient: ['putin'], date: '2025-12-28' } },
    { say: 'The plan has been cut to a 20-point plan.', claim: { kind: 'plan-points', value: 20, words: '20-point plan' } },
    { say: 'Zelenskyy said the plan was 90% agreed.', claim: { kind: 'agreement-percent', value: 90, speaker: 'zel', words: '90%' } },
    { say: 'Zelenskyy hopes to meet Putin in person.', event: { mode: 'meet', actor: ['zel', 'putin'], modality: 'hypothetical' } },
    { say: 'Putin has not spoken to Zelenskyy since July 2020.', event: { event: 'REJECT', mode: 'phone', actor: ['putin', 'trump'], recipient: ['zel'], since: '2020-07' } },
    { say: 'Security guarantees are 100% agreed, Zelenskyy said.' },
    { say: 'The Zaporizhzhia nuclear plant is still a sticking point.' },
    { say: 'Zelenskyy said: "We will never give up the Donbas."', quote: { speaker: 'zel', words: 'We will never give up the Donbas.' } },
    { say: 'An official said: "The Donbas question is open."', quote: { speaker: 'anonymous', words: 'The Donbas question is open.' } },
    { say: 'Russia rejected any freeze of the front line.', event: { event: 'REJECT', actor: ['rus'], date: '2025-12-28' } },
  ] },
  { id: 'ru3', published: '2025-12-29', entities: pick('rus', 'ukr', 'usa', 'trump'), items: [
    { say: 'Trump put it at 95% agreed.', claim: { kind: 'agreement-percent', value: 95, speaker: 'trump', words: '95%' } },
  ] },
  { id: 'gz1', published: '2025-10-14', entities: pick('isr', 'hamas', 'usa', 'egy', 'qat', 'trump', 'netanyahu'), items: [
    { say: 'Israeli strikes hit Hamas positions in Gaza.', event: { event: 'ASSAULT', actor: ['isr'], recipient: ['hamas'], date: '2025-10-10' } },
    { say: 'Envoys of the United States, Egypt and Qatar, the mediators, met Israeli and Hamas negotiators in Sharm el-Sheikh.', event: { mode: 'third-party', actor: ['usa', 'egy', 'qat', 'isr', 'hamas'], date: '2025-10-09' } },
    { say: 'Egypt hosted a second round with both delegations.', event: { mode: 'multilateral', actor: ['egy', 'isr', 'hamas'], date: '2025-10-12' } },
    { say: 'A 20-point plan for Gaza was agreed on by both sides.', claim: { kind: 'plan-points', value: 20, words: '20-point plan' } },
    { say: 'Trump met Netanyahu at the White House.', event: { mode: 'meet', actor: ['trump', 'netanyahu'], date: '2025-10-13' } },
  ] },
  { id: 'gz2', published: '2025-10-15', entities: pick('isr', 'hamas'), items: [
    { say: 'Hamas fighters fired on an Israeli patrol near Rafah.', event: { event: 'ASSAULT', actor: ['hamas'], recipient: ['isr'], date: '2025-10-15' } },
  ] },
];
