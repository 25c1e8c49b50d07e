// The extraction record: the contract between `parley extract` and everything that reads it
// (docs/record.md). Field names follow PLOVER 2.0 where PLOVER has one. Every span is
// [start, end) in UTF-16 code units into `text`. Fields may be added; none may be renamed or dropped.

export type Span = [number, number];

export type EntityKind = 'person' | 'state' | 'organization' | 'group' | 'place';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** ISO 3166 alpha-3 (or IGO code) the entity belongs to / represents, or null. */
  country: string | null;
  office: string | null;
  mentions: Span[];
  /** Which rule first recognised the entity. */
  rule: string;
  /** Wikidata Q-id of a gazetteer entity, when known with confidence ("Q7747"). */
  wikidata?: string;
  /**
   * For a person: the id of the armed group or organisation the text says they speak or act for ("Hamas negotiator X",
   * "X, an M23 spokesman") — the side to give their acts when it is not a state. Absent when the text says none.
   */
  affiliation?: string;
  /**
   * For a group the text defines by its members ("the mediators — Qatar, Egypt and the US"): the members' entity ids,
   * which a bare mention of the group stands for. Absent when the text lists none.
   */
  members?: string[];
}

export const PLOVER_EVENTS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverEvent = (typeof PLOVER_EVENTS)[number];

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'negated';

export interface EventDate {
  value: string | null;                      // YYYY-MM-DD | YYYY-MM | YYYY | null
  granularity: 'day' | 'month' | 'year' | null;
  type: 'exact' | 'approximate' | 'range' | 'unresolved';
  text: string;
  /** For ranges / open intervals ("since July 2020"): the bounds, either may be null (open). */
  start?: string | null;
  end?: string | null;
  /** True when the sentence gives no date and the report's main date was lent to the event. */
  inferred?: boolean;
}

export interface ExtractedEvent {
  id: string;
  event: PloverEvent;
  mode: string | null;
  actor: string[];
  recipient: string[];
  date: EventDate | null;
  where: { text: string; entity: string | null } | null;
  modality: Modality;
  reported_by: string | null;                // entity id, "anonymous" or null
  hedged: boolean;
  context: string[];
  /** Parties added from the report's context rather than stated with the event (the implied other side). */
  inferred?: string[];
  span: Span;
  sentence: Span;
  rule: string;
}

export interface Quote {
  id: string;
  speaker: string | null;                    // entity id, "anonymous" or null
  speaker_text: string | null;
  cue: string | null;
  text: string;
  span: Span;
  rule: string;
}

export type ClaimKind = 'plan-points' | 'agreement-percent' | 'duration-minutes';

export interface Claim {
  kind: ClaimKind;
  value: number;
  approx?: boolean;
  about: string | null;
  speaker: string | null;                    // entity id, "anonymous" or null
  span: Span;
  rule: string;
}

export interface DocMeta {
  id: string;
  source: string | null;
  published: string | null;
  published_from: 'input' | 'text' | null;
  dateline: string | null;
  title: string | null;
  language: 'en';
}

export interface ExtractionRecord {
  doc: DocMeta;
  text: string;
  entities: Entity[];
  events: ExtractedEvent[];
  quotes: Quote[];
  claims: Claim[];
  issues: string[];
  /** Non-fatal problems met while reading this report (e.g. invalid bytes replaced). */
  warnings: string[];
}

/** One input report, before extraction. */
export interface Report {
  id: string;
  source: string | null;
  text: string;
  published?: string | null;
  title?: string | null;
  /** When the text is HTML (from a .html file or detected), the reader sets this. */
  format?: 'text' | 'html';
}
