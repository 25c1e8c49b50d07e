// What every section of a brief reads: the store's events with the sides of their participants, which reports
// mention each event, the sides each report names, and evidence built from a report span. Report texts are never
// all loaded: an evidence line reads its one report (a few are kept), and issue sentences were found at ingest.
import type { ClaimView, EventRow, MentionView, ReportMeta, Store } from '../store/types.js';
import { sentenceAt, splitSentences, type SentenceSpan } from './sentences.js';
import { SideIndex } from './sides.js';
import type { Evidence } from './types.js';

export interface SidedEvent {
  ev: EventRow;
  actorSides: Set<string>;
  recipientSides: Set<string>;
  sides: Set<string>;
}

/** How many report texts (with their sentences) an evidence reader keeps at once, the least recently used dropped
 * first: a process's evidence comes again and again from the first reports that told its events. */
const TEXTS_KEPT = 1024;
/** How many mentions of an event are read for its evidence. */
const EVIDENCE_MENTIONS = 4;
/** Mentions read when evidence must come from a process's own reports. */
const SCOPED_MENTIONS = 8;

export class BriefContext {
  readonly sides: SideIndex;
  readonly events: SidedEvent[] = [];
  private mediationHitRows: { report_id: number; entity_id: number; cue: string; n: number }[] = [];
  private readonly mentionCache = new Map<number, MentionView[]>();
  private readonly reports = new Map<number, ReportMeta>();
  private readonly reportsByDoc = new Map<string, ReportMeta>();
  private readonly texts = new Map<number, { text: string; sentences: SentenceSpan[] }>();
  private readonly reportSideSets = new Map<number, Set<string>>();
  private readonly eventReportSets = new Map<number, number[]>();
  private readonly links = new Map<number, number[]>();
  private readonly claimsByKind = new Map<string, ClaimView[]>();

  /** Reads what every section needs at once; texts and mentions are read later, one event or report at a time. */
  static async load(store: Store): Promise<BriefContext> {
    const sides = new SideIndex(await store.entityRows());
    const ctx = new BriefContext(store, sides);
    await ctx.read();
    return ctx;
  }

  private constructor(readonly store: Store, sides: SideIndex) { this.sides = sides; }

  private async read(): Promise<void> {
    const { store } = this;
    for await (const r of store.reportList()) { this.reports.set(r.id, r); this.reportsByDoc.set(r.doc_id, r); }
    // The sides of each distinct set of named entities, computed once and shared by the reports naming that set.
    const sided: [number, Set<string>][] = [];
    for (const g of await store.reportEntityGroups()) {
      const sides = this.sidesOf(g.entities);
      if (sides.size) for (const r of g.reports) sided.push([r, sides]);
    }
    for (const [report, sides] of sided.sort((x, y) => x[0] - y[0])) this.reportSideSets.set(report, sides);
    for (const { event_id, reports } of await store.eventReportLists()) this.eventReportSets.set(event_id, reports);
    for (const l of await store.links()) (this.links.get(l.planned) ?? this.links.set(l.planned, []).get(l.planned)!).push(l.realised);
    for await (const ev of store.events({})) {
      const actorSides = this.sidesOf(ev.actor);
      const recipientSides = this.sidesOf(ev.recipient);
      this.events.push({ ev, actorSides, recipientSides, sides: new Set([...actorSides, ...recipientSides]) });
    }
    this.mediationHitRows = await store.mediationCounts();
    this.claimList = await store.claims();
    for (const c of this.claimList) (this.claimsByKind.get(c.kind) ?? this.claimsByKind.set(c.kind, []).get(c.kind)!).push(c);
    this.quoteTally = new Map((await store.quoteCounts()).map((q) => [q.report_id, q]));
  }

  sidesOf(ids: number[]): Set<string> {
    const out = new Set<string>();
    for (const id of ids) { const s = this.sides.side(id); if (s) out.add(s); }
    return out;
  }

