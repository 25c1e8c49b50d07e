// What every finder after the NLP stage sees of a document. Finders read it; they never reach into each other.
import type { Analysis, Sentence } from './nlp/wink.js';
import type { Entity, Span } from './record.js';

/** One place in the text that refers to an entity. */
export interface Mention {
  entity: string;                 // entity id
  span: Span;
  /** how the mention was found: a name, a title ("the president"), a pronoun ("he"), a metonym ("the Kremlin"). */
  via: 'name' | 'title' | 'pronoun' | 'metonym' | 'demonym';
  /** Set when the mention is no party to what it qualifies: 'broker' for "Qatar-brokered", "Iran-backed". */
  role?: 'broker';
}

/** The entities of one document and where they are mentioned, with the look-ups finders need. */
export interface EntityIndex {
  entities: Entity[];
  /** All mentions, sorted by start offset. */
  mentions: Mention[];
  byId(id: string): Entity | undefined;
  /** Mentions whose span lies inside [start, end), in text order. */
  mentionsIn(start: number, end: number): Mention[];
  /** The mention covering `offset`, if any. */
  mentionAt(offset: number): Mention | undefined;
  /** The last person mentioned before `offset` (for "he said", "the president added"). */
  lastPersonBefore(offset: number): Mention | undefined;
}

export interface DocContext {
  text: string;
  /** Publication date YYYY-MM-DD, the reference for relative dates, or null. */
  published: string | null;
  analysis: Analysis;
  entities: EntityIndex;
  /** Spans of page clutter (menus, ads, credits) that must not yield facts. */
  clutter: Span[];
  /** Where finders say which rules fired and why they did or did not yield an item (`--explain`). */
  trace: Trace;
}

export interface TraceEntry {
  /** Offset the entry is about (its sentence is found from it). */
  at: number;
  stage: 'entities' | 'events' | 'quotes' | 'claims' | 'issues' | 'clean' | 'syntax';
  rule: string;
  /** 'yield' when an item was produced, 'skip' when a rule matched but was filtered, with the reason. */
  outcome: 'yield' | 'skip';
  message: string;
}
export type Trace = (entry: TraceEntry) => void;
export const noTrace: Trace = () => {};

export function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  const ss = analysis.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= offset) lo = mid + 1;
    else if (ss[mid].start > offset) hi = mid - 1;
    else return ss[mid];
  }
  return undefined;
}

export function inClutter(clutter: Span[], span: Span): boolean {
  return clutter.some(([a, b]) => span[0] >= a && span[1] <= b);
}
