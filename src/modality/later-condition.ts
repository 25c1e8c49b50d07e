// A condition after the trigger ("will deploy troops should a truce hold", "will send aid in case of a truce"), read
// from the syntax layer: an "if"/"unless" clause, an inverted "should", or a condition phrase, that stands after the
// trigger and hangs on the trigger's own clause or on a clause that governs it. A condition of another clause
// ("confirmed the talks took place but said the army would respond if attacked") leaves the trigger alone, and so
// does one after an act told in the past ("sent aid in case of need").
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { SentenceSyntax } from '../syntax/types.js';
import { CONDITION_PHRASES, INVERTED_CONDITION } from '../words/conditions.js';
import { pastAct } from './later-time.js';
import type { ScopeReading } from './scope-words.js';

export const LATER_CONDITION: ScopeReading = { modality: 'hypothetical', cue: cuesData.after_conditional.id };
const MAX_HOPS = 8;

/** The condition reading of the trigger at tokens [from, to), or null. */
export function laterConditionReading(x: SentenceSyntax, from: number, to: number): ScopeReading | null {
  if (from >= to || pastAct(x, from, to)) return null;
  const own = x.clauseOf[from];
  if (own < 0) return null;
  const governing = governingClauses(x, own);
  for (const c of x.clauses) if (c.kind === 'conditional' && c.start >= to && c.parent !== null && governing.has(c.parent)) return LATER_CONDITION;
  for (let k = to; k < x.tokens.length; k++) if (governing.has(x.clauseOf[k]) && conditionOpensAt(x, k)) return LATER_CONDITION;
  return null;
}

/** The clause and the clauses it hangs under (a condition on any of them reaches it). */
export function governingClauses(x: SentenceSyntax, own: number): Set<number> {
  const out = new Set<number>();
  for (let k: number | null = own, hops = 0; k !== null && hops < MAX_HOPS; k = x.clauses[k].parent, hops++) out.add(k);
  return out;
}

/** A condition phrase ("in case of") or an inverted "should" ("should a truce be reached") starts at token `k`. */
export function conditionOpensAt(x: SentenceSyntax, k: number): boolean {
  const t = x.tokens[k];
  if (t.lower === INVERTED_CONDITION) {
    const v = x.verbOf[k] >= 0 ? x.verbs[x.verbOf[k]] : null;
    return v !== null && v.start === k && v.end === k + 1 && x.chunkOf[k + 1] >= 0 && x.chunks[x.chunkOf[k + 1]].start === k + 1;
  }
  return CONDITION_PHRASES.some((p) => p.every((w, n) => x.tokens[k + n]?.lower === w));
}
