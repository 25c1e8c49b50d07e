// A conflict told as a whole ("the war", "the fighting") beside a clash of the same sides is one conflict; dated
// clashes and fighting placed elsewhere stay their own events.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { mergeRetoldFighting } from '../../src/events/merge-fighting.js';
import type { EntityIndex } from '../../src/context.js';
import type { Entity, ExtractedEvent } from '../../src/record.js';
import { textDeps } from '../helpers/words.js';

const lexicon = loadLexicon();
function assaults(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-08-01' } as never, { lexicon });
  return r.events.filter((e) => e.event === 'ASSAULT').map((e) => r.text.slice(e.span[0], e.span[1]));
}

describe('mergeRetoldFighting', () => {
  it('the fighting and the war of the same sides join the dated clash', () => {
    const got = assaults('Clashes broke out between Ethiopia and Eritrea near the border on 3 May 2025. '
      + 'The fighting has driven thousands of families from their homes. '
      + 'Ethiopia and Eritrea have been fighting over the border for decades.');
    expect(got).toEqual(['Clashes']);
  });
  it('"the clashes" told again join the clash they point back to', () => {
    const got = assaults('Clashes broke out between Ethiopia and Eritrea near the border on 3 May 2025. The clashes went on for hours.');
    expect(got).toEqual(['Clashes']);
  });
  it('clashes on two different days stay two', () => {
    const got = assaults('Clashes broke out between Thailand and Cambodia on 28 May 2025. '
      + 'On 24 July 2025, renewed clashes between Thailand and Cambodia killed thirty people.');
    expect(got).toHaveLength(2);
  });
  it('fighting placed in one region is not a strike elsewhere', () => {
    // Unit level: the in-sentence merge of ./merge.ts would already join two stated mentions of the same sides.
    const text = 'Fighting intensified in Donbas. Russia shelled Kharkiv.';
    const e = (rule: string, span: [number, number], where: ExtractedEvent['where'], actor: string[], recipient: string[]): ExtractedEvent => ({
      id: rule, event: 'ASSAULT', mode: null, actor, recipient, date: null, where, modality: 'asserted', reported_by: null, hedged: false,
      context: [], span, sentence: [0, text.length], rule, inferred: [] });
    const ents: Entity[] = [
      { id: 'r', name: 'Russia', kind: 'state', country: 'RUS' } as Entity, { id: 'u', name: 'Ukraine', kind: 'state', country: 'UKR' } as Entity];
    const index = { entities: ents, mentions: [], byId: (id: string) => ents.find((x) => x.id === id) } as unknown as EntityIndex;
    const fighting = e('fighting', [0, 8], { text: 'Donbas', entity: null }, ['r', 'u'], []);
    const shelling = e('shelled', [39, 46], { text: 'Kharkiv', entity: null }, ['r'], ['u']);
    expect(mergeRetoldFighting([fighting, shelling], textDeps(index, text))).toHaveLength(2);
    expect(mergeRetoldFighting([{ ...fighting, where: null }, shelling], textDeps(index, text)).map((x) => x.rule)).toEqual(['shelled']);
  });
});
