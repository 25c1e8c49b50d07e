// Modality from the shallow syntax layer (../syntax/): what governs the trigger's verb group or noun phrase.
// - a verb group's own marks: negation, a modal ("will" future, "would" hypothetical unless reported), "going to";
// - the clause it sits in: a condition ("if"), a goal ("aimed at reaching": intended, so future), a coordinated bare verb that
//   shares the first verb's group ("will fly to Oslo and meet");
// - the word that governs an infinitive, -ing or "for" phrase, or takes the event noun as object: "plans to meet",
//   "is set to resume", "ready to sign", "pushing for talks", "refused to sign", "postponed the summit";
// - for an event noun, the verb it is the subject of when that verb tells whether it happens ("talks will resume").
// Word classes are data (data/modality-cues.json, "governors"). Returns null when the syntax says nothing, so the
// character cues of ./classify.ts decide.
import { AGENT_NOUNS, OPENING_QUOTES, POSSESSIVE_DETERMINERS } from '../syntax/lexicon.data.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import {
  CAUSATIVE, CONTROL_REACH, FUTURE_MODALS, GOAL_PREP_VERBS, GOAL_PREPS, governorClass, HAPPENING, MAX_HOPS, MODIFIERS, PRESUPPOSING,
  PERFORMATIVE, PERFORMATIVE_GOVERNORS, type ScopeReading, TOPIC_PREPS, TRANSPARENT, WOULD,
} from './scope-words.js';

export type { ScopeReading } from './scope-words.js';

/** The reading of the trigger spanning tokens [from, to) of the sentence, or null when the syntax marks nothing. */
export function scopeModality(x: SentenceSyntax, from: number, to: number): ScopeReading | null {
  let verb = -1, chunk = -1;
  for (let i = from; i < to; i++) if (x.verbOf[i] >= 0 && x.tokens[i].pos === 'VERB') { verb = x.verbOf[i]; break; }
  if (verb < 0) for (let i = from; i < to; i++) if (x.verbOf[i] >= 0) { verb = x.verbOf[i]; break; }
  if (verb >= 0) return verbReading(x, x.verbs[verb], 0, [from, to]);
  for (let i = to - 1; i >= from; i--) if (x.chunkOf[i] >= 0) { chunk = x.chunkOf[i]; break; }
  return chunk >= 0 ? nounReading(x, x.chunks[chunk]) : null;
}

