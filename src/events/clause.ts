// How far a condition that opens the sentence reaches: the modality stage reads it for every trigger after it.
import type { SentenceSyntax } from '../syntax/types.js';

/** Words that open a condition or counterfactual ("If the truce holds", "Should talks fail"). */
const CONDITION_OPENERS = new Set(['if', 'unless', 'should']);
/** Marks that end the condition's reach within the sentence. */
const REACH_ENDS = new Set(['.', ';']);

/** A conditional or counterfactual that opens the sentence (after any opening marks) governs its later clauses too,
 * up to a semicolon or full stop: 0 for the trigger at token `trigger`, else the clause start `cs` it had. */
export function conditionalReach(x: SentenceSyntax, trigger: number, cs: number): number {
  let first = 0;
  while (first < trigger && x.tokens[first].pos === 'PUNCT') first++;
  if (first >= trigger || !CONDITION_OPENERS.has(x.tokens[first].lower)) return cs;
  for (let k = first; k < trigger; k++) if (REACH_ENDS.has(x.tokens[k].lower)) return cs;
  return 0;
}
