// How far a condition that opens the sentence reaches: the modality stage reads it for every trigger after it.

/** A conditional or counterfactual that opens the sentence governs its later clauses too. */
export function conditionalReach(sentence: string, ts: number, cs: number): number {
  const head = sentence.slice(0, ts);
  return /^\W*(?:if|unless|should)\b/i.test(head) && !/[;.]/.test(head) ? 0 : cs;
}
