// What a verb group and the clause it stands in mark by themselves, read by both the verb and the noun scope
// (./scope.ts, ./noun-scope.ts): negation, a modal ("will" future, "would" hypothetical unless reported of an agent or a
// happening), "going to", and a "that" clause hanging on a denied noun ("no sign that he will accept").
import { AGENT_NOUNS } from '../syntax/lexicon.data.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { DENIAL_VERBS, DENYING_PREPS, NEG_RAISING, NEGATORS_BEFORE } from '../words/negation.js';
import { FUTURE_MODALS, HAPPENING, MAX_HOPS, type ScopeReading, WOULD } from './scope-words.js';

/** What the verb group itself marks: negation, a modal, a going-to future. */
export function groupReading(x: SentenceSyntax, v: VerbGroup): ScopeReading | null {
  if (v.negated) return { modality: 'negated', cue: 'scope.verb-negated' };
  const before = v.start > 0 ? x.tokens[v.start - 1].lower : '';
  if (NEGATORS_BEFORE.has(before)) return { modality: 'negated', cue: `scope.negator-before(${before})` };
  if (DENYING_PREPS.has(before)) return { modality: 'negated', cue: `scope.denying-prep(${before})` };
  if (v.modal && FUTURE_MODALS.has(v.modal)) return { modality: 'future', cue: `scope.modal(${v.modal})` };
  if (v.modal && WOULD.has(v.modal)) {
    // "would have met" did not happen; "said he would meet" is a backshifted "will".
    if (v.perfect) return { modality: 'hypothetical', cue: 'scope.would-have' };
    // A plan "would require withdrawals" is hypothetical even when reported: only an agent's act or a happening is planned.
    const planned = inReported(x, v.clause) && (agentSubject(x, v) || HAPPENING.has(x.tokens[v.head].lemma));
    return planned ? { modality: 'future', cue: 'scope.reported-would' } : { modality: 'hypothetical', cue: 'scope.modal(would)' };
  }
  if (v.modal) return { modality: 'hypothetical', cue: `scope.modal(${v.modal})` };
  if (v.tense === 'future') return { modality: 'future', cue: 'scope.going-to' };
  return null;
}

/** The verb group's subject is someone who acts: a pronoun, a named party, or a noun for one ("the army"). */
function agentSubject(x: SentenceSyntax, v: VerbGroup): boolean {
  if (v.subject === null) return true;
  const c = x.chunks[v.subject];
  const head = x.tokens[c.head];
  return c.entities.length > 0 || head.pos === 'PRON' || head.pos === 'PROPN' || AGENT_NOUNS.has(head.lower);
}

/** Reported speech, or a "that" clause after any verb ("Trump indicated that the teams would"): "would" is a past "will". */
function inReported(x: SentenceSyntax, clause: number): boolean {
  for (let c: number | null = clause, hops = 0; c !== null && hops < MAX_HOPS; c = x.clauses[c].parent, hops++) {
    const k = x.clauses[c];
    if (k.kind === 'reported' || (k.kind === 'subordinate' && k.cue === 'that')) return true;
  }
  return false;
}

/** "no sign that he will accept", "no indication that Kyiv supports": a "that" clause hanging on a denied noun. */
export function deniedThat(x: SentenceSyntax, clauseIndex: number): boolean {
  const clause = x.clauses[clauseIndex];
  if (clause.cue !== 'that') return false;
  for (let k = clause.start - 1; k >= 0 && k >= clause.start - 4; k--) {
    const ch = x.chunkOf[k];
    if (ch >= 0) return x.tokens[x.chunks[ch].start].lower === 'no';
    if (x.tokens[k].pos !== 'ADV') return false;
  }
  return false;
}

/** "does not believe the envoys met", "denied that the envoys met": a reported clause under a denied verb of belief, or
 * under a verb of denial, is itself denied. */
export function deniedBelief(x: SentenceSyntax, clauseIndex: number): boolean {
  const clause = x.clauses[clauseIndex];
  if (clause.parent === null || (clause.kind !== 'reported' && !(clause.kind === 'subordinate' && clause.cue === 'that'))) return false;
  let governor: VerbGroup | null = null;
  for (const v of x.verbs) if (v.clause === clause.parent && v.start < clause.start) governor = v;
  if (governor === null) return false;
  const lemma = x.tokens[governor.head].lemma;
  // "denied that its troops had attacked": what a denial's clause says is denied (unless the denial is itself denied).
  return governor.negated ? NEG_RAISING.has(lemma) : DENIAL_VERBS.has(lemma);
}
