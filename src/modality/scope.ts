// Modality from the shallow syntax layer (../syntax/): what governs the trigger's verb group or noun phrase.
// - a verb group's own marks: negation, a modal ("will" future, "would" hypothetical unless reported), "going to";
// - the clause it sits in: a condition ("if"), a goal ("aimed at reaching": intended, so future), a coordinated bare verb that
//   shares the first verb's group ("will fly to Oslo and meet");
// - the word that governs an infinitive, -ing or "for" phrase, or takes the event noun as object: "plans to meet",
//   "is set to resume", "ready to sign", "pushing for talks", "refused to sign", "postponed the summit";
// - for an event noun, its modifiers, phrase and verb (./noun-scope.ts); a verb group's own marks are ./group-marks.ts.
// Word classes are data (data/modality-cues.json, "governors"). Returns null when the syntax says nothing, so the
// character cues of ./classify.ts decide.
import { OPENING_QUOTES } from '../syntax/lexicon.data.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { deniedBelief, deniedThat, groupReading } from './group-marks.js';
import { nounReading } from './noun-scope.js';
import { beforeToClass, CAUSATIVE, CONTROL_REACH, governorClass, MAX_HOPS, PERFORMATIVE, PERFORMATIVE_GOVERNORS, type ScopeReading, TRANSPARENT } from './scope-words.js';

export type { ScopeReading } from './scope-words.js';

/** The reading of the trigger spanning tokens [from, to) of the sentence, or null when the syntax marks nothing. */
export function scopeModality(x: SentenceSyntax, from: number, to: number): ScopeReading | null {
  let verb = -1, chunk = -1;
  for (let i = from; i < to; i++) if (x.verbOf[i] >= 0 && x.tokens[i].pos === 'VERB') { verb = x.verbOf[i]; break; }
  if (verb < 0) for (let i = from; i < to; i++) if (x.verbOf[i] >= 0) { verb = x.verbOf[i]; break; }
  if (verb >= 0) return verbReading(x, x.verbs[verb], 0, [from, to]);
  for (let i = to - 1; i >= from; i--) if (x.chunkOf[i] >= 0) { chunk = x.chunkOf[i]; break; }
  return chunk >= 0 ? nounReading(x, x.chunks[chunk], { verbReading }) : null;
}

/** "denied backing the rebels", "proposed holding talks": a verb the group joins before the trigger governs it, as it
 * would govern an infinitive ("refused to meet"). The joining verb itself ("denied") is not governed by it. */
function joinedGovernor(x: SentenceSyntax, v: VerbGroup, trigger: number): ScopeReading | null {
  for (let k = Math.min(trigger, v.head) - 1; k >= v.start; k--) {
    const t = x.tokens[k];
    if (t.pos === 'VERB') return governorClass(t.lemma);
  }
  return null;
}

/** The verb group of the clause that `clause` depends on, nearest before it. */
function governingVerb(x: SentenceSyntax, clauseIndex: number): VerbGroup | null {
  const clause = x.clauses[clauseIndex];
  if (clause.parent === null) return null;
  let best: VerbGroup | null = null;
  for (const v of x.verbs) if (v.clause === clause.parent && v.start < clause.start) best = v;
  return best;
}

/** A verb with no inflection of its own ("and meet Putin"): it shares the tense and modal of the verb it joins. */
function bare(x: SentenceSyntax, v: VerbGroup): boolean {
  const h = x.tokens[v.head];
  return v.start === v.head && h.lower === h.lemma;
}

/** Subordinators of time whose -ing clause happens when its governor does. */
const TIME_SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'upon']);

