// Tag repairs that restore a verb wink read as something else ("Russia demands a withdrawal", "would free 300
// prisoners", "were mediated by the AU"). Each repair is one small pass; ./tag-repairs.ts runs them in order.
import type { SynToken } from './types.js';
import { retagged } from './retag.js';
import { AGENT_NOUNS, isPsychParticiple, MODALS, OPENING_QUOTES, PEOPLE_NOUNS, SPEECH_VERBS, TIME_NOUNS } from './lexicon.data.js';

/** "the talks were mediated by the AU", "was brokered by Qatar": wink tags the participle after "be" as an adjective;
 * before "by" it is the passive verb. */
export function repairPassiveBy(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // "was outraged by the raid" tells a feeling, whose cause is no doer: it stays an adjective.
    if (t.pos !== 'ADJ' || t.entity || !/^[a-z]+(?:ed|en)$/.test(t.text) || tokens[i + 1].lower !== 'by' || isPsychParticiple(t.lower)) continue;
    let k = i - 1;
    if (tokens[k].pos === 'ADV' && k > 0) k--;
    if (tokens[k].lemma === 'be' || tokens[k].lemma === 'get') tokens[i] = retagged(t, 'VERB');
  }
}

/** Words that open what a verb in the present takes: an article or possessive, an object pronoun (not "this week",
 * "that began ..."). */
const PRESENT_OBJECT = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'him', 'them', 'us', 'it', 'any', 'all', 'no']);

/**
 * "Russia demands a withdrawal", "Hamas rejects the plan": wink tags a verb's -s form as a plural noun right after a
 * name. Right after a name that opens its clause, and before a determiner, pronoun or name ("that" only after a verb of
 * saying), it is the clause's verb; "the Russia talks this week" keeps its noun, since a determiner opens the name.
 */
export function repairPresentTense(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'NOUN' || t.entity || !/^[a-z]+s$/.test(t.text) || t.lower === t.lemma || !(prev.entity || prev.pos === 'PROPN')) continue;
    // "US envoys Steve Witkoff", "Russian forces the ...": a noun for people acting is the head of the name's phrase.
    if (AGENT_NOUNS.has(t.lower) || PEOPLE_NOUNS.has(t.lower) || TIME_NOUNS.has(t.lower)) continue;
    const takes = PRESENT_OBJECT.has(next.lower) || next.entity !== null || next.pos === 'PROPN' || (next.lower === 'that' && SPEECH_VERBS.has(t.lemma));
    if (takes && nameOpensClause(tokens, i - 1)) tokens[i] = retagged(t, 'VERB');
  }
}

/** Does the name ending at `last` open its clause (nothing but punctuation or a conjunction before it)? */
function nameOpensClause(tokens: SynToken[], last: number): boolean {
  let k = last;
  while (k >= 0 && (tokens[k].entity || tokens[k].pos === 'PROPN')) k--;
  return k < 0 || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ' || tokens[k].lower === 'that';
}

/** "warned Europe not to “torpedo the progress”", "urged them not to veto it": what follows "not to" (and an opening
 * quotation mark) is a verb, though wink may tag a word of two readings as a noun. */
export function repairAfterNotTo(tokens: SynToken[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].lower !== 'not' || tokens[i + 1].lower !== 'to') continue;
    const k = OPENING_QUOTES.has(tokens[i + 2].lower) ? i + 3 : i + 2;
    const t = tokens[k];
    if (t && !t.entity && /^[a-z]+$/.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ')) tokens[k] = retagged(t, 'VERB');
  }
}

const ING_OPENERS = new Set(['after', 'before', 'while', 'since', 'when', 'whilst']);

/**
 * "with Trump warning both nations that ...", "with Moscow refusing to ...": after "with", an -ing word wink tags as a
 * noun right after a name or pronoun, and before what a verb takes (a determiner, name, pronoun, "that" or "to"), is
 * the verb of an absolute phrase whose subject is that name.
 */
export function repairAbsoluteIng(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || t.entity) continue;
    if (!(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.entity || next.lower === 'that' || next.lower === 'to')) continue;
    // "after meeting the envoy", "before signing the deal": right after a subordinator it is the verb of the clause.
    if (ING_OPENERS.has(prev.lower) || ((prev.entity || prev.pos === 'PROPN' || prev.pos === 'PRON') && afterWith(tokens, i - 1))) tokens[i] = retagged(t, 'VERB');
  }
}

