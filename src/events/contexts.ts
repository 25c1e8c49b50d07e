// PLOVER contexts of an event: those its category always carries, and those the words of its sentence name
// (data/event-contexts.json), read from the sentence's tokens.
import contextsData from '../../data/event-contexts.json' with { type: 'json' };
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { hasPattern, partsOf, pattern, type Pattern } from '../syntax/phrases.js';

interface ContextWords { context: string; words?: string[]; prefixes?: string[]; phrases?: string[] }

/** The contexts every event of a category carries. */
export const CATEGORY_CONTEXTS = contextsData.events as Record<string, string[]>;

const ENTRIES = contextsData.words as ContextWords[];
/** Each context's phrases: their words stand apart ("air defence"), never hyphenated into one. */
const PHRASES = ENTRIES.map((w) => (w.phrases ?? []).map((p): Pattern => pattern(...p.split(' '))));
/** Word → the contexts (by data index) it names; word beginnings, with the context each names. */
const BY_WORD = new Map<string, number[]>();
ENTRIES.forEach((w, i) => { for (const word of w.words ?? []) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), i]); });
const PREFIXES = ENTRIES.flatMap((w, i) => (w.prefixes ?? []).map((prefix) => ({ prefix, context: i })));

/** The contexts the tokens name (a word, a word beginning, a phrase), in data order. A hyphenated token's parts are
 * its words ("cross-border" names a border). */
function named(tokens: readonly Token[]): string[] {
  const found = new Set<number>();
  for (const t of tokens) for (const w of partsOf(t)) {
    for (const i of BY_WORD.get(w) ?? []) found.add(i);
    for (const p of PREFIXES) if (w.startsWith(p.prefix)) found.add(p.context);
  }
  PHRASES.forEach((list, i) => { if (!found.has(i) && hasPattern(tokens, list)) found.add(i); });
  return ENTRIES.filter((_, i) => found.has(i)).map((w) => w.context);
}

/** The context words a sentence names, in data order: several events share a sentence, so each is read once. */
export function sentenceContexts(words: (span: Span) => readonly Token[]): (sentence: Span) => string[] {
  const seen = new Map<string, string[]>();
  return (sentence) => {
    const key = `${sentence[0]}:${sentence[1]}`;
    let found = seen.get(key);
    if (!found) {
      found = named(words(sentence));
      seen.set(key, found);
    }
    return found;
  };
}
