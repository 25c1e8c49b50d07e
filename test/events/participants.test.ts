// Who a pattern candidate names as the group after its trigger, and where its clause starts (src/events/participants.ts),
// read with the syntax layer's chunks, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { syntaxOf } from '../../src/syntax/index.js';
import { clauseStartOverList, groupAfter, ids, titledPairs } from '../../src/events/participants.js';
import { indexFor, type TestEntity } from '../helpers/entities.js';

const ENTITIES: TestEntity[] = [
  { name: 'Omar al-Bashir', aliases: ['Omar al-Bashir'], kind: 'person', country: 'SDN' },
  { name: 'China', aliases: ['China', 'Chinese'], kind: 'state', country: 'CHN' },
  { name: 'Li Wei', aliases: ['Li Wei'], kind: 'person', country: 'CHN' },
  { name: 'Zhang Min', aliases: ['Zhang Min'], kind: 'person', country: 'CHN' },
  { name: 'Norway', aliases: ['Norway'], kind: 'state', country: 'NOR' },
  { name: 'Sweden', aliases: ['Sweden'], kind: 'state', country: 'SWE' },
  { name: 'Finland', aliases: ['Finland'], kind: 'state', country: 'FIN' },
];

/** The first sentence's syntax and the entity mentions of `text`. */
function read(text: string) {
  const entities = indexFor(text, ENTITIES);
  const s = analyze(text).sentences[0];
  const name = (id: string) => entities.byId(id)?.name;
  return { x: syntaxOf(s, entities), ms: entities.mentionsIn(0, text.length), offset: s.start, name };
}

describe('the group named after a trigger', () => {
  it('takes the people a plural title names, not the state the title gives', () => {
    const text = 'They held talks in Doha between Omar al-Bashir and Chinese envoys Li Wei and Zhang Min.';
    const { x, ms, name } = read(text);
    const group = groupAfter(text, ms, text.indexOf('between'), 80, false, true, titledPairs(x));
    expect(ids(group?.mentions).map(name)).toEqual(['Omar al-Bashir', 'Li Wei', 'Zhang Min']);
  });
  it('keeps a state joined to a person by "and"', () => {
    const text = 'They held talks between Omar al-Bashir and China on Monday.';
    const { x, ms, name } = read(text);
    const group = groupAfter(text, ms, text.indexOf('between'), 80, false, true, titledPairs(x));
    expect(ids(group?.mentions).map(name)).toEqual(['Omar al-Bashir', 'China']);
  });
});

describe('a clause after a bracketed list of members', () => {
  it('starts where the group phrase the list spells out starts', () => {
    const s = 'The Nordic countries (Norway, Sweden and Finland) held a meeting in Oslo.';
    const { x, offset } = read(s);
    expect(clauseStartOverList(s, s.indexOf('held'), x, offset)).toBe(0);
  });
  it('keeps a bracket that is no list of names', () => {
    const s = 'The rebels (who hold the north), then met the envoy.';
    const { x, offset } = read(s);
    expect(clauseStartOverList(s, s.indexOf('met'), x, offset)).toBeGreaterThan(0);
  });
});
