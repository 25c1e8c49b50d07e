// Which parties a noun phrase names (src/events/phrase-parties.ts), read through whole sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function actors(text: string): string[][] {
  const r = extractReport({ id: 't', text, source: null, published: '2024-06-10' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => e.actor.map(name));
}

describe('chunkParties', () => {
  it('reads a demonym before an actor noun as its party ("Kenyan troops")', () => {
    expect(actors('Kenyan troops blamed al-Shabaab for the ambush.')).toEqual([['Kenya']]);
  });
  it('reads no party in a demonym before those who report or judge ("Kenyan media", "Somali analysts")', () => {
    expect(actors('Kenyan media blamed al-Shabaab for the ambush.')).toEqual([]);
    expect(actors('Somali analysts blamed al-Shabaab for the ambush.')).toEqual([]);
  });

  it('reads the party armed men are tied to by a participle ("fighters linked to al-Shabaab")', () => {
    expect(actors('Fighters linked to al-Shabaab attacked an army convoy near the border on Monday.')).toEqual([['al-Shabaab']]);
    expect(actors('Fighters trained in Kenya attacked an army convoy near the border on Monday.')).toEqual([]);
  });

  it('reads a title whose "for" phrase ends in a name as that person, not the title\'s state', () => {
    expect(actors('US Special Envoy for Syria Tom Barrack condemned the shelling.')).toEqual([['Tom Barrack']]);
  });
  it('reads the state after a ministry\'s portfolio ("the Ministry of Foreign Affairs of Kenya")', () => {
    expect(actors('The Ministry of Foreign Affairs of Kenya condemned the shelling.')).toEqual([['Kenya']]);
  });
});
