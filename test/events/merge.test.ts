import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/context.js';
import type { Entity } from '../../src/record.js';
import type { Candidate } from '../../src/events/find.js';
import { mergeCandidates } from '../../src/events/merge.js';
import { textDeps } from '../helpers/words.js';

const entity = (id: string, kind: Entity['kind'], country: string): Entity => ({ id, name: id, kind, country, office: null, mentions: [], rule: 'test' });
const ENTITIES = [
  entity('Colombia', 'state', 'COL'), entity('Petro', 'person', 'COL'), entity('ELN', 'group', 'ELN'), entity('Cuba', 'state', 'CUB'),
  entity('Havana', 'place', 'CUB'), entity('Caracas', 'place', 'VEN'), entity('Clan', 'group', 'COL'),
];
const index: EntityIndex = {
  entities: ENTITIES, mentions: [], byId: (id) => ENTITIES.find((e) => e.id === id),
  mentionsIn: () => [], mentionAt: () => undefined, lastPersonBefore: () => undefined,
};

let at = 0;
function mention(event: string, actor: string[], recipient: string[], extra: Partial<Candidate> = {}): Candidate {
  at += 100;
  return {
    id: '', event: event as Candidate['event'], mode: null, actor, recipient, date: null, where: null, modality: 'asserted',
    reported_by: null, hedged: false, context: [], span: [at, at + 5], sentence: [at, at + 50], rule: `test.${event.toLowerCase()}`,
    inferred: [], explicitModality: false, ...extra,
  };
}
const day = (value: string) => ({ value, granularity: 'day' as const, type: 'exact' as const, text: value, inferred: false });

