// Modality of an event, read from the shallow syntax layer (../syntax/): a condition before the trigger
// (./condition-before.ts), a condition after it (./later-condition.ts), what governs its verb group or noun phrase
// (./scope.ts), and a later time in its clause (./later-time.ts); the modal cues of ./text-cues.ts when the syntax
// marks nothing. Word classes are data (data/modality-cues.json, src/words/); docs/modality.md tells how the readings
// combine. The cue id of the reading that decided goes with it.
import type { Modality } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { CONDITION, conditionBeforeReading, COUNTERFACTUAL } from './condition-before.js';
import { LATER_CONDITION, laterConditionReading } from './later-condition.js';
import { laterTimeReading } from './later-time.js';
import { RELATIVE_PAST, scopeModality, type ScopeReading } from './scope.js';
import { clauseStart } from './text-clause.js';
import { textCue } from './text-cues.js';

export { clauseEndAt, clauseStart } from './text-clause.js';

/** A cue of a condition or counterfactual before the trigger: neither a later condition nor the scope outranks it. */
const conditionBefore = (cue: string | null) => cue === CONDITION.cue || cue === COUNTERFACTUAL.cue;
const NO_CUE: ModalityResult = { modality: 'asserted', cue: null };

export interface ModalityResult { modality: Modality; cue: string | null }

/** The modality of the trigger at [ts, te) of `sentence` (the text of the sentence `scope.offset` starts). */
export function classifyModality(scope: SyntaxScope, sentence: string, ts: number, te: number): ModalityResult {
  // A trigger that a token rule and a pattern both find is classified twice with the same inputs: read it back.
  let bySyntax = classified.get(scope.syntax);
  if (!bySyntax) classified.set(scope.syntax, (bySyntax = new Map()));
  const key = `${scope.offset}|${ts}|${te}`;
  let result = bySyntax.get(key);
  if (!result) {
    const range = tokenRange(scope, ts, te);
    // A condition that governs the trigger from before it outranks every other cue; then a condition after the
    // trigger, on its clause ("will deploy troops should a truce hold").
    let cues: ModalityResult = conditionBeforeReading(scope.syntax, ...range) ?? laterConditionReading(scope.syntax, ...range)
      ?? textCue(sentence, ts, clauseStart(sentence, ts)) ?? NO_CUE;
    // With no cue of its own, a later time in the trigger's clause ("meet next week") makes it future.
    if (!cues.cue) cues = laterTimeReading(scope.syntax, ...range) ?? cues;
    bySyntax.set(key, (result = decide(cues, scopeModality(scope.syntax, ...range))));
  }
  return { ...result };
}

const classified = new WeakMap<SentenceSyntax, Map<string, ModalityResult>>();

/** The sentence's syntax and the document offset its sentence starts at (trigger offsets are sentence-relative). */
export interface SyntaxScope { syntax: SentenceSyntax; offset: number }

function tokenRange(scope: SyntaxScope, ts: number, te: number): [number, number] {
  const a = scope.offset + ts, b = scope.offset + te;
  const tokens = scope.syntax.tokens;
  let from = tokens.findIndex((t) => t.end > a);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to].start < b) to++;
  return [from, Math.max(to, from)];
}

/**
 * Precedence between the clause cues (conditions, modal text cues, a later time) and the scope: what governs the
 * trigger's verb group or noun phrase is closer to it than a cue found by position, so it decides; a condition before the trigger governs the whole
 * of what follows and still wins, and a later condition outranks all but an act the trigger names itself.
 */
function decide(cues: ModalityResult, scoped: ScopeReading | null): ModalityResult {
  if (!scoped) return cues;
  if (scoped === RELATIVE_PAST) return scoped;
  if (conditionBefore(cues.cue)) return cues;
  // "will deploy troops if a truce holds": a later condition outranks a future, not an act the trigger names itself.
  if (cues.cue === LATER_CONDITION.cue && scoped.modality !== 'asserted') return cues;
  return scoped;
}
