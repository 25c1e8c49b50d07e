// Word and phrase look-ups over a run of tokens, for stages that ask "does this sentence (or trigger) say one of these
// words?" of a word list in src/words/ instead of scanning its characters with a regex.
import { sentenceAt } from '../context.js';
import type { Analysis, Token } from '../nlp/wink.js';
import type { Span } from '../record.js';

/** What a look-up reads of a token: its lower-case form (and its POS tag, for a slot that takes any word). Both wink
 * tokens and syntax tokens have them. */
export interface Worded { lower: string; pos?: string }

/** A token that is a word or a hyphen, not other punctuation or a clitic ("'s"). */
const anyWord = (t: Worded) => t.lower === '-' || (t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'PART');

/** A phrase of a word list: its words, lower case, split on spaces ("hosted by", "face to face"). */
export type Phrase = readonly string[];

/** Phrases from lower-case strings, one per entry ("in person" → ["in", "person"]). */
export const phrases = (...entries: string[]): Phrase[] => entries.map((e) => e.split(' '));

/** The words of a token: itself, or the parts of one wink keeps hyphenated ("co-mediated" is co and mediated, as
 * "Oman-mediated" is three tokens). */
export const partsOf = (t: Worded): readonly string[] => (t.lower.length > 1 && t.lower.includes('-') ? t.lower.split('-') : [t.lower]);

/** The token is one of `words`, or has one as a hyphenated part (split only when it has a hyphen). */
export const isWord = (t: Worded, words: ReadonlySet<string>): boolean =>
  words.has(t.lower) || (t.lower.length > 1 && t.lower.includes('-') && partsOf(t).some((w) => words.has(w)));

/** Any token of `tokens` is one of `words`, or has one as a hyphenated part. */
export const hasWord = (tokens: readonly Worded[], words: ReadonlySet<string>): boolean => tokens.some((t) => isWord(t, words));

/** The phrase starts at token `i`; a hyphen between two of its words is skipped ("face-to-face" is "face to face"). */
export function phraseAt(tokens: readonly Worded[], i: number, phrase: Phrase): number | null {
  let k = i;
  for (let w = 0; w < phrase.length; w++) {
    if (w > 0 && tokens[k]?.lower === '-') k++;
    if (tokens[k]?.lower !== phrase[w]) return null;
    k++;
  }
  return k;
}

/** A pattern of word slots, each one word of a set, some optional: `pattern('stop|end', 'all?', 'fighting')`; '*' is
 * any one word ('the', '*?', 'meeting'). Unlike a phrase, a pattern matches its words exactly: a hyphen is a slot of
 * its own ('cease', '-', 'fire'). */
export type Pattern = readonly { words: ReadonlySet<string>; optional: boolean }[];

export const pattern = (...slots: string[]): Pattern => slots.map((s) => ({
  words: new Set(s.replace(/\?$/, '').split('|')), optional: s.length > 1 && s.endsWith('?'),
}));

const fills = (words: ReadonlySet<string>, t: Worded) => words.has(t.lower) || (words.has('*') && anyWord(t));

/** Where the pattern ends when it starts at token `i` (an optional slot is tried with its word, then without). */
export function patternAt(tokens: readonly Worded[], i: number, p: Pattern, slot = 0): number | null {
  if (slot === p.length) return i;
  const { words, optional } = p[slot];
  const taken = i < tokens.length && fills(words, tokens[i]) ? patternAt(tokens, i + 1, p, slot + 1) : null;
  return taken ?? (optional ? patternAt(tokens, i, p, slot + 1) : null);
}

/** Any of the patterns starts at some token of `tokens`. */
export function hasPattern(tokens: readonly Worded[], list: readonly Pattern[]): boolean {
  for (let i = 0; i < tokens.length; i++) for (const p of list) if (mayStartAt(tokens[i], p) && patternAt(tokens, i, p) !== null) return true;
  return false;
}

/** A pattern whose first slot is a required word starts only on that word (the test runs at every token). */
const mayStartAt = (t: Worded, p: Pattern): boolean => p.length === 0 || p[0].optional || fills(p[0].words, t);

/** Phrases keyed by their first word, so a look-up at a token tries only the phrases that can start there. */
export type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

export function phraseIndex(list: readonly Phrase[]): PhraseIndex {
  const out = new Map<string, Phrase[]>();
  for (const p of list) out.set(p[0], [...(out.get(p[0]) ?? []), p]);
  return out;
}

/** Where the first phrase of the index that starts at token `i` ends, or null. */
export function indexedPhraseAt(tokens: readonly Worded[], i: number, index: PhraseIndex): number | null {
  for (const p of index.get(tokens[i]?.lower ?? '') ?? []) {
    const end = phraseAt(tokens, i, p);
    if (end !== null) return end;
  }
  return null;
}

/** Any of `list` occurs in `tokens`. */
export function hasPhrase(tokens: readonly Worded[], list: readonly Phrase[]): boolean {
  for (let i = 0; i < tokens.length; i++) for (const p of list) if (phraseAt(tokens, i, p) !== null) return true;
  return false;
}

/** The tokens of the analysed text that lie inside `span` (within its sentence: spans never cross one). */
export function tokensIn(analysis: Analysis, span: Span): Token[] {
  const s = sentenceAt(analysis, span[0]);
  return s ? s.tokens.filter((t) => t.start >= span[0] && t.end <= span[1]) : [];
}

/** The tokens of the analysed text inside `span`, which may hold several sentences (a line, a paragraph). */
export function tokensAcross(analysis: Analysis, span: Span): Token[] {
  const out: Token[] = [];
  for (let s = sentenceAt(analysis, span[0]) ?? firstAfter(analysis, span[0]); s && s.start < span[1]; s = analysis.sentences[s.index + 1]) {
    for (const t of s.tokens) if (t.start >= span[0] && t.end <= span[1]) out.push(t);
  }
  return out;
}

/** The first sentence that starts at or after `offset` (an offset between sentences lies in none). */
function firstAfter(analysis: Analysis, offset: number) {
  return analysis.sentences.find((s) => s.start >= offset);
}