  /** All mentions of an event (its evidence, its "since" intervals, its inferred parties). */
  async mentions(eventId: number): Promise<MentionView[]> {
    let m = this.mentionCache.get(eventId);
    if (!m) this.mentionCache.set(eventId, (m = await this.store.mentions(eventId)));
    return m;
  }

  /** The events a planned one was linked to at ingest (same participants, in its time window). */
  plannedLinks(eventId: number): number[] { return this.links.get(eventId) ?? []; }

  private mediation: Map<number, Map<string, number>> | null = null;
  /** Per report, the sides named next to a mediation cue and how often (read once, when first asked). */
  mediationByReport(weights: Record<string, number> = {}): Map<number, Map<string, number>> {
    if (this.mediation) return this.mediation;
    this.mediation = new Map();
    for (const h of this.mediationHitRows) {
      // A place stands for its state as the host of talks or of a deal brokered there; a place named near "mediated" is no mediator.
      const side = h.cue === 'host' || h.cue === 'broker' ? this.sides.sideOrPlace(h.entity_id) : this.sides.side(h.entity_id);
      if (!side) continue;
      const m = this.mediation.get(h.report_id) ?? this.mediation.set(h.report_id, new Map()).get(h.report_id)!;
      m.set(side, (m.get(side) ?? 0) + h.n * (weights[h.cue] ?? 1));
    }
    return this.mediation;
  }

  private mediationNaming: Map<string, number[]> | null = null;
  /** The reports with a mediation cue that name a side, in id order (an index built once, when first asked). */
  mediationReportsNaming(side: string, weights: Record<string, number> = {}): number[] {
    if (!this.mediationNaming) {
      this.mediationNaming = new Map();
      for (const report of [...this.mediationByReport(weights).keys()].sort((x, y) => x - y)) {
        for (const s of this.reportSides(report)) (this.mediationNaming.get(s) ?? this.mediationNaming.set(s, []).get(s)!).push(report);
      }
    }
    return this.mediationNaming.get(side) ?? [];
  }

  private talks: Map<string, SidedEvent[]> | null = null;
  /** Asserted talks (CONSULT) a side takes part in, in store order (an index built once, when first asked). */
  talksWith(side: string): SidedEvent[] {
    if (!this.talks) {
      this.talks = new Map();
      for (const e of this.events) {
        if (e.ev.category !== 'CONSULT' || e.ev.modality !== 'asserted') continue;
        for (const s of e.sides) (this.talks.get(s) ?? this.talks.set(s, []).get(s)!).push(e);
      }
    }
    return this.talks.get(side) ?? [];
  }

  private readonly memos = new Map<string, unknown>();
  /** A value computed once per brief call under `key` (per-pair tallies asked for by several steps). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  private claimList: ClaimView[] = [];
  /** Every stored claim in store order (kind, date, id): the brief's disputes read them too. */
  allClaims(): ClaimView[] { return this.claimList; }

  /** The stored claims of a kind (all claims are read once, on load). */
  claims(kind: string): ClaimView[] {
    return this.claimsByKind.get(kind) ?? [];
  }

  private quoteTally = new Map<number, { quotes: number; anonymous: number }>();
  /** Per report: its quotes and anonymous quotes (read once, on load). */
  quoteCounts(): Map<number, { quotes: number; anonymous: number }> {
    return this.quoteTally;
  }

  private assigned: { all: unknown; by: Map<unknown, number[]> } | null = null;
  /** Which of `all` each report is about, by `pick` (computed once per list of processes). */
  reportsAbout<P>(all: P[], pick: (sides: Set<string>, all: P[], report: number) => P | null): Map<P, number[]> {
    if (this.assigned?.all !== all) {
      const by = new Map<P, number[]>();
      for (const id of this.reports.keys()) {
        const p = pick(this.reportSides(id), all, id);
        if (p) (by.get(p) ?? by.set(p, []).get(p)!).push(id);
      }
      this.assigned = { all, by: by as Map<unknown, number[]> };
      return by;
    }
    return this.assigned.by as Map<P, number[]>;
  }

  /** The reports that mention an event. */
  eventReports(eventId: number): number[] { return this.eventReportSets.get(eventId) ?? []; }

