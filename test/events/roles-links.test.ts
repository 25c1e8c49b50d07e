// Roles read through links a trigger's own clause does not spell out: an adverbial "-ing" clause, the first person
// inside a quotation, a stance participle. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, type TestEntity } from '../helpers/entities.js';

const TABLE: TestEntity[] = [
  { name: 'Olaf Scholz', aliases: ['Chancellor Olaf Scholz', 'Olaf Scholz', 'Scholz'], kind: 'person', country: 'DEU' },
  { name: 'Emmanuel Macron', aliases: ['President Emmanuel Macron', 'Emmanuel Macron', 'Macron'], kind: 'person', country: 'FRA' },
  { name: 'Hakan Fidan', aliases: ['Foreign Minister Hakan Fidan', 'Hakan Fidan', 'Fidan'], kind: 'person', country: 'TUR' },
  { name: 'Turkey', aliases: ['Turkey', 'Ankara'], kind: 'state', country: 'TUR' },
  { name: 'Greece', aliases: ['Greece', 'Athens'], kind: 'state', country: 'GRC' },
  { name: 'Israel', aliases: ['Israel'], kind: 'state', country: 'ISR' },
  { name: 'Hamas', aliases: ['Hamas'], kind: 'group', country: 'PSE' },
];

function events(text: string, quoted = false) {
  const entities = indexFor(text, TABLE);
  const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, quoted ? findQuotes(ctx) : []).map((e) => ({
    event: e.event, actor: e.actor.map(name), recipient: e.recipient.map(name), evidence: text.slice(e.span[0], e.span[1]),
  }));
}

describe('a name glossed in brackets before the subject noun', () => {
  it('is the subject\'s party ("dozens of Hamas (Islamic Resistance Movement) fighters, mostly young men, burned")', () => {
    const [r] = events('On Friday, dozens of Hamas (Islamic Resistance Movement) fighters, mostly young men, burned their weapons.').filter((e) => e.event === 'RETREAT');
    expect(r?.actor).toEqual(['Hamas']);
  });
});

describe('a pronoun after a charge noun', () => {
  it('is the one charged ("…, a charge it denies"), not the nearest name', () => {
    const [r] = events('Turkey has long been accused of arming Hamas, a charge it denies.').filter((e) => e.event === 'REJECT');
    expect(r?.actor).toEqual(['Turkey']);
  });
});

describe('an adverbial "-ing" clause', () => {
  it('gives "opened the session by praising Y" to the main subject, not to the session', () => {
    const es = events('Chancellor Olaf Scholz opened the session in Paris by praising President Emmanuel Macron.').filter((e) => e.event === 'SUPPORT');
    expect(es.length).toBeGreaterThan(0);
    for (const e of es) expect(e.actor).toEqual(['Olaf Scholz']);
  });
  it('gives "accused X of shelling", "thanked X for releasing" to X, the one blamed or praised, never to the accuser', () => {
    const [a] = events('Hamas accused Israel of shelling its positions near the coast.').filter((e) => e.event === 'ASSAULT');
    expect(a).toMatchObject({ actor: ['Israel'] });
    const unnamed = events('Hamas accused the soldiers of shelling its positions near the coast.').filter((e) => e.event === 'ASSAULT');
    for (const e of unnamed) expect(e.actor).not.toContain('Hamas');
    const [r] = events('Greece thanked Turkey for releasing the prisoners.').filter((e) => e.event === 'RETREAT');
    expect(r).toMatchObject({ actor: ['Turkey'] });
  });
  it('gives "responded by shelling X" to the subject of the verb it qualifies', () => {
    const [a] = events('Israel responded by shelling Hamas positions near the coast.').filter((e) => e.event === 'ASSAULT');
    expect(a).toMatchObject({ actor: ['Israel'], recipient: ['Hamas'] });
  });
  it('gives an opening "After meeting X," to the main clause subject after it', () => {
    const es = events('After meeting Macron, Scholz praised the French leader.').filter((e) => e.event === 'SUPPORT');
    expect(es[0]?.actor).toEqual(['Olaf Scholz']);
  });
});

describe('the first person inside a quotation', () => {
  it('is the quotation\'s speaker, for a verb and for the object noun of a verb', () => {
    const [r] = events('“We reject this proposal entirely,” Turkish Foreign Minister Hakan Fidan said.', true).filter((e) => e.event === 'REJECT');
    expect(r?.actor).toEqual(['Hakan Fidan']);
    const [s] = events('“I have full confidence in the mediators,” Macron said on Friday.', true).filter((e) => e.event === 'SUPPORT');
    expect(s?.actor).toEqual(['Emmanuel Macron']);
  });
  it('does not turn an "-ing" modifier ("the negotiating table") into an act of the speaker', () => {
    const es = events('“We must be firm at the negotiating table,” Macron said.', true);
    expect(es.filter((e) => e.event === 'CONSULT')).toEqual([]);
  });
});

describe('a stance participle', () => {
  it('reads "X is opposed to Y" as X rejecting, not as X being opposed by someone', () => {
    const [r] = events('Turkey is opposed to any Greek drilling near the islands.').filter((e) => e.event === 'REJECT');
    expect(r?.actor).toEqual(['Turkey']);
  });
  it('keeps a real passive passive: "Turkey was criticised by Greece"', () => {
    const [a] = events('Turkey was criticised by Greece on Monday.').filter((e) => e.event === 'ACCUSE' || e.event === 'PROTEST');
    if (a) expect(a.actor).toEqual(['Greece']);
  });
});

describe('an agent noun placed in a state', () => {
  it('reads "authorities in X" as the state X', () => {
    const [r] = events('Authorities in Greece rejected the request on Monday.').filter((e) => e.event === 'REJECT');
    expect(r?.actor).toEqual(['Greece']);
  });
  it('does not read "rebels in X" as the state X when no group of X was named', () => {
    const es = events('Militants in Greece rejected the request on Monday.');
    for (const e of es) expect(e.actor).not.toContain('Greece');
  });
});

describe('a pattern whose character windows find no actor', () => {
  it('takes the actor the syntax layer names ("security forces in X have tortured ...")', () => {
    const [a] = events('Security forces in Greece have tortured dozens of detainees, a rights group said.').filter((e) => e.event === 'ASSAULT');
    expect(a?.actor).toEqual(['Greece']);
  });
});

describe('a verb of asking joined to a reported clause', () => {
  it('gives "X said the truce between A and B was holding and called for talks" to X, not to the truce', () => {
    const [r] = events('Fidan said on Monday that the truce between Israel and Hamas was holding and called for talks on a lasting deal.').filter((e) => e.event === 'REQUEST');
    expect(r.actor).toEqual(['Hakan Fidan']);
  });
  it('keeps a party that is the lent subject: "X said Greece had agreed and called for talks"', () => {
    const [r] = events('Fidan said that Greece had accepted the offer and called for talks with Turkey.').filter((e) => e.event === 'REQUEST');
    expect(r.actor).toEqual(['Greece']);
  });
});
