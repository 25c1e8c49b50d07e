import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/context.js';
import type { Entity, ExtractedEvent } from '../../src/record.js';
import { inferMode, venuesLent } from '../../src/events/mode.js';
import { analyze } from '../../src/nlp/wink.js';
import { tokensIn } from '../../src/syntax/phrases.js';

const entity = (id: string, kind: Entity['kind'], country: string): Entity => ({ id, name: id, kind, country, office: null, mentions: [], rule: 'test' });
const ENTITIES = [
  entity('envoy', 'person', 'NOR'), entity('minister', 'person', 'CHL'), entity('rebels', 'group', 'CHL'),
  entity('Oslo', 'place', 'NOR'), entity('Lima', 'place', 'PER'), entity('Peru', 'state', 'PER'), entity('mayor', 'person', 'PER'),
];
const index: EntityIndex = {
  entities: ENTITIES, mentions: [], byId: (id) => ENTITIES.find((e) => e.id === id),
  mentionsIn: () => [], mentionAt: () => undefined, lastPersonBefore: () => undefined,
};

/** The mode deps' word reader over a text of our own. */
function wordsOf(text: string) {
  const analysis = analyze(text);
  return (span: [number, number]) => tokensIn(analysis, span);
}

function meeting(actor: string[], where: string | null, text = 'met', at = 0, modality: ExtractedEvent['modality'] = 'asserted'): ExtractedEvent {
  return {
    id: 'v1', event: 'CONSULT', mode: null, actor, recipient: [], date: null, where: where ? { text: where, entity: where } : null,
    modality, reported_by: null, hedged: false, context: [], span: [at, at + text.length], sentence: [at, at + text.length], rule: 'test', inferred: [],
  };
}

