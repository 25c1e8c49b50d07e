// A report as the dashboard shows it: its cleaned text and the spans of everything extracted from it, so the page can
// highlight the evidence behind each event, quote and claim.
import { analyze, EntityNames, eventLabel, type Store } from '../index.js';
import type { EventRow, ReportRow } from '../store/types.js';

export interface DocSpan {
  kind: 'event' | 'quote' | 'claim';
  /** The event's canonical id, the quote's id or the claim's id. */
  id: number;
  start: number;
  end: number;
  label: string;
  modality?: string;
}

export interface DocumentView {
  id: string;
  title: string | null;
  outlet: string;
  source: string | null;
  published: string | null;
  text: string;
  spans: DocSpan[];
}

/** Finds a stored report by its document id; the server is given one (see reports.ts). */
export type ReportLookup = (docId: string) => Promise<(ReportRow & { id: number }) | undefined>;

export async function documentView(store: Store, report: ReportRow & { id: number }): Promise<DocumentView> {
  const names = new EntityNames(store);
  const spans: DocSpan[] = [];
  // Only this report's items: a read per report, not a scan of every event in the store.
  const items = await store.reportItems(report.id);
  const events = new Map<number, EventRow | undefined>();
  for (const id of new Set(items.mentions.map((m) => m.event_id))) events.set(id, await store.event(id));
  await names.loadEvents([...events.values()].filter((e): e is EventRow => !!e));
  for (const m of items.mentions) {
    const e = events.get(m.event_id);
    if (e) spans.push({ kind: 'event', id: e.id!, start: m.start, end: m.end, label: eventLabel(e, names), modality: m.modality });
  }
  for (const q of items.quotes) {
    spans.push({ kind: 'quote', id: q.id, start: q.start, end: q.end, label: `quote: ${q.speaker_name ?? q.speaker_text ?? 'unattributed'}` });
  }
  for (const c of items.claims) {
    spans.push({ kind: 'claim', id: c.id, start: c.start, end: c.end, label: `${c.kind}: ${c.value}${c.about ? ` (${c.about})` : ''}` });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    id: report.doc_id, title: report.title, outlet: report.outlet, source: report.source, published: report.published,
    text: report.text, spans,
  };
}

export interface EvidenceContext {
  /** Text before the sentence, then the sentence around the evidence, then text after it: all plain text. */
  before: string;
  lead: string;
  evidence: string;
  trail: string;
  after: string;
}

/** Sentence bounds of a paragraph, as [start, end) offsets into it. */
export type SentenceSplitter = (paragraph: string) => { start: number; end: number }[];
const winkSentences: SentenceSplitter = (p) => analyze(p).sentences;

/** Loads the sentence splitter's model now (a few hundred ms, once) rather than in the first request that shows a
 * piece of evidence in its sentence (a dispute's or a quote's page). */
export function warmSentenceSplitter(): void { winkSentences('Talks resumed.'); }

/**
 * The evidence in its sentence and a little of its paragraph (about `room` characters each side, cut at spaces), so a
 * reader sees the supporting sentence in place without loading the whole report. Only the paragraph is split.
 */
export function evidenceContext(text: string, start: number, end: number, room = 200, split: SentenceSplitter = winkSentences): EvidenceContext {
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  let sentStart = start;
  let sentEnd = end;
  for (const sent of split(text.slice(paraStart, paraEnd))) {
    const [a, b] = [sent.start + paraStart, sent.end + paraStart];
    if (a <= start && start < b) sentStart = a;
    if (a < end && end <= b) sentEnd = b;
  }
  let from = Math.max(paraStart, sentStart - room);
  let to = Math.min(paraEnd, sentEnd + room);
  if (from > paraStart) from = Math.min(sentStart, text.indexOf(' ', from) + 1 || from);
  if (to < paraEnd) { const sp = text.lastIndexOf(' ', to); if (sp > sentEnd) to = sp; }
  return {
    before: (from > paraStart ? '…' : '') + text.slice(from, sentStart),
    lead: text.slice(sentStart, start),
    evidence: text.slice(start, end),
    trail: text.slice(end, sentEnd),
    after: text.slice(sentEnd, to) + (to < paraEnd ? '…' : ''),
  };
}
