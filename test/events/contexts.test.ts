// PLOVER contexts named by the words of an event's sentence (src/events/contexts.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { sentenceContexts } from '../../src/events/contexts.js';
import { analyze } from '../../src/nlp/wink.js';
import { tokensIn } from '../../src/syntax/phrases.js';

function contexts(text: string): string[] {
  const analysis = analyze(text);
  return sentenceContexts((span) => tokensIn(analysis, span))([0, text.length]);
}

describe('contexts from the words of a sentence', () => {
  it('reads whole words, word beginnings and phrases, in data order', () => {
    expect(contexts('Both sides agreed on a buffer zone and the annexation was rejected.')).toEqual(['territory']);
    expect(contexts('Peacekeepers will guard the dam against terrorists.')).toEqual(['peacekeeping', 'terrorism']);
    expect(contexts('The court heard claims of war crimes against refugees.')).toEqual(['human_rights', 'migration', 'legal']);
  });
  it('reads the parts of a hyphenated word, and no word inside another', () => {
    expect(contexts('Cross-border raids went on overnight.')).toEqual(['territory']);
    expect(contexts('Finland and Iceland signed a fishing pact.')).toEqual([]);
  });
  it('reads a phrase only with its words apart', () => {
    expect(contexts('The talks covered air defence.')).toEqual(['military']);
    expect(contexts('The talks covered the air.')).toEqual([]);
  });
});