/** `trigger`: a trigger that holds its own governor ("willing to withdraw", "desire to meet") names that act itself. */
function verbReading(x: SentenceSyntax, v: VerbGroup, hops: number, trigger: [number, number] = [0, 0]): ScopeReading | null {
  if (deniedThat(x, v.clause)) return { modality: 'negated', cue: 'scope.denied-that' };
  if (hops === 0 && deniedBelief(x, v.clause)) return { modality: 'negated', cue: 'scope.denied-belief' };
  const own = groupReading(x, v) ?? (hops === 0 ? joinedGovernor(x, v, trigger[0]) : null);
  if (own || hops >= MAX_HOPS) return own;
  const clause = x.clauses[v.clause];
  if (clause.kind === 'conditional') return { modality: 'hypothetical', cue: `scope.conditional(${clause.cue})` };
  // "the two neighbours, who fought two wars": a past verb of a relative clause tells what its noun did, whatever
  // condition the clause around it is under.
  if (hops === 0 && clause.kind === 'relative' && v.tense === 'past') return RELATIVE_PAST;
  const governor = governingVerb(x, v.clause);
  if (clause.kind === 'coordinated' && bare(x, v)) return governor ? verbReading(x, governor, hops + 1) : null;
  // "will address the Knesset before heading to Egypt": a bare -ing verb of a time clause shares its governor's marks.
  if (clause.kind === 'subordinate' && TIME_SUBORDINATORS.has(clause.cue ?? '') && v.start === v.head && x.tokens[v.head].lower.endsWith('ing')) {
    return governor ? verbReading(x, governor, hops + 1) : null;
  }
  if (clause.kind !== 'infinitive' && clause.kind !== 'purpose' && !v.infinitive) return null;
  // Only the clause's first verb hangs on its governor; a later inflected one ("to end the war but insisted") is a
  // predicate of its own, a later bare one ("to meet and sign") shares the first verb's reading.
  const first = x.verbs.find((g) => g.clause === v.clause);
  if (first && first !== v && !v.infinitive) return bare(x, v) ? verbReading(x, first, hops + 1, trigger) : null;
  // The word right before "to" (or before "at"/"of" in "aimed at reaching"): a verb, an adjective or a noun.
  // "wished to “express …”": an opening quotation mark may stand between "to" and the verb.
  const quoted = v.start > 0 && OPENING_QUOTES.has(x.tokens[v.start - 1].lower) ? 1 : 0;
  const cueAt = clause.kind === 'purpose' && clause.cue?.includes(' ') ? clause.start - 1 : v.start - 2 - quoted;
  const word = cueAt >= 0 ? x.tokens[cueAt] : null;
  const wordVerb = word && x.verbOf[word.i] >= 0 ? x.verbs[x.verbOf[word.i]] : null;
  if (wordVerb?.negated) return { modality: 'negated', cue: 'scope.governor-negated' };
  // "agreed not to use force", "decided never to return": the infinitive itself is denied.
  if (word && (word.lower === 'not' || word.lower === 'never') && v.infinitive) return { modality: 'negated', cue: 'scope.not-to' };
  const ruling = wordVerb ?? governor;
  // "wished to express satisfaction", "would like to thank Qatar": the wish to say it is the saying.
  if (word && PERFORMATIVE_GOVERNORS.has(word.lemma) && PERFORMATIVE.has(x.tokens[v.head].lemma)) return { modality: 'asserted', cue: `scope.performative(${word.lemma})` };
  // "would be willing to withdraw", "offered to meet": stating the readiness is the act; only a denial undoes it.
  if (word && word.i >= trigger[0] && word.i < trigger[1]) {
    const above = ruling ? verbReading(x, ruling, hops + 1) : null;
    return above?.modality === 'negated' ? above : { modality: 'asserted', cue: `scope.names-governor(${word.lemma})` };
  }
  // "got both ministers to sign": the act happened as the causing verb did.
  if (governor && CAUSATIVE.has(x.tokens[governor.head].lemma) && v.start - governor.end <= CONTROL_REACH) return verbReading(x, governor, hops + 1);
  // "urged Kyiv to withdraw": the word before "to" is the object; the verb that governs it decides.
  // "signed an agreement with the rebels to release ...": the governing verb's object noun may hold the plan.
  const objectNoun = governor?.object != null ? x.tokens[x.chunks[governor.object].head].lemma : null;
  const controller = governor && v.start - governor.end <= CONTROL_REACH
    ? governorClass(x.tokens[governor.head].lemma) ?? (objectNoun ? governorClass(objectNoun) : null) : null;
  const lexical = (word ? governorClass(word.lemma) ?? beforeToClass(word.lemma) ?? (word.lemma === 'be' ? { modality: 'future' as const, cue: 'scope.is-to' } : null) : null) ?? controller;
  if (lexical) {
    // "will try to meet", "would want to sign": a non-factual governor keeps its own reading first.
    const above = ruling ? groupReading(x, ruling) : null;
    return above && above.modality !== 'future' ? above : lexical;
  }
  const up = governor ? verbReading(x, governor, hops + 1) : null;
  if (up) return up;
  if (word && TRANSPARENT.has(word.lemma)) return null;
  // "a deal aimed at ending the war", "in order to sign": a stated goal. A bare "to" after a verb of going or meeting
  // ("travelled to Oslo to meet him") tells what was done there, so it keeps the governing verb's reading.
  return clause.kind === 'purpose' && clause.cue?.includes(' ') ? { modality: 'future', cue: `scope.purpose(${clause.cue})` } : null;
}

/** The reading of a past verb in a relative clause: what the noun it hangs on did. */
export const RELATIVE_PAST: ScopeReading = { modality: 'asserted', cue: 'scope.relative-past' };
