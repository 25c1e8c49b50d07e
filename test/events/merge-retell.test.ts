import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/context.js';
import type { Entity } from '../../src/record.js';
import type { Candidate } from '../../src/events/find.js';
import { mergeCandidates } from '../../src/events/merge.js';
import { textDeps } from '../helpers/words.js';

const entity = (id: string, kind: Entity['kind'], country: string): Entity => ({ id, name: id, kind, country, office: null, mentions: [], rule: 'test' });
const ENTITIES = [
  entity('Colombia', 'state', 'COL'), entity('ELN', 'group', 'ELN'), entity('Cuba', 'state', 'CUB'), entity('Venezuela', 'state', 'VEN'),
  entity('Norway', 'state', 'NOR'), entity('Petro', 'person', 'COL'), entity('Maduro', 'person', 'VEN'), entity('Lula', 'person', 'BRA'),
];
const index: EntityIndex = {
  entities: ENTITIES, mentions: [], byId: (id) => ENTITIES.find((e) => e.id === id),
  mentionsIn: () => [], mentionAt: () => undefined, lastPersonBefore: () => undefined,
};

/** A report built from sentences: each candidate points at its own sentence and at its trigger word in it. */
function report(lines: Array<[string, string]>): { text: string; at: (i: number) => Partial<Candidate> } {
  let text = '';
  const spots = lines.map(([sentence, trigger]) => {
    const start = text.length;
    text += sentence + ' ';
    const t = start + sentence.indexOf(trigger);
    return { span: [t, t + trigger.length] as [number, number], sentence: [start, start + sentence.length] as [number, number] };
  });
  return { text, at: (i) => spots[i] };
}

function agree(actor: string[], rule: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    id: '', event: 'AGREE', mode: null, actor, recipient: [], date: null, where: null, modality: 'asserted', reported_by: null,
    hedged: false, context: [], span: [0, 1], sentence: [0, 1], rule, inferred: [], explicitModality: false, ...extra,
  };
}

describe('mergeCandidates: retellings of one agreement', () => {
  it('reads an unnamed "each side agreed to stop all fighting" as the ceasefire the named sides agreed', () => {
    const r = report([
      ['Colombia and the ELN reached a ceasefire agreement on Saturday evening.', 'reached'],
      ['"Each side has agreed to stop all fighting in the north," the negotiator told reporters.', 'agreed'],
    ]);
    const named = agree(['Colombia', 'ELN'], 'agree.reached', r.at(0));
    const unnamed = agree([], 'agree.agreed-to', { ...r.at(1), sidesNeeded: true });
    const merged = mergeCandidates([named, unnamed], textDeps(index, r.text));
    expect(merged).toHaveLength(1);
    expect(merged[0].span).toEqual(named.span);
    expect(merged[0].sidesNeeded).toBeFalsy();
  });
  it('reads a noun mention of the signing by one signatory as the signing told with all of them', () => {
    const r = report([
      ['Colombia, Cuba and Norway have signed an accord on the guarantor mission.', 'signed'],
      ['The Colombian president later spoke about the signing of the accord in Havana.', 'signing'],
    ]);
    const merged = mergeCandidates([agree(['Colombia', 'Cuba', 'Norway'], 'agree.signed', r.at(0)), agree(['Colombia'], 'agree.signings', r.at(1))],
      textDeps(index, r.text));
    expect(merged).toHaveLength(1);
    expect(merged[0].actor).toEqual(['Colombia', 'Cuba', 'Norway']);
  });
  it('reads a headline and a lede that both name the possible accord between the same sides as one', () => {
    const r = report([
      ['Border deal between Colombia and Venezuela possible if talks succeed', 'deal'],
      ['A border agreement between Colombia and Venezuela could follow if the talks succeed, officials said.', 'agreement'],
    ]);
    const maybe = { modality: 'hypothetical' as const, explicitModality: true };
    const merged = mergeCandidates([agree(['Colombia', 'Venezuela'], 'agree.deal-between', { ...r.at(0), ...maybe }),
      agree(['Colombia', 'Venezuela'], 'agree.deal-between', { ...r.at(1), ...maybe })], textDeps(index, r.text));
    expect(merged).toHaveLength(1);
  });
});

