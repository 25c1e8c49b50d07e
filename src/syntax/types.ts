// The shallow syntax of one sentence: the stable interface events (and, if they adopt it, modality, dates and quotes)
// read. Built once per sentence by ./index.ts, in time linear in the sentence's length. Every index here is a token
// index into `tokens` (0-based, within the sentence); spans of tokens are [start, end).
import type { EntityKind } from '../record.js';

export interface SynToken {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (PROPN, VERB, AUX, ADP, ...). */
  pos: string;
  /** Character offsets into the document text. */
  start: number;
  end: number;
  /** The entity the token is part of (from the entities stage), if any. */
  entity: string | null;
  entityKind: EntityKind | null;
  /** How the entities stage found the mention: a demonym ("Israeli") names a party whatever noun it modifies. */
  via: 'name' | 'title' | 'pronoun' | 'metonym' | 'demonym' | null;
}

/** A noun phrase: determiners, titles and modifiers up to its head noun (or one entity mention with its titles). */
export interface Chunk {
  index: number;
  start: number;
  end: number;
  /** The head noun (last noun of the phrase). */
  head: number;
  /** Entity ids named inside the phrase. */
  entities: string[];
  /** "Russia's invasion": the chunk that owns this one through a possessive. */
  possessor: number | null;
  /** "Witkoff, the envoy,": the chunk this one renames. */
  appositionOf: number | null;
  /** Chunks joined by and/or/commas share a coordination id (the index of the first member). */
  coordination: number;
  /** "a U.S. team: Witkoff, Kushner and Gruenbaum", "leaders, including Modi and Sharif": the coordination id of the
   * list that spells this phrase out, if one follows it. */
  listedBy: number | null;
  /** The preposition right before the chunk ("with", "by", "of"), if any. */
  prep: string | null;
  /** What a prepositional chunk hangs on: a chunk (noun attachment) or a verb group. */
  attachedTo: { kind: 'chunk' | 'verb'; index: number } | null;
}

export type Tense = 'past' | 'present' | 'future';

export interface VerbGroup {
  index: number;
  start: number;
  end: number;
  /** The main verb (last verb of the group), or the auxiliary when it stands alone ("is"). */
  head: number;
  modal: string | null;
  negated: boolean;
  tense: Tense;
  passive: boolean;
  progressive: boolean;
  perfect: boolean;
  /** Preceded by "to": an infinitive ("agreed to withdraw"). */
  infinitive: boolean;
  clause: number;
  /** Subject, object and by-agent chunks (null when the clause names none). */
  subject: number | null;
  object: number | null;
  agent: number | null;
  /** The subject was lent by the governing clause (participle, infinitive, coordinated or relative clause). */
  subjectLent: boolean;
}

export type ClauseKind =
  | 'main' | 'subordinate' | 'relative' | 'participle' | 'infinitive' | 'purpose' | 'conditional' | 'reported' | 'coordinated';

export interface Clause {
  index: number;
  start: number;
  end: number;
  kind: ClauseKind;
  /** The clause this one depends on (null for a main clause). */
  parent: number | null;
  /** The word that opened it ("that", "if", "to", "in an attempt to"), or null. */
  cue: string | null;
}

export interface SentenceSyntax {
  tokens: SynToken[];
  chunks: Chunk[];
  verbs: VerbGroup[];
  clauses: Clause[];
  /** Per token: the chunk, verb group and clause that hold it (-1 when none). */
  chunkOf: Int32Array;
  verbOf: Int32Array;
  clauseOf: Int32Array;
}
