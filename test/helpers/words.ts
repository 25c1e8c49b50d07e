// The deps a stage that reads a report's words takes (its text and a reader of the tokens inside a span), over a test
// text of our own: shared by the events tests.
import type { EntityIndex } from '../../src/context.js';
import { analyze } from '../../src/nlp/wink.js';
import type { Span } from '../../src/record.js';
import { tokensIn } from '../../src/syntax/phrases.js';

export function textDeps(index: EntityIndex, text: string) {
  const analysis = analyze(text);
  return { index, text, words: (span: Span) => tokensIn(analysis, span) };
}
