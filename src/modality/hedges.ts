// Whether a sentence is hedged (the report does not vouch for it), read on its tokens: a hedging adverb
// ("reportedly"), "according to", an unnamed source telling it ("sources said"), reports as the teller, or a
// sayerless "is said to". Words in ../words/hedges.ts.
import type { SentenceSyntax } from '../syntax/types.js';
import { HEDGE_ADVERBS, HEDGE_REPORTS, HEDGE_SOURCES, REPORT_TELLING, SAID_TO_COPULAS, SOURCE_TELLING } from '../words/hedges.js';

// Every candidate of a sentence asks about the same sentence: the answer is kept with its syntax.
const hedged = new WeakMap<SentenceSyntax, boolean>();

export function isHedged(x: SentenceSyntax): boolean {
  let answer = hedged.get(x);
  if (answer === undefined) hedged.set(x, (answer = x.tokens.some((_, k) => hedgeAt(x, k))));
  return answer;
}

function hedgeAt(x: SentenceSyntax, k: number): boolean {
  const word = x.tokens[k].lower, next = x.tokens[k + 1]?.lower ?? '';
  if (HEDGE_ADVERBS.has(word)) return true;
  if (word === 'according' && next === 'to') return true;
  if (HEDGE_SOURCES.has(word) && SOURCE_TELLING.has(next)) return true;
  if (HEDGE_REPORTS.has(word) && REPORT_TELLING.has(next)) return true;
  return SAID_TO_COPULAS.has(word) && next === 'said' && x.tokens[k + 2]?.lower === 'to';
}
