// Noun roles a speech-act noun gets from the words around it (src/events/noun-roles.ts). Every sentence is our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, type TestEntity } from '../helpers/entities.js';

const TABLE: TestEntity[] = [
  { name: 'Turkey', aliases: ['Turkey', 'Ankara'], kind: 'state', country: 'TUR' },
  { name: 'Greece', aliases: ['Greece', 'Athens'], kind: 'state', country: 'GRC' },
  { name: 'Israel', aliases: ['Israel'], kind: 'state', country: 'ISR' },
  { name: 'Hamas', aliases: ['Hamas'], kind: 'group', country: 'PSE' },
];

function requests(text: string) {
  const entities = indexFor(text, TABLE);
  const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).filter((e) => e.event === 'REQUEST').map((e) => ({ actor: e.actor.map(name), evidence: text.slice(e.span[0], e.span[1]) }));
}

describe('speech-act nouns', () => {
  it('gives a demand an armed group\'s name modifies to the group ("Hamas demands")', () => {
    expect(requests('Israel rejected the Hamas demands for a full withdrawal.')).toEqual([{ actor: ['Hamas'], evidence: 'demands' }]);
  });
  it('gives "its call" on a verb\'s object to the verb\'s doer', () => {
    expect(requests('Turkey reiterated its call for a lasting truce.')).toEqual([{ actor: ['Turkey'], evidence: 'call' }]);
  });
  it('reads a noun between a party and a determiner as the party\'s verb ("Hamas demands a ...")', () => {
    expect(requests('Israel said Hamas demands a full withdrawal.')).toEqual([{ actor: ['Hamas'], evidence: 'demands' }]);
  });
  it('gives a noun-tagged verb after "which" to the phrase the relative hangs on', () => {
    expect(requests('The plan was rejected by Turkey, which demands Greek concessions on the islands.')[0]?.actor).toEqual(['Turkey']);
  });
  it('gives a proposal handed over to the subject of the verb that hands it over', () => {
    expect(requests('Turkey submitted a proposal to Greece on the islands.')).toEqual([{ actor: ['Turkey'], evidence: 'proposal' }]);
  });
  it('addresses a proposal someone received to the receiver, from the party it came from', () => {
    const text = 'Hamas received a written proposal from Israel.';
    const entities = indexFor(text, TABLE);
    const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
    const found = findEvents(ctx, []).filter((e) => e.event === 'REQUEST').map((e) => [e.actor, e.recipient].map((ids) => ids.map((id) => entities.byId(id)?.name)));
    expect(found).toEqual([[['Israel'], ['Hamas']]]);
  });
});

describe('an attack claimed', () => {
  function attacks(text: string) {
    const entities = indexFor(text, TABLE);
    const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
    const name = (id: string) => entities.byId(id)?.name;
    return findEvents(ctx, []).filter((e) => e.event === 'ASSAULT').map((e) => ({ actor: e.actor.map(name), evidence: text.slice(e.span[0], e.span[1]) }));
  }
  it('is done by the one who claims it ("Hamas claimed a raid")', () => {
    expect(attacks('Hamas claimed a raid on an outpost in Israel.')).toEqual([{ actor: ['Hamas'], evidence: 'raid' }]);
  });
});

function meetings(text: string) {
  const entities = indexFor(text, TABLE);
  const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).filter((e) => e.event === 'CONSULT').map((e) => ({ parties: [...e.actor, ...e.recipient].map(name).sort(), modality: e.modality }));
}

describe('a meeting noun in the phrase of a verb of taking part', () => {
  it('"walked out of the last round of talks", "took part in the summit": those who took part met', () => {
    expect(meetings('Greece and Turkey walked out of the last round of talks in Vienna in May.'))
      .toEqual([{ parties: ['Greece', 'Turkey'], modality: 'asserted' }]);
    expect(meetings('Greece and Turkey took part in the summit in Vienna in May.')).toEqual([{ parties: ['Greece', 'Turkey'], modality: 'asserted' }]);
  });
});

describe('a meeting a party proposes', () => {
  it('is a meeting that may come, of the proposer and whom it names ("proposed a meeting with X")', () => {
    expect(meetings('Greece has proposed a meeting with Turkey on the islands.')).toEqual([{ parties: ['Greece', 'Turkey'], modality: 'hypothetical' }]);
  });
});
