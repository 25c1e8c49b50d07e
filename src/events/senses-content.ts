// What a speech act says a party did, read from the tokens around a trigger: the act told inside an accusation
// ("accused Kabul of supporting the militants") is the accusation's content; the ACCUSE rule reads the accusation.
import type { SentenceSyntax } from '../syntax/types.js';
import { ACCUSING } from '../words/judging.js';

/**
 * "accused Pakistan of violating the truce", "blamed the rebels for backing the coup", "accusations of supporting
 * militias": the -ing act at `at` is what an accusation alleges, not an act the report tells.
 */
export function accusedOf(x: SentenceSyntax, at: number): boolean {
  const t = x.tokens[at];
  const prep = x.tokens[at - 1];
  if (!t.lower.endsWith('ing') || !prep || (prep.lower !== 'of' && prep.lower !== 'for')) return false;
  // The accusing word: before the preposition, past the accused party's phrase ("accused [Kabul] of").
  for (let k = at - 2; k >= 0 && k >= at - 8; k--) {
    const w = x.tokens[k];
    if (w.pos === 'PUNCT' && w.lower !== '’s' && w.lower !== "'s") return false;
    if (ACCUSING.has(w.lemma) || ACCUSING.has(w.lower)) return true;
  }
  return false;
}

/** Evils a party renounces: rejecting them refuses no other party's proposal. */
const EVILS = new Set(['violence', 'terrorism', 'terror', 'extremism', 'radicalism', 'hatred', 'bloodshed', 'militancy', 'racism', 'antisemitism', 'incitement']);

/** "should the group reject violence", "rejected terrorism in all its forms": renouncing an evil, not a refusal. */
export function renouncesEvil(x: SentenceSyntax, at: number): boolean {
  const t = x.tokens[at];
  if (t.lemma !== 'reject' && t.lemma !== 'denounce' && t.lemma !== 'renounce') return false;
  for (let k = at + 1; k < x.tokens.length && k <= at + 3; k++) {
    const w = x.tokens[k];
    if (EVILS.has(w.lower)) return true;
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'ADV') return false;
  }
  return false;
}
