import { describe, expect, it } from 'vitest';
import { anaphorKinds } from '../../src/events/anaphora.js';

describe('anaphorKinds', () => {
  it('reads a bare pronoun and a definite description', () => {
    expect(anaphorKinds(['he'])).toEqual(['person']);
    expect(anaphorKinds(['the', 'rebels'])).toEqual(['group']);
    expect(anaphorKinds(['this', 'country'])).toEqual(['state']);
  });

  it('reads nothing into other words, even ones an object has as built-in keys', () => {
    expect(anaphorKinds(['country'])).toBeNull();
    expect(anaphorKinds(['the', 'envoy'])).toBeNull();
    expect(anaphorKinds(['the', 'constructor'])).toBeNull();
    expect(anaphorKinds(['valueOf'])).toBeNull();
  });
});
