import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { hasPhrase, hasWord, pattern, patternAt, phraseAt, phrases, tokensAcross, tokensIn } from '../../src/syntax/phrases.js';

const tokens = (text: string) => analyze(text).sentences[0].tokens;

describe('word and phrase look-ups over tokens', () => {
  it('finds a word of a list as a whole token, never inside another word', () => {
    expect(hasWord(tokens('The envoys met in Doha.'), new Set(['met']))).toBe(true);
    expect(hasWord(tokens('The metro was closed.'), new Set(['met']))).toBe(false);
  });
  it('finds a word as a part of a token wink keeps hyphenated', () => {
    expect(hasWord(tokens('The talks were co-mediated by Oman.'), new Set(['mediated']))).toBe(true);
  });
  it('finds a phrase across a hyphen, and says where it ends', () => {
    const ts = tokens('They spoke face-to-face in Geneva.');
    expect(hasPhrase(ts, phrases('face to face'))).toBe(true);
    expect(phraseAt(ts, 2, ['face', 'to', 'face'])).toBe(7);
    expect(hasPhrase(tokens('They spoke to each other.'), phrases('face to face'))).toBe(false);
  });
  it('gives the tokens inside a span of the text', () => {
    const text = 'Talks resumed. The summit opened in Lima.';
    expect(tokensIn(analyze(text), [19, 25]).map((t) => t.text)).toEqual(['summit']);
  });
});

describe('patterns of word slots', () => {
  it('matches optional slots with or without their word, and hyphens only where the pattern has one', () => {
    const p = pattern('halt|end', 'all?', 'fighting');
    expect(patternAt(tokens('They agreed to halt all fighting.'), 3, p)).toBe(6);
    expect(patternAt(tokens('They agreed to end fighting.'), 3, p)).toBe(5);
    expect(patternAt(tokens('The cease-fire held.'), 1, pattern('cease', '-', 'fire'))).toBe(4);
    expect(patternAt(tokens('They agreed to halt the fighting.'), 3, p)).toBeNull();
  });
});

describe('tokens across sentences', () => {
  it('gives the tokens of a span that holds several sentences, from a point between them', () => {
    const text = 'Talks resumed.  The summit opened. Lima hosted it.';
    const words = tokensAcross(analyze(text), [15, 40]).map((t) => t.text);
    expect(words).toEqual(['The', 'summit', 'opened', '.', 'Lima']);
  });
});
