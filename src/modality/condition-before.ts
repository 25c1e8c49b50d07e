// A condition or counterfactual that governs the trigger from before it, read from the syntax layer: the trigger
// stands in an "if"/"unless"/"whether" clause or under one ("if Russia attacks Ukraine", "unclear whether they would
// agree"), a condition phrase or an inverted "should" opens its clause ("should the assembly reject the plan"), or the
// sentence opens with a condition, which governs the whole of it ("If the talks fail, the army will ..."). A condition
// with "had" ("If Putin had joined the call") tells a past that did not happen: a counterfactual.
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { Clause, SentenceSyntax } from '../syntax/types.js';
import { CONDITIONALS } from '../syntax/lexicon.data.js';
import { CONDITION_OPENERS, COUNTERFACTUAL_AUX, INVERTED_CONDITION } from '../words/conditions.js';
import { conditionOpensAt, governingClauses } from './later-condition.js';
import type { ScopeReading } from './scope-words.js';

const { condition, counterfactual } = cuesData.conditions_before;
export const CONDITION: ScopeReading = { modality: condition.modality as ScopeReading['modality'], cue: condition.id };
export const COUNTERFACTUAL: ScopeReading = { modality: counterfactual.modality as ScopeReading['modality'], cue: counterfactual.id };
// A sentence's own punctuation: an opening condition does not reach past it.
const SENTENCE_BREAKS = new Set([';', '.']);

/** The condition before the trigger at tokens [from, to) that governs it, or null. */
export function conditionBeforeReading(x: SentenceSyntax, from: number, to: number): ScopeReading | null {
  const own = x.clauseOf[from];
  if (from >= to || own < 0) return null;
  const governing = governingClauses(x, own);
  for (const c of governing) {
    const clause = x.clauses[c];
    if (conditionClause(clause) && clause.start < to) return counterfactualIn(x, clause.index, from) ? COUNTERFACTUAL : CONDITION;
  }
  // "Sanctions return if Belgrade attacks": when the syntax found no verb after "if", it made no clause of it.
  for (let k = from - 1; k >= 0; k--) {
    if (governing.has(x.clauseOf[k]) && (CONDITIONALS.has(x.tokens[k].lower) || conditionOpensAt(x, k))) return CONDITION;
  }
  return openingCondition(x, from);
}

/** "if", "unless" (the syntax layer's conditional clauses) and "whether" (a condition left open). */
function conditionClause(c: Clause): boolean {
  return c.kind === 'conditional' || (c.kind === 'subordinate' && c.cue !== null && CONDITION_OPENERS.has(c.cue));
}

/** "If Putin had joined": a "had" of the condition's own clause before the trigger. */
function counterfactualIn(x: SentenceSyntax, clause: number, before: number): boolean {
  for (let k = x.clauses[clause].start; k < before; k++) if (x.clauseOf[k] === clause && COUNTERFACTUAL_AUX.has(x.tokens[k].lower)) return true;
  return false;
}

/** The sentence's first word opens a condition ("If ...", "Unless ...", "Should talks fail, ...") that reaches the
 * trigger: no semicolon or full stop between them. */
function openingCondition(x: SentenceSyntax, from: number): ScopeReading | null {
  let first = 0;
  while (first < from && x.tokens[first].pos === 'PUNCT') first++;
  if (first >= from) return null;
  const word = x.tokens[first].lower;
  // "Should talks fail, ...": opening a sentence, "should" is a condition whatever the syntax made of what follows.
  if (!CONDITIONALS.has(word) && !conditionOpensAt(x, first) && word !== INVERTED_CONDITION) return null;
  for (let k = first; k < from; k++) if (SENTENCE_BREAKS.has(x.tokens[k].lower)) return null;
  return counterfactualIn(x, x.clauseOf[first], from) ? COUNTERFACTUAL : CONDITION;
}