  allReports(): ReportMeta[] { return [...this.reports.values()]; }
  report(id: number): ReportMeta | undefined { return this.reports.get(id); }
  reportByDoc(docId: string): ReportMeta | undefined { return this.reportsByDoc.get(docId); }

  private readonly reportsBySide = new Map<string, number[]>();
  /** The reports naming a side, in id order. */
  reportsNaming(side: string): number[] {
    if (!this.reportsBySide.size) {
      for (const [report, sides] of this.reportSideSets) for (const s of sides) (this.reportsBySide.get(s) ?? this.reportsBySide.set(s, []).get(s)!).push(report);
    }
    return this.reportsBySide.get(side) ?? [];
  }

  /** The sides a report names (its people count for their country). */
  reportSides(reportId: number): Set<string> { return this.reportSideSets.get(reportId) ?? new Set(); }

  /** One report's text and sentences, read when an evidence line needs them; a few are kept. */
  async text(reportId: number): Promise<{ text: string; sentences: SentenceSpan[] } | null> {
    let t = this.texts.get(reportId);
    if (t) { this.texts.delete(reportId); this.texts.set(reportId, t); return t; }
    const text = await this.store.reportText(reportId);
    if (text === null) return null;
    if (this.texts.size >= TEXTS_KEPT) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(reportId, (t = { text, sentences: splitSentences(text) }));
    return t;
  }

  /** Evidence for a span of a stored report: the whole sentence around it when the report text is at hand. */
  async evidence(reportId: number, span: [number, number], fallback: { outlet: string; doc_id: string; quote: string; published?: string | null }): Promise<Evidence> {
    const r = this.reports.get(reportId);
    const t = r ? await this.text(reportId) : null;
    if (!r || !t) return { outlet: fallback.outlet, report: fallback.doc_id, date: fallback.published ?? null, quote: fallback.quote, span };
    const s = sentenceAt(t.sentences, span[0]);
    const at: [number, number] = s && s.end >= span[1] ? [s.start, s.end] : span;
    return { outlet: r.outlet, report: r.doc_id, date: r.published, quote: t.text.slice(at[0], at[1]), span: at };
  }

  /** Evidence for a whole sentence [start, end) of a report. */
  async sentenceEvidence(reportId: number, start: number, end: number): Promise<Evidence> {
    const r = this.reports.get(reportId);
    const t = await this.text(reportId);
    return { outlet: r?.outlet ?? '?', report: r?.doc_id ?? `#${reportId}`, date: r?.published ?? null, quote: t ? t.text.slice(start, end) : '', span: [start, end] };
  }

  /** Evidence for one mention of an event. */
  mentionEvidence(m: MentionView): Promise<Evidence> {
    return this.evidence(m.report_id, [m.start, m.end], { outlet: m.outlet, doc_id: m.doc_id, quote: m.evidence, published: this.reports.get(m.report_id)?.published ?? null });
  }

  /** Evidence for an event: its first mentions (in `reports` when given), up to `max`. */
  async eventEvidence(eventId: number, max = 2, reports?: Set<number>): Promise<Evidence[]> {
    const cached = this.mentionCache.get(eventId);
    let ms = cached ?? await this.firstMentions(eventId, max, reports);
    if (reports) { const inScope = ms.filter((m) => reports.has(m.report_id)); if (inScope.length) ms = inScope; }
    return Promise.all(ms.slice(0, max).map((m) => this.mentionEvidence(m)));
  }

  /**
   * The first mentions evidence is chosen from. The first `max` decide alone when all are in scope (or there is no
   * scope, or no more): each mention is one more row read, and a process's timeline asks this of every event.
   */
  private async firstMentions(eventId: number, max: number, reports?: Set<number>): Promise<MentionView[]> {
    const limit = reports ? SCOPED_MENTIONS : EVIDENCE_MENTIONS;
    if (max < limit) {
      const few = await this.store.mentions(eventId, max);
      if (few.length < max || !reports || few.every((m) => reports.has(m.report_id))) return few;
    }
    return this.store.mentions(eventId, limit);
  }
}
