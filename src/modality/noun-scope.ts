// Modality of an event noun from the shallow syntax: its modifiers ("the planned talks"), the phrase it belongs to
// ("preparations for a summit"), the verb it is object or subject of ("talks will resume", "postponed the summit"), a
// relative clause on it, and failing those a possessor ("Russia's attack": an act that exists). The verb scope is
// passed in (deps), as a noun's verb may be read as a trigger is (./scope.ts).
import { POSSESSIVE_DETERMINERS } from '../syntax/lexicon.data.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { DENYING_DETERMINERS } from '../words/negation.js';
import { AHEAD_OF } from '../words/time.js';
import { deniedThat, groupReading } from './group-marks.js';
import { GOAL_PREP_VERBS, GOAL_PREPS, governorClass, HAPPENING, MAX_HOPS, MODIFIERS, PRESUPPOSING, type ScopeReading, TOPIC_PREPS } from './scope-words.js';

/** What the noun scope needs of the verb scope: the reading of a verb group `hops` steps up from the trigger. */
export interface NounScopeDeps { verbReading: (x: SentenceSyntax, v: VerbGroup, hops: number) => ScopeReading | null }

/**
 * An event noun: the noun or verb that governs its phrase, then the verb it is object or subject of. Failing those,
 * a noun with a possessor ("his request", "Russia's attack") names an act that exists, whatever cue stands near it.
 */
export function nounReading(x: SentenceSyntax, c: Chunk, deps: NounScopeDeps): ScopeReading | null {
  if (deniedThat(x, x.clauseOf[c.head])) return { modality: 'negated', cue: 'scope.denied-that' };
  let top = c;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const modifier = modifierOf(x, top);
    if (modifier) return modifier;
    if (top.prep === 'without') return { modality: 'negated', cue: 'scope.without' };
    if (deniedNoun(x, top)) return { modality: 'negated', cue: 'scope.denying-determiner' };
    const host = top.attachedTo;
    if (!top.prep && !host) {
      const stranded = strandedGovernor(x, top);
      if (stranded) return stranded;
    }
    // "could do so during a trip later this month": what happens during an act is as (un)real as the act, so a modal or
    // future verb's own marks reach it; "signed during talks" leaves the talks a past occasion.
    const during = top.prep !== 'during' || !host ? null
      : host.kind === 'verb' ? groupReading(x, x.verbs[host.index]) : ownerVerbMarks(x, x.chunks[host.index]);
    if (during && during.modality !== 'asserted') return during;
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
      // An infinitive's come from what governs it too ("still need to be settled in negotiations").
      const own = groupReading(x, v) ?? (v.infinitive ? deps.verbReading(x, v, 1) : null);
      if (own) return own;
      break;
    }
    const owner = x.chunks[host.index];
    const lexical = governorClass(x.tokens[owner.head].lemma) ?? modifierOf(x, owner);
    if (lexical) return lexical;
    // "a round of talks", "the start of negotiations": the phrase the noun belongs to stands for it.
    // "could pave the way for talks", "could serve as a precursor for a call": the verb the owner phrase hangs on
    // lends its own marks.
    if (top.prep !== 'of') return ownerVerbMarks(x, owner);
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
      return governorClass(lemma, true) ?? deps.verbReading(x, v, 1);
    }
    if (v.subject !== top.index || v.start < top.end) continue;
    // "the meeting, scheduled for Friday": a participle of planning after the noun.
    const planned = governorClass(x.tokens[v.head].lemma);
    if (planned?.modality === 'future' && v.start === v.head && v.object === null) return planned;
    if (HAPPENING.has(x.tokens[v.head].lemma) || v.passive) {
      return groupReading(x, v) ?? governorAfter(x, v) ?? predicate(x, v) ?? governorClass(x.tokens[v.head].lemma);
    }
  }
  // "ahead of the summit": the event is still to come, unless a possessor ("ahead of his meeting") names one that exists.
  return relativeReading(x, top) ?? (possessed(x, c) ? EXISTING('possessed') : null) ?? (aheadOf(x, c) ? AHEAD : null);
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

const AHEAD: ScopeReading = { modality: 'future', cue: 'scope.ahead-of' };

/** A noun that names an act already there: the syntax vouches for it, overriding position-based cues. */
const EXISTING = (why: string): ScopeReading => ({ modality: 'asserted', cue: `scope.existing-${why}` });

function modifierOf(x: SentenceSyntax, c: Chunk): ScopeReading | null {
  for (let k = c.start; k < c.head; k++) {
    const word = modifierWord(x, k);
    for (const m of MODIFIERS) if (m.words.has(word)) return m.reading;
  }
  return null;
}

/** The modifier word at token `k`: wink splits a hyphenated one ("hoped-for") into its parts and the hyphen. */
function modifierWord(x: SentenceSyntax, k: number): string {
  const t = x.tokens;
  return t[k + 1]?.lower === '-' && t[k + 2] && t[k + 2].start === t[k + 1].end ? `${t[k].lower}-${t[k + 2].lower}` : t[k].lower;
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

/** "no deal", "no truce or talks": the phrase, or the first of the phrases it is coordinated with, opens with "no". */
function deniedNoun(x: SentenceSyntax, c: Chunk): boolean {
  const first = x.chunks[c.coordination] ?? c;
  return DENYING_DETERMINERS.has(x.tokens[c.start].lower) || DENYING_DETERMINERS.has(x.tokens[first.start].lower);
}

/** "ahead of the summit", "ahead of an in-person meeting": the phrase follows "ahead of" (a determiner the syntax
 * left out of the phrase may stand between). */
function aheadOf(x: SentenceSyntax, c: Chunk): boolean {
  let k = c.start - 1;
  if (k >= 0 && x.tokens[k].pos === 'DET') k--;
  return k >= 1 && x.tokens[k].lower === 'of' && AHEAD_OF.has(x.tokens[k - 1].lower);
}

/** "a proposal for a nationwide truce": the syntax may leave a determiner and an adverb or adjective out of the
 * phrase, and with them its preposition; the noun right before that preposition governs it as if it were attached. */
function strandedGovernor(x: SentenceSyntax, c: Chunk): ScopeReading | null {
  let k = c.start - 1;
  while (k >= 0 && k >= c.start - 3 && STRANDING.has(x.tokens[k].pos)) k--;
  if (k === c.start - 1 || k < 1 || x.tokens[k].pos !== 'ADP' || x.chunkOf[k - 1] < 0) return null;
  return governorClass(x.tokens[x.chunks[x.chunkOf[k - 1]].head].lemma);
}
const STRANDING = new Set(['DET', 'ADV', 'ADJ']);

/** The own marks of the verb a phrase is the object of, or hangs on by a preposition that is no topic's. */
function ownerVerbMarks(x: SentenceSyntax, owner: Chunk): ScopeReading | null {
  const host = owner.attachedTo;
  if (host?.kind === 'verb' && !(owner.prep && TOPIC_PREPS.has(owner.prep))) return groupReading(x, x.verbs[host.index]);
  const governing = x.verbs.find((v) => v.object === owner.index);
  return governing ? groupReading(x, governing) : null;
}
