// What is given "in exchange for" is the other side's act (src/events/exchange.ts). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2024-06-10' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => ({ event: e.event, evidence: text.slice(e.span[0], e.span[1]), actor: e.actor.map(name) }));
}

describe('exchangeGivers', () => {
  it('gives what is exchanged for to the side whose people the main act freed', () => {
    const out = events('The Houthis released 30 Saudi detainees in exchange for 40 Yemeni prisoners on Sunday.');
    expect(out.find((e) => e.evidence === 'exchange')).toMatchObject({ event: 'RETREAT', actor: ['Saudi Arabia'] });
  });
  it('reads through a participle on the freed people ("detainees seized in 2022")', () => {
    const out = events('The Houthis released 30 Saudi detainees seized in 2022 in exchange for 40 Yemeni prisoners on Sunday.');
    expect(out.find((e) => e.evidence === 'exchange')).toMatchObject({ event: 'RETREAT', actor: ['Saudi Arabia'] });
  });
});
