// A non-state party placed in a state by "in" is a group of that country, not the state (invented sentences).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

function mentions(text: string) {
  const idx = run(text);
  return idx.mentions.map((m) => {
    const e = idx.byId(m.entity)!;
    return [text.slice(m.span[0], m.span[1]), e.kind, e.country];
  });
}

describe('groups placed in a state', () => {
  it('reads "rebels in X" and "opposition groups in the X" as a group of X', () => {
    expect(mentions('Rebels in Chad seized a depot.')).toEqual([['Rebels in Chad', 'group', 'TCD']]);
    expect(mentions('Armed opposition groups in the Central African Republic rejected the plan.'))
      .toEqual([['Armed opposition groups in the Central African Republic', 'group', 'CAF']]);
  });
  it('leaves state-side nouns and bare group nouns to the state', () => {
    expect(mentions('Security forces in Chad seized a depot.')).toEqual([['Chad', 'state', 'TCD']]);
    expect(mentions('Elections in Chad were postponed.')).toEqual([['Chad', 'state', 'TCD']]);
  });
});
