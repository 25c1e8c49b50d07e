// The word classes the syntax scope (./scope.ts) reads, loaded once from data/modality-cues.json ("governors", and
// the noun-modifier words the character cues share).
import cuesData from '../../data/modality-cues.json' with { type: 'json' };
import type { Modality } from '../record.js';
import { FUTURE_MODALS as SYNTAX_FUTURE_MODALS } from '../syntax/lexicon.data.js';

export interface ScopeReading { modality: Modality; cue: string }

export const GOVERNOR_CLASSES = cuesData.governors.classes.map((c) => ({
  id: c.id, modality: c.modality as Modality, lemmas: new Set(c.lemmas), objects: (c as { objects?: boolean }).objects !== false,
}));
export const TRANSPARENT = new Set(cuesData.governors.transparent);
export const PERFORMATIVE = new Set(cuesData.governors.performative);
export const PERFORMATIVE_GOVERNORS = new Set(cuesData.governors.performative_governors);
export const HAPPENING = new Set(cuesData.governors.happening);
export const GOAL_PREP_VERBS = new Set(cuesData.governors.goal_prep_verbs);
export const CAUSATIVE = new Set(cuesData.governors.causative);
export const PRESUPPOSING = new Set(cuesData.governors.presupposing);
export const TOPIC_PREPS = new Set(cuesData.governors.topic_preps);
// The syntax layer's future modals (one list per word class), plus what this scope also reads as a commitment to come:
// 'must' ("the troops must withdraw" is not yet done) and the curly-apostrophe contraction.
export const FUTURE_MODALS = new Set([...SYNTAX_FUTURE_MODALS, 'must', '’ll']);
export const WOULD = new Set(['would', "'d", '’d']);
// A noun's "for"/"towards" phrase after these verbs is what they want ("hope for a deal", "push for talks").
export const GOAL_PREPS = new Set(['for', 'towards', 'toward']);
// "the planned talks", "a possible deal": the noun-modifier classes.
export const MODIFIERS: Array<{ words: Set<string>; reading: ScopeReading }> = cuesData.modifiers.classes.map((m) => ({
  words: new Set(m.words), reading: { modality: m.modality as Modality, cue: `scope.modifier(${m.id})` },
}));
export const MAX_HOPS = 5;
// How far an object-control or causative verb reaches over its object to the infinitive ("got the two ministers to").
export const CONTROL_REACH = 10;

const BEFORE_TO = cuesData.governors.before_to;
const BEFORE_TO_LEMMAS = new Set(BEFORE_TO.lemmas);

/** A governor read only right before "to" ("open to having talks"), or null. */
export function beforeToClass(lemma: string): ScopeReading | null {
  return BEFORE_TO_LEMMAS.has(lemma) ? { modality: BEFORE_TO.modality as Modality, cue: `scope.${BEFORE_TO.id}(${lemma})` } : null;
}

/** `object`: the governed event is a noun the word takes as object, not an infinitive or -ing verb. */
export function governorClass(lemma: string, object = false): ScopeReading | null {
  for (const c of GOVERNOR_CLASSES) if (c.lemmas.has(lemma) && (c.objects || !object)) return { modality: c.modality, cue: `scope.${c.id}(${lemma})` };
  return null;
}
