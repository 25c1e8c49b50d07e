// Who a character window names as the group after a trigger (src/events/participants.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/context.js';
import { clauseStartOverList, groupAfter, ids } from '../../src/events/participants.js';

/** Mentions of the given names, in order, as the entity index would give them. */
function mentionsOf(text: string, names: Record<string, string>): Mention[] {
  return Object.entries(names).map(([name, entity]) => {
    const at = text.indexOf(name);
    return { entity, span: [at, at + name.length], via: 'name' } as Mention;
  }).sort((a, b) => a.span[0] - b.span[0]);
}

describe('the group named after a trigger', () => {
  it('takes the people a plural title names, not the state the title gives', () => {
    const text = 'talks in Doha between Omar al-Bashir and Chinese envoys Li Wei and Zhang Min';
    const ms = mentionsOf(text, { 'Omar al-Bashir': 'bashir', Chinese: 'chn', 'Li Wei': 'li', 'Zhang Min': 'zhang' });
    expect(ids(groupAfter(text, ms, text.indexOf('between'))?.mentions)).toEqual(['bashir', 'li', 'zhang']);
  });
  it('keeps a state joined to a person by "and"', () => {
    const text = 'talks between Omar al-Bashir and China on Monday';
    const ms = mentionsOf(text, { 'Omar al-Bashir': 'bashir', China: 'chn' });
    expect(ids(groupAfter(text, ms, text.indexOf('between'))?.mentions)).toEqual(['bashir', 'chn']);
  });
});

describe('a clause after a bracketed list of members', () => {
  it('starts where the group phrase the list spells out starts', () => {
    const s = 'The Nordic countries (Norway, Sweden and Finland) held a meeting in Oslo.';
    expect(clauseStartOverList(s, s.indexOf('held'))).toBe(0);
  });
  it('keeps a bracket that is no list of names', () => {
    const s = 'The rebels (who hold the north), then met the envoy.';
    expect(clauseStartOverList(s, s.indexOf('met'))).toBeGreaterThan(0);
  });
});