describe('mergeCandidates: distinct agreements stay apart', () => {
  it('keeps a ceasefire the sentence sets apart as a separate one', () => {
    const r = report([
      ['Colombia and the ELN agreed to a ceasefire on Saturday.', 'agreed'],
      ['Colombia and the ELN had kept to another truce over the holidays.', 'ceasefire'],
    ]);
    const merged = mergeCandidates([agree(['Colombia', 'ELN'], 'agree.agreed-to', r.at(0)), agree(['Colombia', 'ELN'], 'agree.deal-noun', r.at(1))],
      textDeps(index, r.text));
    expect(merged).toHaveLength(2);
  });
  it('keeps an agreement to push toward a truce apart from the ceasefire agreed', () => {
    const r = report([
      ['Colombia and the ELN reached a ceasefire agreement, a former minister said.', 'reached'],
      ['Colombia and the ELN had earlier agreed to meet and keep pushing toward a truce.', 'agreed'],
    ]);
    const merged = mergeCandidates([agree(['Colombia', 'ELN'], 'agree.reached', r.at(0)), agree(['Colombia', 'ELN'], 'agree.agreed-to', r.at(1))],
      textDeps(index, r.text));
    expect(merged).toHaveLength(2);
  });
  it('does not read a "former minister" as setting a ceasefire apart', () => {
    const r = report([
      ['Colombia and the ELN reached a ceasefire agreement, a former minister said.', 'reached'],
      ['Both sides agreed to halt all military operations at midnight.', 'agreed'],
    ]);
    const merged = mergeCandidates([agree(['Colombia', 'ELN'], 'agree.reached', r.at(0)), agree([], 'agree.agreed-to', { ...r.at(1), sidesNeeded: true })],
      textDeps(index, r.text));
    expect(merged).toHaveLength(1);
  });
  it('keeps an offer apart from the agreement later reached', () => {
    const r = report([
      ['Cuba offered Colombia and the ELN a venue for the next round.', 'offered'],
      ['An agreement was reached on the release of hostages.', 'reached'],
    ]);
    const offer = agree(['Cuba'], 'agree.offer-thing', { ...r.at(0), recipient: ['Colombia', 'ELN'] });
    const reached = agree([], 'agree.reached-passive', { ...r.at(1), sidesNeeded: true });
    expect(mergeCandidates([offer, reached], textDeps(index, r.text))).toHaveLength(2);
  });
  it('leaves an unnamed mention alone when two agreements between different sides could be the one it retells', () => {
    const r = report([
      ['Colombia and the ELN signed a peace deal in Havana.', 'signed'],
      ['Colombia and Venezuela signed a trade accord the same week.', 'signed'],
      ['An agreement was reached after months of work.', 'reached'],
    ]);
    const merged = mergeCandidates([agree(['Colombia', 'ELN'], 'agree.signed', r.at(0)), agree(['Colombia', 'Venezuela'], 'agree.signed', r.at(1)),
      agree([], 'agree.reached-passive', { ...r.at(2), sidesNeeded: true })], textDeps(index, r.text));
    expect(merged).toHaveLength(3);
  });
  it('does not give an unnamed "both sides agreed" to one side\'s pledge', () => {
    const r = report([
      ['The ELN committed to ending kidnappings on Friday.', 'committed'],
      ['Both sides agreed that most issues were now settled.', 'agreed'],
    ]);
    const merged = mergeCandidates([agree(['ELN'], 'agree.pledge', r.at(0)), agree([], 'agree.agreed-to', { ...r.at(1), sidesNeeded: true })],
      textDeps(index, r.text));
    expect(merged).toHaveLength(2);
  });
});

