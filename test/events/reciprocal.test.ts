// "Praised each other", "accused one another": one sentence, an act in each direction. Sentences are our own.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/events/find.js';
import { splitReciprocal } from '../../src/events/reciprocal.js';
import { extractReport, loadLexicon } from '../../src/index.js';
import type { EntityIndex } from '../../src/context.js';
import { textDeps } from '../helpers/words.js';

const SIDE: Record<string, string> = { Petro: 'COL', Colombia: 'COL', Maduro: 'VEN', Venezuela: 'VEN', Brazil: 'BRA' };
const sideOf = (id: string) => SIDE[id] ?? id;
/** The reading needs no entities: only the words after the trigger. */
const index = {} as EntityIndex;

function said(event: string, actor: string[], recipient: string[], text: string, trigger: string): Candidate {
  const t = text.indexOf(trigger);
  return {
    id: '', event: event as Candidate['event'], mode: null, actor, recipient, date: null, where: null, modality: 'asserted', reported_by: null,
    hedged: false, context: [], span: [t, t + trigger.length], sentence: [0, text.length], rule: 'test', inferred: [], explicitModality: false,
  };
}

describe('splitReciprocal', () => {
  it('splits a reciprocal statement of two sides into A→B and B→A', () => {
    const text = 'Petro and Maduro warmly praised each other after the talks.';
    const out = splitReciprocal([said('SUPPORT', ['Petro', 'Maduro'], [], text, 'praised')], { sideOf, words: textDeps(index, text).words });
    expect(out.map((e) => [e.actor, e.recipient])).toEqual([[['Petro'], ['Maduro']], [['Maduro'], ['Petro']]]);
  });
  it('groups the parties of one side: a state and its leader act together', () => {
    const text = 'Colombia and Venezuela accused one another of breaking the truce.';
    const out = splitReciprocal([said('ACCUSE', ['Colombia', 'Petro'], ['Venezuela'], text, 'accused')], { sideOf, words: textDeps(index, text).words });
    expect(out.map((e) => [e.actor, e.recipient])).toEqual([[['Colombia', 'Petro'], ['Venezuela']], [['Venezuela'], ['Colombia', 'Petro']]]);
  });
  it('leaves joint acts, three sides and statements without "each other" as they are', () => {
    const agreed = 'Petro and Maduro agreed with each other on the border.';
    expect(splitReciprocal([said('AGREE', ['Petro', 'Maduro'], [], agreed, 'agreed')], { sideOf, words: textDeps(index, agreed).words })).toHaveLength(1);
    const three = 'Colombia, Brazil and Venezuela criticised each other.';
    expect(splitReciprocal([said('ACCUSE', ['Colombia', 'Brazil', 'Venezuela'], [], three, 'criticised')], { sideOf, words: textDeps(index, three).words })).toHaveLength(1);
    const plain = 'Petro praised Maduro for his patience.';
    expect(splitReciprocal([said('SUPPORT', ['Petro'], ['Maduro'], plain, 'praised')], { sideOf, words: textDeps(index, plain).words })).toHaveLength(1);
  });
  it('gives each direction its own event in a full extraction', () => {
    const text = 'Colombia and Venezuela accused each other of violating the border truce on Monday.';
    const rec = extractReport({ id: 't', text, source: null, published: '2026-03-10' } as never, { lexicon: loadLexicon() });
    const name = (id: string) => rec.entities.find((e) => e.id === id)?.name;
    const accusations = rec.events.filter((e) => e.event === 'ACCUSE').map((e) => `${e.actor.map(name)}>${e.recipient.map(name)}`);
    expect(accusations.sort()).toEqual(['Colombia>Venezuela', 'Venezuela>Colombia']);
  });
  it('reads "each side blamed the other" after talks of two sides as an accusation in each direction', () => {
    const text = 'Colombia and Venezuela met in Bogota on Monday. Each country blamed the other for the delay.';
    const rec = extractReport({ id: 't', text, source: null, published: '2026-03-10' } as never, { lexicon: loadLexicon() });
    const name = (id: string) => rec.entities.find((e) => e.id === id)?.name;
    const accusations = rec.events.filter((e) => e.event === 'ACCUSE').map((e) => `${e.actor.map(name)}>${e.recipient.map(name)}`);
    expect(accusations.sort()).toEqual(['Colombia>Venezuela', 'Venezuela>Colombia']);
  });
});
