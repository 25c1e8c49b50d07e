// Readings of a sentence's tokens that say what kind of deal it tells, for merging mentions of one agreement
// (./merge.ts): the word lists are src/words/deals.ts.
import type { Token } from '../nlp/wink.js';
import { patternAt } from '../syntax/phrases.js';
import { AIM_PREPOSITIONS, DEAL_NOUNS, HYPHENED_DEAL_NOUNS, OTHER_OR_MANY, TRUCE_PATTERNS } from '../words/deals.js';

const DETERMINERS = new Set(['a', 'an', 'the']);

/** A token that is a word (letters or digits), not punctuation. */
const isWord = (t: Token | undefined) => t !== undefined && t.pos !== 'PUNCT' && t.pos !== 'SYM';

/** The first token of the word that ends at token `j`: a hyphenated compound ("long-term") is one word. */
function wordStart(tokens: readonly Token[], j: number): number | null {
  if (!isWord(tokens[j])) return null;
  let k = j;
  while (k >= 2 && tokens[k - 1].lower === '-' && tokens[k - 1].start === tokens[k - 2].end && tokens[k - 1].end === tokens[k].start && isWord(tokens[k - 2])) k -= 2;
  return k;
}

/** "towards a lasting truce": the deal at token `i` is what the sentence aims at, after "toward(s)", a determiner
 * and one modifier at most. */
function aimedAt(tokens: readonly Token[], i: number): boolean {
  const aim = (k: number) => k >= 0 && AIM_PREPOSITIONS.has(tokens[k].lower);
  if (aim(i - 1)) return true;
  const word = wordStart(tokens, i - 1);
  if (word === null) return false;
  return aim(word - 1) || (word >= 2 && DETERMINERS.has(tokens[word - 1].lower) && aim(word - 2));
}

/** The tokens name a ceasefire as made, not only aimed at. */
export function namesTruce(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (TRUCE_PATTERNS.some((p) => patternAt(tokens, i, p) !== null) && !aimedAt(tokens, i)) return true;
  return false;
}

const dealNounAt = (tokens: readonly Token[], k: number) => DEAL_NOUNS.has(tokens[k]?.lower ?? '') || HYPHENED_DEAL_NOUNS.some((p) => patternAt(tokens, k, p) !== null);

/** "a separate deal", "previous peace accords", "several other agreements": a deal set apart or one of many, the
 * marker at most two words before the deal noun. */
export function otherDeal(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!OTHER_OR_MANY.has(tokens[i].lower)) continue;
    let k = i + 1;
    for (let words = 0; words <= 2 && k < tokens.length; words++) {
      if (dealNounAt(tokens, k)) return true;
      const next = nextWord(tokens, k);
      if (next === null) break;
      k = next;
    }
  }
  return false;
}

/** The token after the word that starts at `k` (a hyphenated compound is one word), or null when `k` is no word. */
function nextWord(tokens: readonly Token[], k: number): number | null {
  if (!isWord(tokens[k])) return null;
  let j = k + 1;
  while (j + 1 < tokens.length && tokens[j].lower === '-' && tokens[j].start === tokens[j - 1].end && tokens[j + 1].start === tokens[j].end && isWord(tokens[j + 1])) j += 2;
  return j;
}

/** The words between two mentions end with "and", maybe with one word after it ("called for X and also urged"). */
export function endsWithAnd(between: readonly Token[]): boolean {
  const n = between.length;
  return (n >= 1 && between[n - 1].lower === 'and') || (n >= 2 && between[n - 2].lower === 'and' && isWord(between[n - 1]) && between[n - 1].lower !== '-');
}

/** The mention's last word is a plural noun ("the accords": a noun its lemma is not), so it names no one agreement. */
export function endsPlural(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1);
  return last !== undefined && last.pos === 'NOUN' && last.lemma !== last.lower;
}
