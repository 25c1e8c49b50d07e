// What the store holds and answers: the rows written at ingest and the views read back. Plain data, the same on
// every engine (see types.ts for the Store interface that reads and writes them).

export interface ReportRow {
  id?: number;
  hash: string;
  doc_id: string;
  source: string | null;
  outlet: string;
  title: string | null;
  published: string | null;
  text: string;
}

export interface EntityRow {
  id?: number;
  key: string;
  kind: string;
  country: string | null;
  name: string;
  /** Folded surname (persons) or folded name: lets a country-less mention find its entity. */
  fold: string;
  /** The office a report gives a person ("Foreign Minister"); the first one seen is kept. */
  office?: string | null;
  /** Wikidata Q-id, where the gazetteer knows it. */
  wikidata?: string | null;
}

/** A canonical event: one real event, however many reports mention it. */
export interface EventRow {
  id?: number;
  category: string;
  mode: string | null;
  /** Canonical entity ids, order as first seen. */
  actor: number[];
  recipient: number[];
  /** Order-insensitive participant key used to find candidates. */
  pkey: string;
  mclass: string;
  modality: string;
  date: string | null;
  granularity: string | null;
  /** The window a compatible date must overlap: ISO dates, '0000-01-01'/'9999-12-31' when open. */
  lo: string;
  hi: string;
  place: string | null;
  source_count: number;
  mention_count: number;
  /** False while every mention tells of it in a clause that says it did not happen (floated, hoped for, denied). */
  held?: boolean;
  /** Participants some mention states (not only inferred from context); null: all of them. */
  stated?: number[] | null;
}

/** One report's own mention of a canonical event, with its evidence. */
export interface MentionRow {
  event_id: number;
  report_id: number;
  doc_event: string;
  mode: string | null;
  modality: string;
  date: string | null;
  granularity: string | null;
  date_text: string | null;
  since: string | null;
  until: string | null;
  place: string | null;
  hedged: boolean;
  reported_by: number | null;
  start: number;
  end: number;
  evidence: string;
  rule: string;
  /** Participants (canonical ids) the report only implied from its context, not stated with the event. */
  inferred?: number[];
  /** Words in the clause of the event that say it did not (yet) happen ('proposed', 'hoped', 'negated'), or null. */
  polarity?: string | null;
  /** PLOVER 2.0 contexts the report gives the event. */
  context?: string[];
}

export interface QuoteRow {
  report_id: number;
  speaker: number | null;
  speaker_text: string | null;
  cue: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ClaimRow {
  report_id: number;
  kind: string;
  value: number;
  approx: boolean;
  about: string | null;
  about_event: number | null;
  speaker: number | null;
  date: string | null;
  start: number;
  end: number;
  evidence: string;
  /** What the figure is about ('plan', 'security guarantees', 'press appearance', ...), read at ingest. */
  subject?: string | null;
  /** 'min' when the figure is a lower bound ("more than three hours"), 'max' for an upper one ("nearly"), else null. */
  bound?: 'min' | 'max' | null;
}

/** A report without its text: what lists, briefs and scopes need. */
export interface ReportMeta { id: number; doc_id: string; outlet: string; published: string | null }

/** A sentence of a report naming a negotiation issue, with the status cue found in it at ingest (null: none). */
export interface IssueHitRow {
  report_id: number;
  issue: string;
  published: string | null;
  /** The sentence, [start, end) into the report text. */
  start: number;
  end: number;
  status: string | null;
  cue: string | null;
  level: number | null;
  /** Why an agreement cue does not count as agreement ('rejected', 'proposed', 'hoped', 'negated'), or null. */
  polarity: string | null;
  /** The entities (store ids) the sentence names; null when not recorded (a store from before they were kept). */
  entities?: number[] | null;
}

/** An entity named next to a mediation cue ("hosted by", "X-brokered", "mediators X and Y") in a report. */
export interface MediationHitRow { report_id: number; entity_id: number; cue: string; start: number; end: number }

/** A stored mention joined with what a reader needs: outlet, URL, report id. */
export interface MentionView extends MentionRow {
  outlet: string; source: string | null; doc_id: string; title: string | null; published: string | null; context: string[];
}
export interface QuoteView extends QuoteRow { id: number; speaker_name: string | null; outlet: string; doc_id: string; published: string | null }
/** A stored entity with how many reports name it and how many canonical events it takes part in. */
export interface EntityView extends EntityRow { id: number; reports: number; events: number }
export interface ClaimView extends ClaimRow { id: number; speaker_name: string | null; outlet: string; doc_id: string }

/** A tally of one value reported for a canonical event field (date, place, modality, mode). */
export interface Vote { field: string; value: string; rank: number; count: number }
/** Report hashes, document ids and place names: asked of the store (which of them it holds) for a whole batch at once. */
export interface StoreKeys { hashes: string[]; docIds: string[]; places: string[] }

/** One candidate look-up: events of a category and participants, of a modality class, whose window meets [lo, hi]. */
export interface CandidateQuery { category: string; pkey: string; mclass: string; lo: string; hi: string }

/** A stored vote of one event: `seq` is the order its value was first voted in, among the field's values. */
export interface EventVote extends Vote { event_id: number; seq: number }

/** What merging one report's mentions changed, written at once (see merge/session.ts). */
export interface MergeWrites {
  /** Events new in this report, as it leaves them, with the ids reserved for them (Store.nextEventId), in id order. */
  newEvents: EventRow[];
  /** The id after the last new event's: the store's next one. */
  nextEventId: number | null;
  /** Planned -> realised links found for new events. */
  links: { planned: number; realised: number }[];
  mentions: MentionRow[];
  /** Stored events touched, with their new facts (id set). */
  events: EventRow[];
  /** Votes with their new count (inserted when new). */
  votes: EventVote[];
  /** Outlets new for their event. */
  outlets: { event_id: number; outlet: string }[];
}

/** Everything a report writes last (nothing reads it back while the report is written): its merge, then its own rows. */
export interface ReportWrites extends MergeWrites {
  reportEntities: { report_id: number; entity_id: number }[];
  quotes: QuoteRow[];
  claims: ClaimRow[];
  issueHits: IssueHitRow[];
  mediationHits: MediationHitRow[];
}

export interface EventFilter {
  category?: string;
  entityIds?: number[];
  since?: string;
  until?: string;
  modality?: string;
  /** At least this many reports carry the event. */
  minSources?: number;
  /** The event's canonical place, exactly. */
  place?: string;
  /** Only these events (a process's, say). */
  ids?: number[];
  /** Newest first (undated last) instead of oldest first. */
  newestFirst?: boolean;
  /** A page of the (date-ordered) result. */
  limit?: number;
  offset?: number;
}

/** A place name resolved at ingest; lat/lon null when the gazetteer does not know it. */
export interface PlaceRow { name: string; lat: number | null; lon: number | null; country: string | null; rule: string }
export interface PlaceCount { name: string; lat: number; lon: number; country: string | null; events: number; sources: number }
/** What a list needs to name a report: its title, outlet, date and the start of its text. */
export interface ReportHead { doc_id: string; title: string | null; outlet: string; published: string | null; lead: string }
/** Events in the week starting `week` (a Monday) with this category or modality. */
export interface WeekCount { week: string; key: string; n: number }

export interface SearchHit { kind: 'report' | 'quote'; id: number; doc_id: string; outlet: string; snippet: string }

/** The last computed answer of a whole-store read (JSON), and when it was saved (ISO UTC). */
export interface Snapshot { body: string; at: string }

export interface StoreCounts { reports: number; entities: number; events: number; mentions: number; quotes: number; claims: number; links: number }