describe('mergeCandidates: one phone call told twice', () => {
  const day = { value: '2026-03-01', granularity: 'day' as const, type: 'exact' as const, text: 'on Sunday', inferred: false };
  const talk = (actor: string[], rule: string, mode: Candidate['mode'], at: number): Candidate => ({
    ...agree(actor, rule), event: 'CONSULT', mode, date: day, span: [at, at + 5], sentence: [at, at + 60],
  });
  it('reads a call with Maduro by one named side as the talk Petro had with Maduro that day', () => {
    const spoke = talk(['Petro', 'Maduro'], 'consult.talk-with', null, 0);
    const call = talk(['Maduro'], 'consult.phone.compound', 'phone', 100);
    const merged = mergeCandidates([spoke, call], { index });
    expect(merged).toHaveLength(1);
    expect(merged[0].mode).toBe('phone');
  });
  it('keeps a call with one leader apart from a meeting with another the same day', () => {
    const call = talk(['Petro', 'Maduro'], 'consult.phone.compound', 'phone', 0);
    const meeting = talk(['Petro', 'Lula'], 'consult.meet', null, 100);
    const lonely = talk(['Petro'], 'consult.meet.noun', null, 200);
    expect(mergeCandidates([call, meeting], { index })).toHaveLength(2);
    expect(mergeCandidates([call, lonely], { index })).toHaveLength(2);
  });
});

describe('mergeCandidates: a headline told again behind page clutter', () => {
  it('reads a sentence that ends another sentence word for word as the same mention', () => {
    const headline = 'Havana talks: Norway offers to host the next round of Colombia peace talks';
    const text = `MenuNews${headline}\n${headline}\nThe body of the report starts here.`;
    const first = agree(['Norway'], 'agree.offer-thing', { span: [8, 12], sentence: [0, 8 + headline.length] });
    const again = agree(['Norway'], 'agree.offer-thing', { span: [9 + headline.length, 13 + headline.length], sentence: [9 + headline.length, 9 + 2 * headline.length] });
    expect(mergeCandidates([first, again], textDeps(index, text))).toHaveLength(1);
    const short = 'Norway offers help';
    const t2 = `Oslo: ${short}\n${short}`;
    const a = agree(['Norway'], 'agree.offer-thing', { sentence: [0, 6 + short.length] });
    const b = agree(['Norway'], 'agree.offer-thing', { span: [7 + short.length, 10 + short.length], sentence: [7 + short.length, 7 + 2 * short.length] });
    expect(mergeCandidates([a, b], textDeps(index, t2))).toHaveLength(2);
  });
});

describe('mergeCandidates: a dated noun mention is not lent a plan', () => {
  const meeting = (actor: string[], modality: Candidate['modality'], extra: Partial<Candidate>): Candidate =>
    ({ ...agree(actor, 'consult.meet.noun', extra), event: 'CONSULT', modality });
  it('"Friday\'s meeting was productive" stays the meeting held beside "they will continue the talks"', () => {
    const r = report([
      ["Friday's meeting in Havana between Colombia and the ELN was productive, the negotiator said.", 'meeting'],
      ['Colombia and the ELN will continue the talks next week.', 'talks'],
    ]);
    const friday = { value: '2025-03-14', granularity: 'day' as const, type: 'exact' as const, text: "Friday" };
    const held = meeting(['Colombia', 'ELN'], 'asserted', { ...r.at(0), date: friday });
    const planned = meeting(['Colombia', 'ELN'], 'future', { ...r.at(1), rule: 'consult.meet', explicitModality: true });
    expect(mergeCandidates([held, planned], textDeps(index, r.text)).map((c) => c.modality)).toEqual(['asserted', 'future']);
  });
  it('an undated bare mention ("the talks between Colombia and the ELN") still takes the plan it retells', () => {
    const r = report([
      ['The talks between Colombia and the ELN are the first in a year.', 'talks'],
      ['Colombia and the ELN will meet in Havana next week.', 'meet'],
    ]);
    const bare = meeting(['Colombia', 'ELN'], 'asserted', r.at(0));
    const planned = meeting(['Colombia', 'ELN'], 'future', { ...r.at(1), rule: 'consult.meet', explicitModality: true });
    expect(mergeCandidates([bare, planned], textDeps(index, r.text)).map((c) => c.modality)).toEqual(['future']);
  });
});