/** What the verb group itself marks: negation, a modal, a going-to future. */
function groupReading(x: SentenceSyntax, v: VerbGroup): ScopeReading | null {
  if (v.negated) return { modality: 'negated', cue: 'scope.verb-negated' };
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

/** "denied backing the rebels", "proposed holding talks": a verb the group joins before the trigger governs it, as it
 * would govern an infinitive ("refused to meet"). The joining verb itself ("denied") is not governed by it. */
function joinedGovernor(x: SentenceSyntax, v: VerbGroup, trigger: number): ScopeReading | null {
  for (let k = Math.min(trigger, v.head) - 1; k >= v.start; k--) {
    const t = x.tokens[k];
    if (t.pos === 'VERB') return governorClass(t.lemma);
  }
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
function deniedThat(x: SentenceSyntax, clauseIndex: number): boolean {
  const clause = x.clauses[clauseIndex];
  if (clause.cue !== 'that') return false;
  for (let k = clause.start - 1; k >= 0 && k >= clause.start - 4; k--) {
    const ch = x.chunkOf[k];
    if (ch >= 0) return x.tokens[x.chunks[ch].start].lower === 'no';
    if (x.tokens[k].pos !== 'ADV') return false;
  }
  return false;
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

/** `trigger`: a trigger that holds its own governor ("willing to withdraw", "desire to meet") names that act itself. */
function verbReading(x: SentenceSyntax, v: VerbGroup, hops: number, trigger: [number, number] = [0, 0]): ScopeReading | null {
  if (deniedThat(x, v.clause)) return { modality: 'negated', cue: 'scope.denied-that' };
  const own = groupReading(x, v) ?? (hops === 0 ? joinedGovernor(x, v, trigger[0]) : null);
  if (own || hops >= MAX_HOPS) return own;
  const clause = x.clauses[v.clause];
  if (clause.kind === 'conditional') return { modality: 'hypothetical', cue: `scope.conditional(${clause.cue})` };
  // "the two neighbours, who fought two wars": a past verb of a relative clause tells what its noun did, whatever
  // condition the clause around it is under.
  if (hops === 0 && clause.kind === 'relative' && v.tense === 'past') return RELATIVE_PAST;
  const governor = governingVerb(x, v.clause);
  if (clause.kind === 'coordinated' && bare(x, v)) return governor ? verbReading(x, governor, hops + 1) : null;
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
  const lexical = (word ? governorClass(word.lemma) ?? (word.lemma === 'be' ? { modality: 'future' as const, cue: 'scope.is-to' } : null) : null) ?? controller;
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

/**
 * An event noun: the noun or verb that governs its phrase, then the verb it is object or subject of. Failing those,
 * a noun with a possessor ("his request", "Russia's attack") names an act that exists, whatever cue stands near it.
 */
function nounReading(x: SentenceSyntax, c: Chunk): ScopeReading | null {
  if (deniedThat(x, x.clauseOf[c.head])) return { modality: 'negated', cue: 'scope.denied-that' };
  let top = c;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const modifier = modifierOf(x, top);
    if (modifier) return modifier;
    if (top.prep === 'without') return { modality: 'negated', cue: 'scope.without' };
    const host = top.attachedTo;
    if (top.prep && top.prep !== 'of' && TOPIC_PREPS.has(top.prep)) return EXISTING(`topic(${top.prep})`);
    if (!host) break;
    if (host.kind === 'verb') {
      const v = x.verbs[host.index];
      const lemma = x.tokens[v.head].lemma;
      if (top.prep && GOAL_PREPS.has(top.prep)) {
        // "ready for a meeting", "hopes for a deal": the word right before the preposition may govern it.
        const before = x.tokens[top.start - 2];
        const near = before ? governorClass(before.lemma) : null;
        if (near) return near;
        const wanted = governorClass(lemma) ?? (GOAL_PREP_VERBS.has(lemma) ? { modality: 'hypothetical' as const, cue: `scope.wanted-for(${lemma})` } : null);
        if (wanted) return wanted;
      }
      // "will take part in talks": the verb's own marks reach its complement; "briefed him on the talks" do not.
      const own = groupReading(x, v);
      if (own) return own;
      break;
    }
    const owner = x.chunks[host.index];
    const lexical = governorClass(x.tokens[owner.head].lemma) ?? modifierOf(x, owner);
    if (lexical) return lexical;
    // "a round of talks", "the start of negotiations": the phrase the noun belongs to stands for it.
    if (top.prep !== 'of') return null;
    top = owner;
  }
  const following = governorAfter(x, top);
  if (following) return following;
  for (const v of x.verbs) {
    if (v.object === top.index) {
      const lemma = x.tokens[v.head].lemma;
      if (PRESUPPOSING.has(lemma)) return EXISTING(`presupposed(${lemma})`);
      // "would require talks": the verb's own doubt first; "will propose talks": the verb's meaning over its tense.
      const own = groupReading(x, v);
      if (own && own.modality !== 'future') return own;
      return governorClass(lemma, true) ?? verbReading(x, v, 1);
    }
    if (v.subject !== top.index || v.start < top.end) continue;
    // "the meeting, scheduled for Friday": a participle of planning after the noun.
    const planned = governorClass(x.tokens[v.head].lemma);
    if (planned?.modality === 'future' && v.start === v.head && v.object === null) return planned;
    if (HAPPENING.has(x.tokens[v.head].lemma) || v.passive) {
      return groupReading(x, v) ?? governorAfter(x, v) ?? predicate(x, v) ?? governorClass(x.tokens[v.head].lemma);
    }
  }
  return relativeReading(x, top) ?? (possessed(x, c) ? EXISTING('possessed') : null);
}

/** "a meeting is possible", "talks are likely": the adjective a copula gives its subject. */
function predicate(x: SentenceSyntax, v: VerbGroup): ScopeReading | null {
  const next = x.tokens[v.end];
  if (x.tokens[v.head].lemma !== 'be' || !next || next.pos !== 'ADJ') return null;
  for (const m of MODIFIERS) if (m.words.has(next.lower)) return m.reading;
  return governorClass(next.lemma);
}

/** "a ceasefire that will start on Monday": a relative clause right after the noun tells whether it happens. */
function relativeReading(x: SentenceSyntax, c: Chunk): ScopeReading | null {
  const clause = x.clauses.find((k) => k.kind === 'relative' && (k.start === c.end || (k.start === c.end + 1 && x.tokens[c.end].lower === ',')));
  const v = clause ? x.verbs.find((g) => g.clause === clause.index) : undefined;
  if (!v || !HAPPENING.has(x.tokens[v.head].lemma)) return null;
  return groupReading(x, v) ?? governorAfter(x, v) ?? predicate(x, v);
}

/** The reading of a past verb in a relative clause: what the noun it hangs on did. */
export const RELATIVE_PAST: ScopeReading = { modality: 'asserted', cue: 'scope.relative-past' };

/** A noun that names an act already there: the syntax vouches for it, overriding position-based cues. */
const EXISTING = (why: string): ScopeReading => ({ modality: 'asserted', cue: `scope.existing-${why}` });

function modifierOf(x: SentenceSyntax, c: Chunk): ScopeReading | null {
  for (let k = c.start; k < c.head; k++) for (const m of MODIFIERS) if (m.words.has(x.tokens[k].lower)) return m.reading;
  return null;
}

function possessed(x: SentenceSyntax, c: Chunk): boolean {
  if (c.possessor !== null) return true;
  const first = x.tokens[c.start];
  return POSSESSIVE_DETERMINERS.has(first.lower);
}

/** "the ceasefire, due to take effect", "talks are likely to resume": a governing word right after, before "to". */
function governorAfter(x: SentenceSyntax, after: { end: number }): ScopeReading | null {
  for (let k = after.end; k < Math.min(x.tokens.length - 1, after.end + 3); k++) {
    const t = x.tokens[k];
    if (x.tokens[k + 1].lower === 'to' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return governorClass(t.lemma);
    if (t.lower !== ',' && t.pos !== 'AUX' && t.pos !== 'ADV') return null;
  }
  return null;
}