describe('inferMode', () => {
  it('reads three sides meeting with no venue named as multilateral, an armed group being a side of its own', () => {
    expect(inferMode(meeting(['minister', 'rebels', 'envoy'], null), index).mode).toBe('multilateral');
    expect(inferMode(meeting(['minister', 'envoy'], null), index).mode).toBeNull();
  });
  it('reads a visit to a city abroad as a visit to the state it is in', () => {
    const named = ENTITIES.map((x) => (x.id === 'Peru' ? { ...x, mentions: [[100, 104]] as [number, number][] } : x));
    const withPeru: EntityIndex = { ...index, entities: named, byId: (id) => named.find((x) => x.id === id) };
    const e = { ...meeting(['minister'], 'Lima'), mode: 'visit', rule: 'consult.visit.noun' };
    expect(inferMode(e, withPeru)).toMatchObject({ mode: 'visit', actor: ['minister'], recipient: ['Peru'] });
  });
  it('reads a host receiving two other sides as bringing them together (third-party)', () => {
    const e = { ...meeting(['minister', 'rebels'], null), mode: 'visit', recipient: ['envoy'], rule: 'consult.visit.host' };
    expect(inferMode(e, index).mode).toBe('third-party');
    expect(inferMode({ ...e, actor: ['minister'] }, index).mode).toBe('visit');
  });
  it('reads a meeting at one side’s home as that side hosting the other', () => {
    const e = inferMode(meeting(['minister', 'envoy'], 'Oslo'), index);
    expect(e).toMatchObject({ mode: 'visit', actor: ['minister'], recipient: ['envoy'] });
  });
  it('reads two sides meeting at nobody’s home as third-party', () => {
    expect(inferMode(meeting(['minister', 'envoy'], 'Lima'), index).mode).toBe('third-party');
  });
  it('reads one side named abroad as a visit to the other side’s home', () => {
    expect(inferMode(meeting(['minister'], 'Oslo'), index).mode).toBe('visit');
  });
  it('reads a government and an armed group of its country meeting abroad as two sides at a third party’s venue', () => {
    expect(inferMode(meeting(['minister', 'rebels'], 'Oslo'), index).mode).toBe('third-party');
  });
  it('reads a meeting whose sentence names a go-between as third-party', () => {
    const text = 'The minister and the envoy met in talks mediated by Peru.';
    const e = { ...meeting(['minister', 'envoy', 'Peru'], null, 'met', 24), sentence: [0, text.length] as [number, number] };
    expect(inferMode(e, { index, words: wordsOf(text) }).mode).toBe('third-party');
  });
  it('reads a conversation verb with no venue as a call, unless the sentence tells of being together', () => {
    const call = 'The minister spoke with the envoy on Monday.';
    const e = { ...meeting(['minister', 'envoy'], null, 'spoke', 13), rule: 'consult.talk-with', sentence: [0, call.length] as [number, number] };
    expect(inferMode(e, { index, words: wordsOf(call) }).mode).toBe('phone');
    const sent = 'The minister sent the envoy to talk with rebels.';
    const f = { ...meeting(['minister', 'rebels'], null, 'talk', 31), rule: 'consult.talk-with', sentence: [0, sent.length] as [number, number] };
    expect(inferMode(f, { index, words: wordsOf(sent) }).mode).not.toBe('phone');
  });
  it('reads being together told by a hyphenated phrase, and a host named as go-between, from the tokens', () => {
    const together = 'The minister talked with the envoy face-to-face for an hour.';
    const e = { ...meeting(['minister', 'envoy'], null, 'talked', 13), rule: 'consult.talk-with', sentence: [0, together.length] as [number, number] };
    expect(inferMode(e, { index, words: wordsOf(together) }).mode).not.toBe('phone');
    const co = 'The minister and the envoy held talks co-mediated by Peru.';
    const m = { ...meeting(['minister', 'envoy', 'Peru'], null, 'held talks', 27), sentence: [0, co.length] as [number, number] };
    expect(inferMode(m, { index, words: wordsOf(co) }).mode).toBe('third-party');
    const hosted = 'The minister and the envoy held talks hosted by Peru.';
    const h = { ...meeting(['minister', 'envoy', 'Peru'], null, 'held talks', 27), sentence: [0, hosted.length] as [number, number] };
    expect(inferMode(h, { index, words: wordsOf(hosted) }).mode).toBe('third-party');
    const summit = 'The minister and the envoy met at a Peru-brokered summit.';
    const g = { ...meeting(['minister', 'envoy', 'Peru'], 'Lima', 'summit', 50), sentence: [0, summit.length] as [number, number] };
    expect(inferMode(g, { index, words: wordsOf(summit) }).mode).toBe('multilateral');
  });
  it('reads three sides as multilateral', () => {
    expect(inferMode(meeting(['minister', 'envoy', 'mayor'], null), index).mode).toBe('multilateral');
  });
  it('reads a summit as multilateral unless two sides meet at one’s home', () => {
    const text = 'a summit';
    expect(inferMode(meeting(['minister', 'envoy'], 'Lima', text), { index, words: wordsOf(text) }).mode).toBe('multilateral');
    expect(inferMode(meeting(['minister', 'envoy'], 'Oslo', text), { index, words: wordsOf(text) }).mode).toBe('visit');
  });
  it('reads a venue state named as a party with no participant of its own as a third party hosting', () => {
    const e = meeting(['minister', 'Peru'], 'Peru');
    expect(inferMode(e, index).mode).toBe('third-party');
    expect(inferMode(meeting(['minister', 'mayor', 'Peru'], 'Peru'), index).mode).toBe('visit');
  });
  it('leaves a meeting with no venue and two sides without a mode', () => {
    expect(inferMode(meeting(['minister', 'envoy'], null), index).mode).toBeNull();
  });
});

describe('venuesLent', () => {
  it('lends the venue of the nearest act told the same way that shares a party', () => {
    const placed = meeting(['minister', 'envoy'], 'Lima', 'met', 0);
    const later = meeting(['minister', 'envoy'], null, 'met', 200);
    const planned = meeting(['minister', 'envoy'], null, 'will meet', 300, 'future');
    const lent = venuesLent([placed, later, planned]);
    expect(lent.get(later)).toBe('Lima');
    expect(lent.has(planned)).toBe(false);
    expect(inferMode(later, { index, venue: lent.get(later) }).mode).toBe('third-party');
    expect(later.where).toBeNull();
  });
  it('falls back to another meeting of the report told the same way when no placed act shares a party', () => {
    const placed = meeting(['minister', 'envoy'], 'Lima', 'met', 0);
    const other = meeting(['mayor'], null, 'met', 400);
    expect(venuesLent([placed, other]).get(other)).toBe('Lima');
  });
});
