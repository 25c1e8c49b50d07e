// PLOVER contexts of an event: those its category always carries, and those the words of its sentence name
// (data/event-contexts.json), read from the sentence's tokens.
import contextsData from '../../data/event-contexts.json' with { type: 'json' };
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { hasPattern, partsOf, pattern, type Pattern } from '../syntax/phrases.js';

interface ContextWords { context: string; words?: string[]; prefixes?: string[]; phrases?: string[] }

/** The contexts every event of a category carries. */
export const CATEGORY_CONTEXTS = contextsData.events as Record<string, string[]>;

const CONTEXTS = (contextsData.words as ContextWords[]).map((w) => ({
  context: w.context,
  words: new Set(w.words ?? []),
  prefixes: w.prefixes ?? [],
  // A phrase's words stand apart ("air defence"), never hyphenated into one.
  phrases: (w.phrases ?? []).map((p): Pattern => pattern(...p.split(' '))),
}));

/** Does one of the tokens name the context (a word, a word beginning, a phrase)? A hyphenated token's parts are its
 * words ("cross-border" names a border). */
function names(c: (typeof CONTEXTS)[number], tokens: readonly Token[]): boolean {
  const word = (w: string) => c.words.has(w) || c.prefixes.some((p) => w.startsWith(p));
  return tokens.some((t) => partsOf(t).some(word)) || hasPattern(tokens, c.phrases);
}

/** The context words a sentence names, in data order: several events share a sentence, so each is read once. */
export function sentenceContexts(words: (span: Span) => readonly Token[]): (sentence: Span) => string[] {
  const seen = new Map<string, string[]>();
  return (sentence) => {
    const key = `${sentence[0]}:${sentence[1]}`;
    let found = seen.get(key);
    if (!found) {
      const tokens = words(sentence);
      found = CONTEXTS.filter((c) => names(c, tokens)).map((c) => c.context);
      seen.set(key, found);
    }
    return found;
  };
}
