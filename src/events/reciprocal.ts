// "The two presidents praised each other", "both sides accused one another of breaking the truce": one sentence, two
// acts — each side praises (accuses) the other. A reciprocal statement between exactly two sides becomes two events,
// A→B and B→A, each told by the same words. (Meetings and agreements are joint acts, one event; fighting is left to
// the conflict merge.)
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { phraseAt, phrases } from '../syntax/phrases.js';
import type { Candidate } from './find.js';

/** Directed acts of saying or penalising that one side does to another. */
const DIRECTED = new Set(['SUPPORT', 'ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SANCTION']);
/** The reciprocal pronouns ("each side blamed the other": "the other" right after the act of both sides). */
const RECIPROCAL = phrases('each other', 'one another', 'the other');

export interface ReciprocalDeps {
  sideOf: (id: string) => string;
  /** The tokens inside a span of the report. */
  words: (span: Span) => readonly Token[];
}

/** The event's parties grouped by side, when there are exactly two sides. */
function twoSides(c: Candidate, sideOf: (id: string) => string): [string[], string[]] | null {
  const bySide = new Map<string, string[]>();
  for (const id of new Set([...c.actor, ...c.recipient])) {
    const side = sideOf(id);
    bySide.set(side, [...(bySide.get(side) ?? []), id]);
  }
  return bySide.size === 2 ? ([...bySide.values()] as [string[], string[]]) : null;
}

/** The reciprocal pronoun right after the trigger; an -ly adverb may come first ("praised warmly each other"). */
function reciprocal(c: Candidate, words: ReciprocalDeps['words']): boolean {
  if (!DIRECTED.has(c.event)) return false;
  const after = words([c.span[1], c.sentence[1]]);
  const from = after[0]?.pos === 'ADV' && after[0].lower.endsWith('ly') ? 1 : 0;
  return RECIPROCAL.some((p) => phraseAt(after, from, p) !== null);
}

/** Each reciprocal event of two sides, split into its two directions; every other event as it is. */
export function splitReciprocal(events: Candidate[], deps: ReciprocalDeps): Candidate[] {
  return events.flatMap((c) => {
    const sides = reciprocal(c, deps.words) ? twoSides(c, deps.sideOf) : null;
    if (!sides) return [c];
    const [a, b] = sides;
    const inferred = c.inferred ?? [];
    const directed = (actor: string[], recipient: string[]): Candidate =>
      ({ ...c, actor, recipient, inferred: inferred.filter((id) => actor.includes(id) || recipient.includes(id)) });
    return [directed(a, b), directed(b, a)];
  });
}
