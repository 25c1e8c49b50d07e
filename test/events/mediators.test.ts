// Who mediates (src/events/mediators.ts), and how that keeps a mediator out of "both sides" (./counterpart.ts).
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { findEntities } from '../../src/entities/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { mediatorsOf } from '../../src/events/mediators.js';

const lexicon = loadLexicon();
function mediators(text: string): string[] {
  const analysis = analyze(text);
  const entities = findEntities(text, analysis, lexicon);
  const ctx: DocContext = { text, published: '2025-06-01', analysis, entities, clutter: [], trace: noTrace };
  return [...mediatorsOf(ctx, [])].map((id) => entities.byId(id)?.name ?? id).sort();
}

describe('mediatorsOf', () => {
  it('reads the doer of mediating, brokering and facilitating, active or passive', () => {
    expect(mediators('The talks were mediated by the African Union.')).toEqual(['African Union']);
    expect(mediators('Kenya brokered talks between Somalia and Jubaland.')).toEqual(['Kenya']);
    expect(mediators('Ethiopia and Eritrea signed a truce brokered by Qatar.')).toEqual(['Qatar']);
  });
  it('reads the owner of "mediation" and a party hyphenated to "-brokered"', () => {
    expect(mediators('The deal followed months of Qatari mediation.')).toEqual(['Qatar']);
    expect(mediators('A U.S.-brokered truce took effect on Monday.')).toEqual(['United States']);
  });
  it('names no one where nobody mediates', () => {
    expect(mediators('Ethiopia and Eritrea signed a truce in Asmara.')).toEqual([]);
  });
});

describe('a mediator in the acts of "both sides"', () => {
  it('is not one of the sides', () => {
    const text = 'Talks between Ethiopia and the Tigray People\'s Liberation Front were mediated by the African Union in Pretoria. '
      + 'The African Union said the talks had been frank. Both sides agreed to silence the guns.';
    const r = extractReport({ id: 't', text, source: null, published: '2022-11-03' } as never, { lexicon });
    const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
    const agreed = r.events.find((e) => e.event === 'AGREE')!;
    expect(agreed.actor.map(name)).not.toContain('African Union');
    expect(agreed.actor.map(name)).toEqual(expect.arrayContaining(['Ethiopia']));
  });
});
