// Who held a meeting told as a noun with no party phrase of its own (src/events/meeting-parties.ts), and the group
// phrases the parties reader spells out (a bracketed member list, representatives "from" several states).
// Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, type TestEntity } from '../helpers/entities.js';

const ENTITIES: TestEntity[] = [
  { name: 'Peru', aliases: ['Peru', 'Peruvian', 'Lima'], kind: 'state', country: 'PER' },
  { name: 'Chile', aliases: ['Chile', 'Chilean', 'Santiago'], kind: 'state', country: 'CHL' },
  { name: 'Bolivia', aliases: ['Bolivia'], kind: 'state', country: 'BOL' },
  { name: 'Ecuador', aliases: ['Ecuador'], kind: 'state', country: 'ECU' },
  { name: 'Gabriel Boric', aliases: ['Gabriel Boric', 'Boric'], kind: 'person', country: 'CHL' },
  { name: 'Dina Boluarte', aliases: ['Dina Boluarte', 'Boluarte'], kind: 'person', country: 'PER' },
  { name: 'Luis Arce', aliases: ['Luis Arce', 'Arce'], kind: 'person', country: 'BOL' },
  { name: 'Quito', aliases: ['Quito'], kind: 'place', country: 'ECU' },
];

function consults(text: string) {
  const entities = indexFor(text, ENTITIES);
  const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).filter((e) => e.event === 'CONSULT').map((e) => ({
    parties: new Set([...e.actor, ...e.recipient].map(name)), modality: e.modality, evidence: text.slice(e.span[0], e.span[1]),
  }));
}

describe('a meeting noun with no party phrase of its own', () => {
  it('continues the meeting its clause is about: "talks between X and Y ran late, with further talks"', () => {
    const es = consults('Talks between Peru and Chile ran late on 3 May, with renewed talks on 9 May.');
    expect(es.some((e) => e.evidence === 'talks' && e.parties.has('Peru') && e.parties.has('Chile'))).toBe(true);
  });
  it('gives a meeting told as the moment of a clause ("at the start of the talks") to the clause\'s subject', () => {
    const es = consults('Boric and Boluarte shook hands at the start of the talks on the island.');
    expect(es.some((e) => e.evidence === 'talks' && e.parties.has('Gabriel Boric') && e.parties.has('Dina Boluarte'))).toBe(true);
    expect(consults('Boric spoke about the start of the talks on the island.').some((e) => e.parties.has('Gabriel Boric'))).toBe(false);
  });
  it('takes the by-agent of a participle after it: "a summit attended by X and Y"', () => {
    const es = consults('The accord grew out of a summit in Quito attended by Boric and Boluarte.');
    expect(es.some((e) => e.parties.has('Gabriel Boric') && e.parties.has('Dina Boluarte'))).toBe(true);
  });
  it('takes the object of "involving": "talks involving X and Y"', () => {
    const es = consults('The draft follows recent talks in Quito involving Chilean and Peruvian negotiators.');
    expect(es.some((e) => e.parties.has('Chile') && e.parties.has('Peru'))).toBe(true);
  });
  it('reads a "between" phrase that hangs on the venue: "discussions in Quito between X and Y"', () => {
    const es = consults('The deal follows long discussions in Quito between Boric and Arce.');
    expect(es.some((e) => e.parties.has('Gabriel Boric') && e.parties.has('Luis Arce'))).toBe(true);
  });
  it('reads a by-agent after the place of a visit: "a visit to X by Y"', () => {
    const es = consults('The summit was preceded by a visit to Santiago by Boluarte, who urged calm.');
    expect(es.some((e) => e.parties.has('Dina Boluarte') && e.parties.has('Chile'))).toBe(true);
  });
  it('gives "their meeting" to the two people named before it', () => {
    const es = consults('Boric and Boluarte left their long meeting in Quito on Friday without a deal.');
    expect(es.some((e) => e.parties.has('Gabriel Boric') && e.parties.has('Dina Boluarte'))).toBe(true);
  });
  it('keeps a meeting hosted by a party asserted inside a goal clause', () => {
    const es = consults('Chile and Peru signed a pact aimed at ending the dispute at a summit hosted by Arce in Quito.');
    const hosted = es.find((e) => e.parties.has('Luis Arce'));
    expect(hosted?.modality).toBe('asserted');
  });
  it('does not read a meeting that did not take place from its participle', () => {
    const es = consults('The talks ended early, without an expected lunch involving the Chilean and Peruvian teams.');
    expect(es.filter((e) => e.evidence === 'lunch')).toEqual([]);
  });
});

describe('a meeting held by a group phrase', () => {
  it('gives "the two countries have held talks" to the report\'s two sides', () => {
    const es = consults('Peru accused Chile of stalling on the water deal. The two countries have held talks, but no deal was reached.');
    expect(es.some((e) => e.evidence === 'talks' && e.parties.has('Peru') && e.parties.has('Chile'))).toBe(true);
  });
});

describe('group phrases spelled out', () => {
  it('reads a bracketed member list after a group noun as its members', () => {
    const es = consults('The Andean countries (Peru, Chile and Bolivia) held a meeting on Friday in Quito.');
    expect(es.some((e) => ['Peru', 'Chile', 'Bolivia'].every((p) => e.parties.has(p)))).toBe(true);
  });
  it('reads representatives "from" several states as those states', () => {
    const es = consults('Representatives from Peru, Chile and Bolivia met in Quito on Tuesday.');
    expect(es.some((e) => ['Peru', 'Chile', 'Bolivia'].every((p) => e.parties.has(p)))).toBe(true);
  });
});
