// Tag repairs that restore a noun, a modifier or a preposition wink read as something else ("launched an offensive",
// "from annexed territories", "aircraft including gunships"). Each repair is one small pass; ./tag-repairs.ts runs them
// in order.
import type { SynToken } from './types.js';
import { retagged } from './retag.js';

/** "Russian aircraft including helicopter gunships killed ...": "including" between a noun and a noun phrase opens a
 * list, as a preposition does; read as a verb it would take the subject from the noun before it. */
export function repairIncluding(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.lower !== 'including' || t.pos !== 'VERB' || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',')) continue;
    if (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.entity) tokens[i] = retagged(t, 'ADP');
  }
}

/** "from annexed territories", "in occupied areas": a bare past participle between a preposition and a noun modifies
 * the noun, as an adjective does; wink may tag it a verb. */
export function repairParticipleAfterPreposition(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'VERB' || t.entity || !t.lower.endsWith('ed') || prev.pos !== 'ADP' || prev.lower === 'by') continue;
    if (next.pos === 'NOUN' && !next.entity) tokens[i] = retagged(t, 'ADJ');
  }
}

/** Vulgar fractions ("½", "¾") are numbers; wink tags them X, which broke "a 3½-year war" out of its noun phrase. */
const FRACTION = /^[\u00BC-\u00BE\u2150-\u215E]+$/u;

export function repairFractions(tokens: SynToken[]): void {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].pos === 'X' && FRACTION.test(tokens[i].text)) tokens[i] = retagged(tokens[i], 'NUM');
}

/** Words that open a noun phrase before its modifiers: a determiner, a possessive. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', "'s", '’s']);

/**
 * "Yemen's internationally recognised government", "the newly appointed envoy": a participle after an -ly adverb that
 * opens no clause (a determiner or possessive before them) and before a noun modifies that noun; it is no verb.
 */
export function repairModifyingParticiple(tokens: SynToken[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i], adverb = tokens[i - 1], opener = tokens[i - 2], next = tokens[i + 1];
    if (t.pos !== 'VERB' || !/(?:ed|en)$/.test(t.lower) || adverb.pos !== 'ADV' || !adverb.lower.endsWith('ly')) continue;
    if (PHRASE_OPENERS.has(opener.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN')) tokens[i] = retagged(t, 'ADJ');
  }
}

/** -ing words that are adjectives before a noun ("neighbouring Chile", "the warring parties"), never a verb there. */
const ING_ADJECTIVES = new Set(['neighbouring', 'neighboring', 'warring', 'ongoing']);

/** "a trip to neighbouring Chile": wink may tag such a word a verb, and "to" before it would open an infinitive. */
export function repairIngAdjective(tokens: SynToken[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1];
    if (t.pos !== 'VERB' || !ING_ADJECTIVES.has(t.lower) || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.entity)) continue;
    tokens[i] = retagged(t, 'ADJ');
    // The "to" before it was read as an infinitive marker; before an adjective it is the preposition.
    const prev = tokens[i - 1];
    if (prev?.lower === 'to' && prev.pos !== 'ADP') tokens[i - 1] = retagged(prev, 'ADP');
  }
}

/** Tags after which a phrase has ended: a preposition, a verb, an auxiliary, a stop or a bracket (not "and" or a comma,
 * which may join it to the noun: "a new and wider offensive"). */
const PHRASE_ENDERS = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'SCONJ', 'PART']);

/**
 * "launched an offensive in the north", "its offensive on the city": wink tags a noun that is also an adjective as the
 * adjective even where no noun follows; the last word of a phrase a determiner or possessive opens is its head noun.
 */
export function repairNominalAdjective(tokens: SynToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1];
    if (t.pos !== 'ADJ' || t.entity || !/^[a-z]+$/.test(t.text)) continue;
    if (next && (!PHRASE_ENDERS.has(next.pos) || next.lower === ',' || next.entity)) continue;
    let k = i - 1;
    // Modifiers between: adjectives and adverbs ("its newly launched", and "a new offensive", where wink tags "new" ADV).
    while (k > 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k--;
    if (!PHRASE_OPENERS.has(tokens[k].lower) || tokens[k].lower === 'that') continue;
    tokens[i] = retagged(t, 'NOUN');
    // An adverb that is no -ly word inside the phrase ("a new offensive") is its adjective.
    for (let m = k + 1; m < i; m++) if (tokens[m].pos === 'ADV' && !tokens[m].lower.endsWith('ly')) tokens[m] = retagged(tokens[m], 'ADJ');
  }
}

/** Title words after which an -ing word is part of the title, not a verb ("Acting Prime Minister", "the acting head"). */
const TITLE_HEADS = new Set(['president', 'prime', 'minister', 'secretary', 'governor', 'chairman', 'chair', 'head', 'leader', 'chief', 'mayor', 'director', 'commander']);

/** "Thai Acting Prime Minister X": "acting" before a title modifies it. */
export function repairActingTitle(tokens: SynToken[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === 'acting' && tokens[i].pos === 'VERB' && TITLE_HEADS.has(tokens[i + 1].lower)) tokens[i] = retagged(tokens[i], 'ADJ');
  }
}

/** "issued a statement following the talks": "following" before a noun phrase is the preposition "after", unless a
 * form of "be" or "have" makes it a verb ("are following the talks closely"). */
export function repairFollowing(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.lower !== 'following' || t.pos !== 'VERB' || prev.lemma === 'be' || prev.lemma === 'have' || prev.pos === 'ADV') continue;
    if (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.entity
      || next.lower === 'his' || next.lower === 'her' || next.lower === 'their' || next.lower === 'its') tokens[i] = retagged(t, 'ADP');
  }
}

/** "where heads of state agreed", "heads of government met": a head of state or government is a noun, not "heads" the
 * verb. */
export function repairHeadsOf(tokens: SynToken[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 2];
    if ((t.lower !== 'heads' && t.lower !== 'head') || t.pos === 'NOUN' || tokens[i + 1].lower !== 'of') continue;
    if (next.lower === 'state' || next.lower === 'government' || next.lower === 'delegation' || next.lower === 'delegations') tokens[i] = retagged(t, 'NOUN');
  }
}

const GERUND_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** "ordered the immediate reopening of the border": an -ing word a determiner opens, with "of" after it, is a noun (the
 * act named), not a verb group of its own. */
export function repairDeterminedGerund(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || tokens[i + 1].lower !== 'of') continue;
    const k = tokens[i - 1].pos === 'ADJ' ? i - 2 : i - 1;
    if (k >= 0 && GERUND_DETERMINERS.has(tokens[k].lower)) tokens[i] = retagged(t, 'NOUN');
  }
}
