// The other side a report leaves implicit (src/events/counterpart.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, PEOPLE, type TestEntity } from '../helpers/entities.js';
import { extractReport, loadLexicon } from '../../src/index.js';

const P = PEOPLE;
const MORE: TestEntity[] = [
  { name: 'Egypt', aliases: ['Egypt'], kind: 'state', country: 'EGY' },
  { name: 'Qatar', aliases: ['Qatar'], kind: 'state', country: 'QAT' },
];

function events(text: string) {
  const entities = indexFor(text, [P.putin, P.zelenskyy, P.russia, P.ukraine, ...MORE]);
  const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).map((e) => ({ event: e.event, actor: e.actor.map(name), recipient: e.recipient.map(name) }));
}

describe('a joint call names the sides at war', () => {
  it('aims "Egypt and Qatar called for a ceasefire" at the two main sides', () => {
    const text = 'Russia shelled Ukraine again on Monday. Ukraine said Russia had hit a school. Egypt and Qatar called for an immediate ceasefire.';
    const call = events(text).find((e) => e.event === 'REQUEST');
    expect(call?.actor).toEqual(expect.arrayContaining(['Egypt', 'Qatar']));
    expect(call?.recipient).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });
});

describe('an act of two sides together', () => {
  it('gives "the state and the armed group in it signed" no other side, though both are of one country', () => {
    const text = 'Sudan and the RSF signed a truce in Jeddah on Monday. Egypt and Qatar had pressed both sides for weeks. Egypt welcomed it.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const deal = r.events.find((e) => e.event === 'AGREE');
    expect(deal?.recipient).toEqual([]);
  });
});

describe('a person who speaks for an armed group', () => {
  it('stands on the group\'s side, not on his country\'s, so the other side is the state', () => {
    const text = 'Yemen and the Houthis agreed to swap prisoners on Tuesday. Houthi negotiator Abdulqader al-Murtada said his side would free 1,200 prisoners.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const release = r.events.find((e) => e.event === 'RETREAT' && r.text.slice(e.span[0], e.span[1]) === 'free');
    expect(release?.recipient.map((id) => r.entities.find((x) => x.id === id)?.name)).toEqual(['Yemen']);
  });
});

describe('a country\'s warring parties', () => {
  it('are the sides at war in it, not the country alone', () => {
    const text = 'Sudan\'s warring parties agreed to a truce in Jeddah. The army and the RSF had fought for months.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const deal = r.events.find((e) => e.event === 'AGREE');
    expect(deal?.actor.map((id) => r.entities.find((x) => x.id === id)?.name)).toEqual(expect.arrayContaining(['Rapid Support Forces']));
  });
});

describe('an accusation told in the passive with no accuser', () => {
  it('is lent the report\'s main other side as the accuser, marked inferred', () => {
    const text = 'Congo and Rwanda signed a peace deal in Washington on Friday. Rwanda has long been accused of backing rebels in the east.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const name = (id: string) => r.entities.find((x) => x.id === id)?.name;
    const accuse = r.events.find((e) => e.event === 'ACCUSE');
    expect(accuse?.actor.map(name)).toEqual(['Democratic Republic of the Congo']);
    expect(accuse?.recipient.map(name)).toEqual(['Rwanda']);
    expect(accuse?.inferred?.map(name)).toContain('Democratic Republic of the Congo');
  });
});

describe('an order to one\'s own forces', () => {
  it('is a command, no request of another party', () => {
    const text = 'Colombia suspended its talks with the ELN on Friday. President Gustavo Petro ordered the army to send 5,000 troops to the border.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    expect(r.events.filter((e) => e.rule === 'request.order')).toEqual([]);
  });
});

describe('the sides of a call on the warring parties', () => {
  it('are the two sides that fight, not a much-mentioned mediator', () => {
    const text = 'The UN envoy Hans Grundberg said the UN would keep pressing for talks. The UN said its teams were ready. '
      + 'Houthi fighters attacked Yemeni army positions near Taiz on Monday, and Yemen said its forces repelled them. '
      + 'Oman urged both sides to return to talks.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const call = r.events.find((e) => e.event === 'REQUEST' && r.text.slice(e.span[0], e.span[1]) === 'urged');
    const names = call?.recipient.map((id) => r.entities.find((x) => x.id === id)?.name);
    expect(names).toEqual(expect.arrayContaining(['Yemen', 'Houthis']));
    expect(names).not.toContain('United Nations');
  });
  it('never aims an attack that names no target at a body of states the report only quotes', () => {
    const text = 'The UN envoy Hans Grundberg said the UN would keep pressing for talks. The UN said its teams were ready. '
      + 'Yemen said the Houthis had agreed to a truce. Houthi fighters attacked near Taiz on Monday.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const attack = r.events.find((e) => e.event === 'ASSAULT');
    expect(attack?.recipient.map((id) => r.entities.find((x) => x.id === id)?.name)).toEqual(['Yemen']);
  });
});

describe('the target of an attack that names none', () => {
  const recipientsOf = (text: string) => events(text).filter((e) => e.event === 'ASSAULT').map((e) => e.recipient);
  it('never gives the host of the talks as the target', () => {
    // The whole pipeline (the lexicon's demonyms and places), so the meeting has its venue and both sides.
    const text = 'Russian and Ukrainian envoys met in Qatar on Monday. Qatar has hosted three rounds of talks. '
      + 'Qatar said the talks would go on. The talks were the first since the invasion by Russia.';
    const r = extractReport({ id: 't', text, source: null, published: '2026-02-10' } as never, { lexicon: loadLexicon() });
    const attack = r.events.find((e) => e.event === 'ASSAULT');
    expect(attack?.recipient.map((id) => r.entities.find((x) => x.id === id)?.name)).toEqual(['Ukraine']);
  });
  it('reads the place a "where" clause relates to', () => {
    const text = 'Qatar hosted Russian and Ukrainian envoys on Monday. Qatar urged both to agree. '
      + 'They discussed an end to the war in Ukraine, where Russia launched a full-scale invasion in 2022.';
    expect(recipientsOf(text)).toEqual([['Ukraine']]);
  });
  it('reads the main clause a "since" clause qualifies', () => {
    const text = 'Qatar hosted Russian and Ukrainian envoys on Monday. Qatar urged both to agree. Ukraine has changed since Russia invaded in 2022.';
    expect(recipientsOf(text)).toEqual([['Ukraine']]);
  });
  it('gives fighting between two sides no third side', () => {
    const text = 'Qatar hosted Russian and Ukrainian envoys on Monday. The war between Russia and Ukraine has lasted four years.';
    expect(recipientsOf(text)).toEqual([[]]);
  });
});