/** Does "with" open the noun phrase that ends at `last` (a few name, title or determiner words back)? */
function afterWith(tokens: SynToken[], last: number): boolean {
  for (let k = last; k >= 0 && k >= last - 4; k--) {
    const t = tokens[k];
    if (t.lower === 'with') return k < last;
    if (!(t.entity || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PRON' || t.lower === "'s" || t.lower === '’s')) return false;
  }
  return false;
}

/**
 * wink tags a past verb right after a name as an adjective ("Armenia alleged that", "Iran armed the militia"):
 * an -ed adjective between a name and a determiner, pronoun, name or "that" is the clause's verb.
 */
export function repairPastTense(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || t.entity) continue;
    // "The swap, mediated by Oman, went ahead": after a comma and before "by" it is a passive participle.
    if (prev.lower === ',' && next.lower === 'by') { tokens[i] = retagged(t, 'VERB'); continue; }
    if (!(prev.entity || prev.pos === 'PROPN' || prev.pos === 'PRON')) continue;
    if (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.entity || next.lower === 'that') tokens[i] = retagged(t, 'VERB');
  }
}

/** Words that may stand between a modal and its verb ("would also free", "will not end"). */
const BETWEEN_MODAL_AND_VERB = new Set(['not', "n't", 'also', 'then', 'now', 'soon', 'still', 'only', 'never', 'immediately', 'gradually']);

/**
 * "his side would free 1,200 prisoners", "the army will release them": wink tags the bare verb after a modal as an
 * adjective or a noun when it has that reading too; after a modal (and its adverbs) it is the verb.
 */
export function repairAfterModal(tokens: SynToken[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].pos !== 'AUX' || !MODALS.has(tokens[i].lower)) continue;
    let k = i + 1;
    while (k < tokens.length && (BETWEEN_MODAL_AND_VERB.has(tokens[k].lower) || (tokens[k].pos === 'ADV' && tokens[k].lower.endsWith('ly')))) k++;
    const t = tokens[k], next = tokens[k + 1];
    if (!t || t.entity || !/^[a-z]+$/.test(t.text) || (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'ADV')) continue;
    // "should Israeli forces withdraw", "should negotiations stall": after an inverted modal comes the subject.
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'VERB')) continue;
    if (t.pos === 'NOUN' && t.lower.endsWith('s')) continue;
    // "could close more crossings": an adverb-tagged word is the verb only when what it takes follows.
    if (t.pos === 'ADV' && !(next && OBJECT_OPENERS.has(next.pos))) continue;
    tokens[k] = retagged(t, 'VERB');
  }
}

/** Tags that open what a verb takes: a determiner, a modifier, a name, a number, a pronoun. */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN']);

/** "Anwar, who chairs ASEAN", "Russia, which controls the town", "Kenya, whose army leads the force": wink tags the
 * relative clause's -s verb as a noun; right after "who"/"which" (or "whose" and the noun it owns) and before what it
 * takes, it is the verb. */
export function repairAfterRelative(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1];
    if (t.pos !== 'NOUN' || t.entity || !/^[a-z]+s$/.test(t.text) || !afterRelativeWord(tokens, i)) continue;
    if (next.entity || OBJECT_OPENERS.has(next.pos)) tokens[i] = retagged(t, 'VERB');
  }
}

/** Most words between "whose" and its clause's verb: the owned noun and one modifier ("whose new government"). */
const MAX_OWNED_WORDS = 2;

/** Does "who"/"which" stand right before, or "whose" with the noun it owns ("whose country", "whose own army")? */
function afterRelativeWord(tokens: SynToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev.lower === 'who' || prev.lower === 'which') return true;
  if (prev.pos !== 'NOUN' || prev.entity) return false;
  for (let k = i - 2, n = 1; k >= 0 && n <= MAX_OWNED_WORDS; k--, n++) {
    if (tokens[k].lower === 'whose') return true;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return false;
  }
  return false;
}
