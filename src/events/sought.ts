// "Kyiv keeps pressing for a leaders' meeting", "Ethiopia seeks mediation with Eritrea", "called for talks": a meeting
// named as what someone asks for is the asker's REQUEST (a REQUEST rule reads it), not a meeting that took place.
import type { SentenceSyntax } from '../syntax/types.js';

/** Verbs whose direct object is what is asked for. (Proposing a meeting is not among them: "proposed a meeting with X"
 * offers to meet, a meeting that may come, read as a hypothetical CONSULT of the proposer.) */
const ASK_FOR_OBJECT = new Set(['seek', 'demand', 'request', 'want', 'urge', 'solicit']);
/** Verbs that ask for what their "for" phrase names ("called for", "pressed for", "appealed for"). */
const ASK_FOR_PHRASE = new Set(['call', 'press', 'push', 'ask', 'appeal', 'plead', 'lobby', 'campaign']);

/** Tags of the words that may stand between "for" and the noun asked for (quotation marks, modifiers). */
const BETWEEN_FOR_AND_NOUN = new Set(['PUNCT', 'ADJ', 'DET']);

/** The asking verb's lemma when the noun at token `t` is what a verb of asking asks for, else null. */
export function soughtBy(x: SentenceSyntax, t: number): string | null {
  const c = x.chunkOf[t];
  if (c === undefined || c < 0) return null;
  const chunk = x.chunks[c];
  // "called for international “mediation”": quotation marks and modifiers may stand between "for" and the noun.
  let f = chunk.start - 1;
  while (f >= 0 && f >= chunk.start - 4 && x.tokens[f].lower !== 'for' && BETWEEN_FOR_AND_NOUN.has(x.tokens[f].pos)) f--;
  if (chunk.prep === 'for' || (f >= 0 && x.tokens[f].lower === 'for')) {
    // The asking verb before it in its clause: "called on Tuesday for mediation" (a time phrase may stand between).
    for (let k = chunk.start - 1; k >= 0 && k >= chunk.start - 10 && x.clauseOf[k] === x.clauseOf[chunk.start]; k--) {
      if (x.verbOf[k] < 0) continue;
      const lemma = x.tokens[x.verbs[x.verbOf[k]].head].lemma;
      return ASK_FOR_PHRASE.has(lemma) ? lemma : null;
    }
    return null;
  }
  if (chunk.prep !== null) return null;
  const v = x.verbs.find((g) => g.object === c);
  if (!v) return null;
  const lemma = x.tokens[v.head].lemma;
  return ASK_FOR_OBJECT.has(lemma) ? lemma : null;
}
