// A sentence's wink tokens with the entity each belongs to: the input every syntax pass and the matcher read.
import type { EntityIndex } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import { MODALS } from './lexicon.data.js';
import type { SynToken } from './types.js';

/** One walk over the sentence's tokens and its mentions (both in text order): linear in their lengths. */
export function synTokens(s: Sentence, entities: EntityIndex | null): SynToken[] {
  const mentions = entities ? entities.mentionsIn(s.start, s.end) : [];
  const out: SynToken[] = new Array(s.tokens.length);
  let m = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    while (m < mentions.length && mentions[m].span[1] <= t.start) m++;
    const mention = m < mentions.length && mentions[m].span[0] < t.end && t.start < mentions[m].span[1] ? mentions[m] : null;
    const entity = mention ? entities!.byId(mention.entity) ?? null : null;
    out[i] = {
      i, text: t.text, lower: t.lower, lemma: t.lemma, pos: t.pos, start: t.start, end: t.end,
      entity: entity ? entity.id : null, entityKind: entity ? entity.kind : null, via: entity ? mention!.via : null,
    };
  }
  repairPastTense(out);
  repairAbsoluteIng(out);
  repairAfterModal(out);
  repairAfterRelative(out);
  repairModifyingParticiple(out);
  repairIngAdjective(out);
  repairParticipleAfterPreposition(out);
  return out;
}

const ING_OPENERS = new Set(['after', 'before', 'while', 'since', 'when', 'whilst']);

/**
 * "with Trump warning both nations that ...", "with Moscow refusing to ...": after "with", an -ing word wink tags as a
 * noun right after a name or pronoun, and before what a verb takes (a determiner, name, pronoun, "that" or "to"), is
 * the verb of an absolute phrase whose subject is that name.
 */
function repairAbsoluteIng(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || t.entity) continue;
    if (!(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.entity || next.lower === 'that' || next.lower === 'to')) continue;
    // "after meeting the envoy", "before signing the deal": right after a subordinator it is the verb of the clause.
    if (ING_OPENERS.has(prev.lower) || ((prev.entity || prev.pos === 'PROPN' || prev.pos === 'PRON') && afterWith(tokens, i - 1))) tokens[i] = { ...t, pos: 'VERB' };
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
function repairPastTense(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || t.entity) continue;
    // "The swap, mediated by Oman, went ahead": after a comma and before "by" it is a passive participle.
    if (prev.lower === ',' && next.lower === 'by') { tokens[i] = { ...t, pos: 'VERB' }; continue; }
    if (!(prev.entity || prev.pos === 'PROPN' || prev.pos === 'PRON')) continue;
    if (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.entity || next.lower === 'that') tokens[i] = { ...t, pos: 'VERB' };
  }
}

/** Words that may stand between a modal and its verb ("would also free", "will not end"). */
const BETWEEN_MODAL_AND_VERB = new Set(['not', "n't", 'also', 'then', 'now', 'soon', 'still', 'only', 'never', 'immediately', 'gradually']);

/**
 * "his side would free 1,200 prisoners", "the army will release them": wink tags the bare verb after a modal as an
 * adjective or a noun when it has that reading too; after a modal (and its adverbs) it is the verb.
 */
function repairAfterModal(tokens: SynToken[]): void {
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
    tokens[k] = { ...t, pos: 'VERB' };
  }
}

/** Tags that open what a verb takes: a determiner, a modifier, a name, a number, a pronoun. */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN']);

/** "Anwar, who chairs ASEAN", "Russia, which controls the town": wink tags the relative clause's -s verb as a noun;
 * right after "who"/"which" and before what it takes, it is the verb. */
function repairAfterRelative(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'NOUN' || t.entity || !/^[a-z]+s$/.test(t.text) || (prev.lower !== 'who' && prev.lower !== 'which')) continue;
    if (next.entity || OBJECT_OPENERS.has(next.pos)) tokens[i] = { ...t, pos: 'VERB' };
  }
}

/** Words that open a noun phrase before its modifiers: a determiner, a possessive. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', "'s", '’s']);

/**
 * "Yemen's internationally recognised government", "the newly appointed envoy": a participle after an -ly adverb that
 * opens no clause (a determiner or possessive before them) and before a noun modifies that noun; it is no verb.
 */
function repairModifyingParticiple(tokens: SynToken[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i], adverb = tokens[i - 1], opener = tokens[i - 2], next = tokens[i + 1];
    if (t.pos !== 'VERB' || !/(?:ed|en)$/.test(t.lower) || adverb.pos !== 'ADV' || !adverb.lower.endsWith('ly')) continue;
    if (PHRASE_OPENERS.has(opener.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN')) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/** "with further talks", "amid renewed shelling": an -ed word between a preposition and a noun modifies the noun. */
function repairParticipleAfterPreposition(tokens: SynToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || t.entity || prev.pos !== 'ADP' || prev.lower === 'by') continue;
    if (next.pos === 'NOUN' && !next.entity) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/** -ing words that are adjectives before a noun ("neighbouring Chile", "the warring parties"), never a verb there. */
const ING_ADJECTIVES = new Set(['neighbouring', 'neighboring', 'warring', 'ongoing']);

/** "a trip to neighbouring Chile": wink may tag such a word a verb, and "to" before it would open an infinitive. */
function repairIngAdjective(tokens: SynToken[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1];
    if (t.pos !== 'VERB' || !ING_ADJECTIVES.has(t.lower) || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.entity)) continue;
    tokens[i] = { ...t, pos: 'ADJ' };
    // The "to" before it was read as an infinitive marker; before an adjective it is the preposition.
    const prev = tokens[i - 1];
    if (prev?.lower === 'to' && prev.pos !== 'ADP') tokens[i - 1] = { ...prev, pos: 'ADP' };
  }
}

/** The first token that ends after `offset` (binary search: a long sentence costs log time per lookup). */
export function tokenAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "follow-up meetings", "long-running talks": the word at `i` is glued by a hyphen to the next word, so it is part of
 * a compound modifier whatever its tag (not a verb of its own). */
export function hyphenGlued(tokens: SynToken[], i: number): boolean {
  const dash = tokens[i + 1], next = tokens[i + 2];
  return dash?.lower === '-' && next !== undefined && tokens[i].end === dash.start && dash.end === next.start;
}
