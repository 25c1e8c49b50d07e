// What a demand asks for, as one word: "called for the immediate release of ..." and "urged the government to release
// ..." both ask for a release. Merging reads it: one party asking the same thing in two sentences (a lead and the body
// telling it again) is one demand, however differently it names the one asked.
import type { SentenceSyntax } from '../syntax/types.js';
import { AGENT_NOUNS } from '../syntax/lexicon.data.js';

/** Nouns that name who is asked ("all parties", "the government"), not what. */
const ASKED_NOUNS = new Set([...AGENT_NOUNS, 'party', 'parties', 'country', 'countries', 'nation', 'nations', 'community']);
const STOPS = new Set([',', ';', ':', '.', '"', '“', '”', 'and', 'but', 'while', 'as', 'which', 'who', 'that']);
/** How far past the trigger the thing asked may lie: "urged President X's government to release" fits. */
const REACH = 10;

/** The lemma of the first thing asked after the demand's trigger: an infinitive ("to release") or a noun ("for talks")
 * that is no party and no one asked; null when none lies within reach of the same clause. */
export function demandedThing(x: SentenceSyntax, from: number): string | null {
  const clause = x.clauseOf[from - 1];
  for (let k = from; k < x.tokens.length && k < from + REACH; k++) {
    const t = x.tokens[k];
    if (STOPS.has(t.lower)) return null;
    if (t.lower === 'to' && x.tokens[k + 1]?.pos === 'VERB') return x.tokens[k + 1].lemma;
    if (x.clauseOf[k] !== clause && x.clauses[x.clauseOf[k]].kind !== 'infinitive') return null;
    if (t.pos === 'NOUN' && !t.entity && !ASKED_NOUNS.has(t.lower)) return t.lemma;
  }
  return null;
}
