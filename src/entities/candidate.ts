// What an entity finder proposes to the table (./table.ts): one candidate mention.
import type { Mention } from '../context.js';
import type { EntityKind, Span } from '../record.js';
import type { LexEntry } from './lexicon.js';

/** What a finder proposes: a span that names a lexicon entry, an unknown person, or an entity already in the table. */
export interface Candidate {
  /** Word index one past the candidate (the scan resumes there). */
  end: number;
  span: Span;
  via: Mention['via'];
  rule: string;
  entry?: LexEntry;
  /** An entity the lexicon does not know. kind defaults to person; aliases (word keys) are later names for it ("MILF"). */
  unknown?: { name: string; country: string | null; office: string | null; kind?: EntityKind; aliases?: string[] };
  entityId?: string;
  /** Office read from a title ("envoy"), used when the lexicon has none. */
  office?: string | null;
  /** A title that referred to no one: consume the words, record nothing. */
  silent?: boolean;
  /** What the mention does besides naming: a broker ("Qatar-brokered") is no party to what it brokered. */
  role?: Mention['role'];
  /** Later names of the entity ("FGS" for the state the text introduced as "the Federal Government of Somalia"). */
  aliases?: string[];
  /** The mention names a military government ("Myanmar's junta"): a later "the junta" is this state. */
  junta?: boolean;
  /** The group or organisation in a person's title ("Hamas negotiator X"), mentioned at `span`: the person's side. */
  affiliation?: { entry: LexEntry; span: Span };
}
