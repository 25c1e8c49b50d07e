// PLOVER contexts of an event: those its category always carries, and those the words of its sentence name
// (data/event-contexts.json), read from the sentence's tokens.
import contextsData from '../../data/event-contexts.json' with { type: 'json' };
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { hasPattern, pattern, type Pattern } from '../syntax/phrases.js';

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

/** The words of a token: itself, or the parts of one wink keeps hyphenated ("cross-border" is cross and border). */
const partsOf = (t: Token) => (t.lower.includes('-') ? t.lower.split('-') : [t.lower]);

/** Does one of the tokens name the context (a word, a word beginning, a phrase)? */
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
