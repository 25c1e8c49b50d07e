import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { synTokens } from '../../src/syntax/index.js';
import { retagged } from '../../src/syntax/retag.js';

describe('retagged', () => {
  const tokens = synTokens(analyze('Kenyan envoys brokered the truce in Nairobi.').sentences[0], null);

  it('changes the tag only, on a copy', () => {
    const t = tokens[2];
    const before = { ...t };
    const r = retagged(t, 'NOUN');
    expect(r).toEqual({ ...before, pos: 'NOUN' });
    expect(t).toEqual(before);
  });

  it('writes the fields in the order every token has them (one kind of token object, not two)', () => {
    expect(Object.keys(retagged(tokens[0], 'ADJ'))).toEqual(Object.keys(tokens[0]));
  });
});
