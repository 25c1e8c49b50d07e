// Events derived from other candidates (src/events/derived.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => ({ event: e.event, rule: e.rule, actor: e.actor.map(name), recipient: e.recipient.map(name), evidence: text.slice(e.span[0], e.span[1]) }));
}

describe('an attack told as a claim', () => {
  it('is also the claimant’s accusation of the attacker, the verb of alleging its evidence', () => {
    const claim = events('Moscow claimed that Ukrainian drones struck an oil depot in Belgorod on Sunday.').find((e) => e.rule === 'accuse.claimed-attack');
    expect(claim).toMatchObject({ event: 'ACCUSE', actor: ['Russia'], recipient: ['Ukraine'], evidence: 'claimed' });
  });
  it('is no accusation when it is only said', () => {
    expect(events('Moscow said that Ukrainian drones struck an oil depot in Belgorod on Sunday.').some((e) => e.rule === 'accuse.claimed-attack')).toBe(false);
  });
});
