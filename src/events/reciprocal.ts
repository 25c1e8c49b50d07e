// "The two presidents praised each other", "both sides accused one another of breaking the truce": one sentence, two
// acts — each side praises (accuses) the other. A reciprocal statement between exactly two sides becomes two events,
// A→B and B→A, each told by the same words. (Meetings and agreements are joint acts, one event; fighting is left to
// the conflict merge.)
import type { Candidate } from './find.js';

/** Directed acts of saying or penalising that one side does to another. */
const DIRECTED = new Set(['SUPPORT', 'ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SANCTION']);
/** The reciprocal pronoun right after the trigger (an adverb may come between: "praised each other warmly" is after). */
const RECIPROCAL = /^\s*(?:[\w-]+ly\s+)?(?:each\s+other|one\s+another)\b/i;

export interface ReciprocalDeps {
  text: string;
  sideOf: (id: string) => string;
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

function reciprocal(c: Candidate, text: string): boolean {
  return DIRECTED.has(c.event) && RECIPROCAL.test(text.slice(c.span[1], c.sentence[1]));
}

/** Each reciprocal event of two sides, split into its two directions; every other event as it is. */
export function splitReciprocal(events: Candidate[], deps: ReciprocalDeps): Candidate[] {
  return events.flatMap((c) => {
    const sides = reciprocal(c, deps.text) ? twoSides(c, deps.sideOf) : null;
    if (!sides) return [c];
    const [a, b] = sides;
    const inferred = c.inferred ?? [];
    const directed = (actor: string[], recipient: string[]): Candidate =>
      ({ ...c, actor, recipient, inferred: inferred.filter((id) => actor.includes(id) || recipient.includes(id)) });
    return [directed(a, b), directed(b, a)];
  });
}
