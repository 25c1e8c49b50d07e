// Groups the text defines by their members; a later bare mention is the same group (invented sentences).
import { describe, expect, it } from 'vitest';
import { byName, run, texts } from './helpers.js';

/** Member names of the entity called `name`, or null when it has none. */
function membersOf(text: string, name: string): string[] | null {
  const idx = run(text);
  const g = byName(idx, name);
  return g?.members ? g.members.map((id) => idx.byId(id)!.name) : null;
}

describe('groups defined by their members', () => {
  it('reads a known group with its members in brackets', () => {
    const text = 'The Quad (the US, Saudi Arabia, the UAE and Egypt) tabled a truce plan; the Quad met again on Friday.';
    expect(membersOf(text, 'Quad')).toEqual(['United States', 'Saudi Arabia', 'United Arab Emirates', 'Egypt']);
    expect(texts(text, byName(run(text), 'Quad'))).toEqual(['Quad', 'Quad']);
  });
  it('reads "the <plural noun> — A, B and C —" as a new group and its later mentions', () => {
    const text = 'The guarantors — Turkey, Iran, and Russia alongside Kazakhstan — met in Astana. Rebels snubbed the guarantors.';
    expect(membersOf(text, 'the guarantors')).toEqual(['Türkiye', 'Iran', 'Russia', 'Kazakhstan']);
    expect(texts(text, byName(run(text), 'the guarantors'))).toEqual(['The guarantors', 'the guarantors']);
  });
  it('reads an unknown capitalised group name before its member list', () => {
    expect(membersOf('Envoys of the Lakes Contact Group (Kenya and Tanzania) arrived.', 'Lakes Contact Group')).toEqual(['Kenya', 'Tanzania']);
  });
  it('leaves a group with no listed members as one entity, and a bracket that is no list alone', () => {
    expect(membersOf('The Quad urged a truce in Sudan.', 'Quad')).toBeNull();
    expect(membersOf('The Quad (a forum of four states) urged a truce.', 'Quad')).toBeNull();
    expect(run('The negotiators (who met in Doha) left.').entities.filter((e) => e.members)).toEqual([]);
    expect(run('The envoys — tired after the talks — flew home.').entities).toEqual([]);
  });
});
