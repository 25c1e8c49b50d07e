import { describe, expect, it } from 'vitest';
import { isHedged } from '../../src/modality/hedges.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';

const hedged = (sentence: string) => isHedged(buildSyntax(analyze(sentence).sentences[0], null));

describe('isHedged', () => {
  it('sees a hedging adverb, "according to", an unnamed source and a sayerless "is said to"', () => {
    expect(hedged('The two are reportedly close to a deal.')).toBe(true);
    expect(hedged('Sources said the talks went well.')).toBe(true);
    expect(hedged('According to Qatari mediators, the swap took place at dawn.')).toBe(true);
    expect(hedged('Officials familiar with the talks in Muscat described them as cordial.')).toBe(true);
    expect(hedged('The militia is said to have withdrawn from Goma.')).toBe(true);
    expect(hedged('Local reports suggest the convoy was shelled near Kharkiv.')).toBe(true);
  });
  it('leaves a sentence a named party tells, and other senses of the words', () => {
    expect(hedged('The talks went well.')).toBe(false);
    expect(hedged('Kenyan officials met the rebels in Nairobi.')).toBe(false);
    expect(hedged('The envoy said the report was accurate.')).toBe(false);
  });
});
