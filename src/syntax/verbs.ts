// Verb groups: auxiliaries, modals, negation and adverbs up to the main verb, with tense, voice and aspect.
// One pass over the tokens.
import type { SynToken, Tense, VerbGroup } from './types.js';
import { FUTURE_MODALS, isPsychParticiple, MODALS, NEGATORS, OPENING_QUOTES, PSYCH_VERBS } from './lexicon.data.js';
import { hyphenGlued } from './tokens.js';

const VERBAL = new Set(['VERB', 'AUX']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);

function inGroup(t: SynToken): boolean {
  return VERBAL.has(t.pos) || MODALS.has(t.lower) || NEGATORS.has(t.lower) && t.lower !== 'no';
}

/** A participle or past form: wink's lemma differs from the word and it is not an -ing form or a 3rd-person -s. */
function inflectedPast(t: SynToken): boolean {
  return t.lower !== t.lemma && !t.lower.endsWith('ing') && !(t.lower === t.lemma + 's' || t.lower === t.lemma + 'es');
}

/** A passive participle: an inflected past, or an -ed/-en word wink first read as an adjective ("were mediated by"),
 * which keeps the adjective's lemma (itself). */
function passiveParticiple(t: SynToken): boolean {
  return inflectedPast(t) || (t.lower === t.lemma && /[a-z](?:ed|en)$/.test(t.lower) && !isPsychParticiple(t.lower));
}

/** Words wink may tag otherwise that stand inside a verb group as adverbs do ("has long been accused"). */
const INNER_ADVERBS = new Set(['long', 'already', 'still', 'just', 'ever']);

/** "had since returned", "has since agreed": right after a form of "have", "since" is an adverb, not a subordinator. */
const sinceAfterHave = (tokens: SynToken[], k: number) => tokens[k].lower === 'since' && tokens[k - 1]?.lemma === 'have';

export function findVerbGroups(tokens: SynToken[]): { verbs: VerbGroup[]; verbOf: Int32Array } {
  const verbOf = new Int32Array(tokens.length).fill(-1);
  const verbs: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!inGroup(tokens[i]) || NEGATORS.has(tokens[i].lower) || tokens[i].entity || hyphenGlued(tokens, i)) { i++; continue; }
    let j = i + 1;
    // Adverbs may stand inside a group ("has also agreed", "will not immediately withdraw"), not at its end.
    while (j < tokens.length) {
      // "could have collapsed had Ethiopia insisted": an auxiliary after the main verb opens another group.
      if (inGroup(tokens[j]) && !tokens[j].entity && !(tokens[j].pos === 'AUX' && tokens[j - 1].pos === 'VERB')) { j++; continue; }
      // Up to three adverbs ("has once again outright rejected") between a verbal token and the next verb.
      let k = j;
      while (k < tokens.length && k < j + 3 && (tokens[k].pos === 'ADV' || INNER_ADVERBS.has(tokens[k].lower) || sinceAfterHave(tokens, k))) k++;
      if (k > j && k < tokens.length && inGroup(tokens[k]) && !tokens[k].entity && VERBAL.has(tokens[j - 1].pos)) { j = k + 1; continue; }
      // 'the region had "made painful concessions"': a quotation opening between an auxiliary and its verb.
      if (OPENING_QUOTES.has(tokens[j].lower) && (tokens[j - 1].pos === 'AUX' || MODALS.has(tokens[j - 1].lower))
        && tokens[j + 1]?.pos === 'VERB' && !tokens[j + 1].entity) { j += 2; continue; }
      // "the envoys will on Monday resume talks": a short time phrase between a modal and its verb.
      const timed = MODALS.has(tokens[j - 1].lower) ? timePhraseEnd(tokens, j) : -1;
      if (timed > 0 && inGroup(tokens[timed]) && !tokens[timed].entity) { j = timed + 1; continue; }
      break;
    }
    // "pledged not to harm civilians": a negator that ends the group before "to" denies the infinitive, not the verb.
    while (j - 1 > i && NEGATORS.has(tokens[j - 1].lower) && tokens[j]?.lower === 'to') j--;
    verbs.push(describe(tokens, i, j, verbs.length));
    for (let k = i; k < j; k++) verbOf[k] = verbs.length - 1;
    i = j;
  }
  return { verbs, verbOf };
}

/** Where a time phrase opened by "on"/"in"/"next"/"this" at `k` ends (at most three tokens, no party), else -1. */
function timePhraseEnd(tokens: SynToken[], k: number): number {
  if (!TIME_OPENERS.has(tokens[k]?.lower ?? '')) return -1;
  let e = k + 1;
  while (e < tokens.length && e <= k + 3 && !tokens[e].entity && TIME_WORDS.has(tokens[e].pos)) e++;
  return e > k + 1 && e < tokens.length ? e : -1;
}
const TIME_OPENERS = new Set(['on', 'next', 'this', 'later', 'early']);
const TIME_WORDS = new Set(['PROPN', 'NOUN', 'NUM', 'DET']);

function describe(tokens: SynToken[], start: number, end: number, index: number): VerbGroup {
  let head = -1;
  for (let k = end - 1; k >= start; k--) if (tokens[k].pos === 'VERB') { head = k; break; }
  if (head < 0) for (let k = end - 1; k >= start; k--) if (tokens[k].pos === 'AUX') { head = k; break; }
  if (head < 0) head = end - 1;
  let modal: string | null = null, negated = false, beAux = false, haveAux = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (k === head) continue;
    if (!modal && MODALS.has(t.lower)) modal = t.lower;
    if (NEGATORS.has(t.lower)) negated = true;
    if (t.lemma === 'be' || t.lemma === 'get') beAux = true;
    if (t.lemma === 'have') haveAux = true;
  }
  const h = tokens[head];
  // "was shocked by the raid" tells a state the subject is in, not a deed done to it by the "by" phrase.
  const passive = beAux && head !== start && h.pos === 'VERB' && passiveParticiple(h) && !PSYCH_VERBS.has(h.lemma);
  const progressive = beAux && h.lower.endsWith('ing');
  const perfect = haveAux && inflectedPast(h);
  const prev = start > 0 ? tokens[start - 1] : null;
  return {
    index, start, end, head, modal, negated, tense: tense(tokens, start, head, modal), passive, progressive, perfect,
    infinitive: prev?.lower === 'to', clause: -1, subject: null, object: null, agent: null, subjectLent: false,
  };
}

function tense(tokens: SynToken[], start: number, head: number, modal: string | null): Tense {
  if (modal && FUTURE_MODALS.has(modal)) return 'future';
  // "is going to sign": a going-to future.
  if (tokens[head].lower === 'going' && tokens[head + 1]?.lower === 'to') return 'future';
  const first = tokens[start];
  if (PAST_AUX.has(first.lower)) return 'past';
  if (start === head && first.pos === 'VERB' && inflectedPast(first)) return 'past';
  return 'present';
}