describe('mergeCandidates', () => {
  it('joins a signing told of a person and of the state he signs for, and keeps a signing with a further side apart', () => {
    const minister = mention('AGREE', ['Petro'], ['ELN'], { rule: 'agree.signed', date: day('2026-03-02') });
    const state = mention('AGREE', ['Colombia'], ['ELN'], { rule: 'agree.signed' });
    expect(mergeCandidates([minister, state], { index })).toHaveLength(1);
    const withCuba = mention('AGREE', ['Colombia', 'Cuba'], ['ELN'], { rule: 'agree.signed' });
    expect(mergeCandidates([state, withCuba], { index })).toHaveLength(2);
    // Words of agreeing are each speaker's own: only signings compare by side.
    const said = mention('AGREE', ['Petro'], ['ELN'], { date: day('2026-03-02') });
    expect(mergeCandidates([said, mention('AGREE', ['Colombia'], ['ELN'])], { index })).toHaveLength(2);
  });
  it('joins signings told of one side each ("the minister signed it", "the rebels signed the text") into the deal both sides signed', () => {
    const both = mention('AGREE', ['Colombia', 'ELN'], [], { rule: 'agree.signed' });
    const minister = mention('AGREE', ['Petro'], [], { rule: 'agree.signed' }), rebels = mention('AGREE', ['ELN'], [], { rule: 'agree.signed' });
    const merged = mergeCandidates([minister, both, rebels], { index });
    expect(merged).toHaveLength(1);
    expect(new Set(merged[0].actor)).toEqual(new Set(['Petro', 'Colombia', 'ELN']));
    // A one-side signing of another day is another signing.
    const later = mention('AGREE', ['Petro'], [], { rule: 'agree.signed', date: day('2026-05-11') });
    expect(mergeCandidates([{ ...both, date: day('2026-03-02') }, later], { index })).toHaveLength(2);
  });
  it('keeps an armed group apart from the state it is based in: two acting sides, not one', () => {
    const seized = mention('ASSAULT', ['Clan'], []);
    const offensive = mention('ASSAULT', ['Colombia'], [], { sentence: seized.sentence });
    expect(mergeCandidates([seized, offensive], { index })).toHaveLength(2);
  });
  it('joins a material act retold with other names for the same sides, keeping the most informative mention', () => {
    const lead = mention('RETREAT', ['ELN'], ['Colombia']);
    const body = mention('RETREAT', ['ELN'], ['Petro'], { date: day('2026-03-02'), where: { text: 'Havana', entity: 'Havana' } });
    const merged = mergeCandidates([lead, body], { index });
    expect(merged).toHaveLength(1);
    expect(merged[0].span).toEqual(body.span);
    expect(merged[0].recipient).toEqual(['Colombia', 'Petro']);
  });
  it('keeps a mention apart whose only shared parties are borrowed from the meeting it refers to', () => {
    const talks = mention('CONSULT', ['Colombia', 'ELN'], []);
    const visit = mention('CONSULT', ['Cuba', 'Colombia', 'ELN'], [], { mode: 'visit', inferred: ['Colombia', 'ELN'] });
    expect(mergeCandidates([talks, visit], { index })).toHaveLength(2);
    const later = mention('CONSULT', ['Colombia', 'ELN'], [], { inferred: ['Colombia', 'ELN'] });
    expect(mergeCandidates([talks, later], { index })).toHaveLength(1);
  });
  it('joins mentions of fighting that name no side into one conflict, and keeps them apart from a named one', () => {
    const a = mention('ASSAULT', [], [], { sidesNeeded: true }), b = mention('ASSAULT', [], [], { sidesNeeded: true });
    expect(mergeCandidates([a, b], { index })).toHaveLength(1);
    expect(mergeCandidates([a, b, mention('ASSAULT', ['ELN'], ['Colombia'])], { index })).toHaveLength(2);
    const dated = mention('ASSAULT', [], [], { sidesNeeded: true, date: day('2026-03-02') });
    expect(mergeCandidates([dated, mention('ASSAULT', [], [], { sidesNeeded: true, date: day('2026-04-09') })], { index })).toHaveLength(2);
  });
  it('joins two mentions of one ceasefire agreed by the same sides, and keeps other agreements apart', () => {
    const text = 'Colombia and the ELN agreed to a ceasefire on the border.'.padEnd(300) + 'The truce was agreed by both the ELN and Colombia.'.padEnd(300)
      + 'Colombia and the ELN agreed to meet again.';
    const at = (i: number): Partial<Candidate> => ({ span: [i, i + 5], sentence: [i, i + 60] });
    const first = mention('AGREE', ['Colombia', 'ELN'], [], at(0)), again = mention('AGREE', ['ELN', 'Colombia'], [], at(300));
    const other = mention('AGREE', ['Colombia', 'ELN'], [], at(600));
    expect(mergeCandidates([first, again, other], textDeps(index, text))).toHaveLength(2);
  });
  it('keeps two demanding verbs joined by "and" apart, whoever they are addressed to: they ask two things', () => {
    const text = 'Petro called for a truce and urged the ELN to free the hostages.';
    const at = (w: string): Partial<Candidate> => ({ span: [text.indexOf(w), text.indexOf(w) + w.length], sentence: [0, text.length] });
    const call = mention('REQUEST', ['Petro'], [], { ...at('called for'), rule: 'request.call-on' });
    const urge = mention('REQUEST', ['Petro'], ['ELN'], { ...at('urged'), rule: 'request.demand' });
    expect(mergeCandidates([urge, call], textDeps(index, text))).toHaveLength(2);
    expect(mergeCandidates([urge, { ...call, recipient: ['ELN'] }], textDeps(index, text))).toHaveLength(2);
    // A demand's content told with a modal ("should") is the same demand.
    const should = mention('REQUEST', ['Petro'], [], { ...at('called for'), rule: 'request.must' });
    expect(mergeCandidates([urge, should], textDeps(index, text))).toHaveLength(1);
  });
  it('joins one party asking the same thing in two sentences, and keeps a demand of another thing apart', () => {
    const lead = mention('REQUEST', ['Petro'], ['ELN'], { rule: 'request.call-on', asked: 'release' });
    const body = mention('REQUEST', ['Petro'], ['ELN'], { rule: 'request.demand', asked: 'release' });
    expect(mergeCandidates([lead, body], { index })).toHaveLength(1);
    expect(mergeCandidates([lead, { ...body, asked: 'ceasefire' }], { index })).toHaveLength(2);
    expect(mergeCandidates([lead, { ...body, asked: undefined }], { index })).toHaveLength(2);
    // Asked on two stated days, it was asked twice.
    expect(mergeCandidates([{ ...lead, date: day('2026-03-02') }, { ...body, date: day('2026-05-11') }], { index })).toHaveLength(2);
  });
  it('keeps two statements by different speakers of one side apart', () => {
    const merged = mergeCandidates([mention('REQUEST', ['Petro'], ['ELN']), mention('REQUEST', ['Colombia'], ['ELN'])], { index });
    expect(merged).toHaveLength(2);
  });
  it('keeps agreements of different sentences apart unless told of the same day', () => {
    expect(mergeCandidates([mention('AGREE', ['Colombia', 'ELN'], []), mention('AGREE', ['Colombia', 'ELN'], [])], { index })).toHaveLength(2);
    const both = [mention('AGREE', ['Colombia', 'ELN'], [], { date: day('2026-03-02') }), mention('AGREE', ['Colombia', 'ELN'], [], { date: day('2026-03-02') })];
    expect(mergeCandidates(both, { index })).toHaveLength(1);
  });
  it('keeps meetings in different countries apart', () => {
    const a = mention('CONSULT', ['Colombia', 'ELN'], [], { where: { text: 'Havana', entity: 'Havana' } });
    const b = mention('CONSULT', ['Petro', 'ELN'], [], { where: { text: 'Caracas', entity: 'Caracas' } });
    expect(mergeCandidates([a, b], { index })).toHaveLength(2);
    expect(mergeCandidates([a, { ...b, where: null }], { index })).toHaveLength(1);
  });
  it('reads a sentence repeated word for word (a headline under a photo) as one mention', () => {
    const text = 'Cuba hosts talks. Body text here. Cuba hosts talks.';
    const first = mention('AGREE', ['Cuba', 'ELN'], [], { sentence: [0, 17] });
    const again = mention('AGREE', ['Cuba', 'ELN'], [], { sentence: [34, 51] });
    expect(mergeCandidates([first, again], textDeps(index, text))).toHaveLength(1);
  });
  it('does not merge what happened with what did not', () => {
    expect(mergeCandidates([mention('RETREAT', ['ELN'], ['Colombia']), mention('RETREAT', ['ELN'], ['Colombia'], { modality: 'negated' })], { index })).toHaveLength(2);
  });
});
