// What every section of a brief reads: the store's events with the sides of their participants, mentions, report
// texts split into sentences, and evidence built from a report span. Loaded once per `brief()` call, memoised.
import type { EventRow, MentionView, Store } from '../store/types.js';
import { storedEntities, storedReports, type ReportText } from './queries.js';
import { sentenceAt, splitSentences, type SentenceSpan } from './sentences.js';
import { SideIndex } from './sides.js';
import type { Evidence } from './types.js';

export interface SidedEvent {
  ev: EventRow;
  actorSides: Set<string>;
  recipientSides: Set<string>;
  sides: Set<string>;
}

export class BriefContext {
  readonly sides: SideIndex;
  readonly events: SidedEvent[];
  private readonly mentionCache = new Map<number, MentionView[]>();
  private readonly reports = new Map<number, ReportText>();
  private readonly reportsByDoc = new Map<string, ReportText>();
  private readonly sentenceCache = new Map<number, SentenceSpan[]>();
  private readonly reportSideCache = new Map<number, Set<string>>();

  constructor(readonly store: Store) {
    this.sides = new SideIndex(storedEntities(store));
    for (const r of storedReports(store)) { this.reports.set(r.id, r); this.reportsByDoc.set(r.doc_id, r); }
    this.events = [...store.events({})].map((ev) => {
      const actorSides = this.sidesOf(ev.actor);
      const recipientSides = this.sidesOf(ev.recipient);
      return { ev, actorSides, recipientSides, sides: new Set([...actorSides, ...recipientSides]) };
    });
  }

  sidesOf(ids: number[]): Set<string> {
    const out = new Set<string>();
    for (const id of ids) { const s = this.sides.side(id); if (s) out.add(s); }
    return out;
  }

  mentions(eventId: number): MentionView[] {
    let m = this.mentionCache.get(eventId);
    if (!m) this.mentionCache.set(eventId, (m = this.store.mentions(eventId)));
    return m;
  }

  allReports(): ReportText[] { return [...this.reports.values()]; }
  report(id: number): ReportText | undefined { return this.reports.get(id); }
  reportByDoc(docId: string): ReportText | undefined { return this.reportsByDoc.get(docId); }

  /** The sides a report names (its people count for their country). */
  reportSides(reportId: number): Set<string> {
    let s = this.reportSideCache.get(reportId);
    if (!s) this.reportSideCache.set(reportId, (s = this.sidesOf(this.store.reportEntityIds(reportId))));
    return s;
  }

  sentences(reportId: number): SentenceSpan[] {
    let s = this.sentenceCache.get(reportId);
    if (!s) this.sentenceCache.set(reportId, (s = splitSentences(this.reports.get(reportId)?.text ?? '')));
    return s;
  }

  /** Evidence for a span of a stored report: the whole sentence around it when the report text is at hand. */
  evidence(reportId: number, span: [number, number], fallback: { outlet: string; doc_id: string; quote: string; published?: string | null }): Evidence {
    const r = this.reports.get(reportId);
    if (!r) return { outlet: fallback.outlet, report: fallback.doc_id, date: fallback.published ?? null, quote: fallback.quote, span };
    const s = sentenceAt(this.sentences(reportId), span[0]);
    const at: [number, number] = s && s.end >= span[1] ? [s.start, s.end] : span;
    return { outlet: r.outlet, report: r.doc_id, date: r.published, quote: r.text.slice(at[0], at[1]), span: at };
  }

  /** Evidence for one mention of an event. */
  mentionEvidence(m: MentionView): Evidence {
    return this.evidence(m.report_id, [m.start, m.end], { outlet: m.outlet, doc_id: m.doc_id, quote: m.evidence, published: this.store.reportPublished(m.report_id) });
  }

  /** Evidence for an event: its first mentions, up to `max`. */
  eventEvidence(eventId: number, max = 2): Evidence[] {
    return this.mentions(eventId).slice(0, max).map((m) => this.mentionEvidence(m));
  }
}
