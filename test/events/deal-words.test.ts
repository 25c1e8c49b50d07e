// Readings of what deal a sentence tells (src/events/deal-words.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { endsPlural, endsWithAnd, namesTruce, otherDeal } from '../../src/events/deal-words.js';
import { analyze } from '../../src/nlp/wink.js';

const tokens = (text: string) => analyze(text).sentences[0].tokens;

describe('a ceasefire named', () => {
  it('reads a truce noun, a hyphenated cease-fire, a cessation of hostilities and halting the fighting', () => {
    expect(namesTruce(tokens('Armenia and Azerbaijan agreed a truce on Sunday.'))).toBe(true);
    expect(namesTruce(tokens('The cease-fire took effect at noon.'))).toBe(true);
    expect(namesTruce(tokens('They signed a cessation of all hostilities in Addis Ababa.'))).toBe(true);
    expect(namesTruce(tokens('Both armies agreed to halt all military operations.'))).toBe(true);
  });
  it('reads no truce where it is only aimed at, or no truce word is used', () => {
    expect(namesTruce(tokens('They agreed to keep working towards a long-term truce.'))).toBe(false);
    expect(namesTruce(tokens('They agreed to keep working toward the truce.'))).toBe(false);
    expect(namesTruce(tokens('Both sides agreed to reopen the border crossing.'))).toBe(false);
  });
});

describe('another deal', () => {
  it('reads a marker at most two words before a deal noun', () => {
    expect(otherDeal(tokens('Rwanda had signed a separate deal with the rebels.'))).toBe(true);
    expect(otherDeal(tokens('Previous peace accords collapsed within weeks.'))).toBe(true);
    expect(otherDeal(tokens('Several earlier cease-fires broke down.'))).toBe(true);
    expect(otherDeal(tokens('Another round of long-running talks on a deal began.'))).toBe(false);
  });
});

describe('what joins two mentions, and a plural mention', () => {
  it('reads "and" ending the words between, with one word after it at most', () => {
    expect(endsWithAnd(tokens('for a truce and'))).toBe(true);
    expect(endsWithAnd(tokens('for a truce and also'))).toBe(true);
    expect(endsWithAnd(tokens('for a truce, then'))).toBe(false);
  });
  it('reads a mention ending in a plural noun', () => {
    expect(endsPlural(tokens('the accords'))).toBe(true);
    expect(endsPlural(tokens('the accord'))).toBe(false);
  });
});
