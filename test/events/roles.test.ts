// Who the parties of an event are, read from the syntax layer: lists, possessors, control, anaphora, groups vs states.
// Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, PEOPLE, type TestEntity } from '../helpers/entities.js';

const P = PEOPLE;
const MORE: TestEntity[] = [
  { name: 'Jared Kushner', aliases: ['Jared Kushner', 'Kushner'], kind: 'person', country: 'USA' },
  { name: 'Marco Rubio', aliases: ['Marco Rubio', 'Rubio'], kind: 'person', country: 'USA' },
  { name: 'Iran', aliases: ['Iran', 'Tehran'], kind: 'state', country: 'IRN' },
  { name: 'Israel', aliases: ['Israel', 'Israeli'], kind: 'state', country: 'ISR' },
  { name: 'M23', aliases: ['M23'], kind: 'group', country: 'COD' },
  { name: 'DR Congo', aliases: ['DR Congo', 'Congo', 'Kinshasa'], kind: 'state', country: 'COD' },
  { name: 'Egypt', aliases: ['Egypt'], kind: 'state', country: 'EGY' },
  { name: 'Qatar', aliases: ['Qatar'], kind: 'state', country: 'QAT' },
  { name: 'Arab League', aliases: ['the Arab League', 'Arab League'], kind: 'organization', country: null },
];

function events(text: string) {
  const entities = indexFor(text, [P.trump, P.putin, P.zelenskyy, P.witkoff, P.russia, P.ukraine, P.usa, ...MORE]);
  const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).map((e) => ({
    ...e, parties: new Set([...e.actor, ...e.recipient].map(name)), actorNames: e.actor.map(name), recipientNames: e.recipient.map(name),
    evidence: text.slice(e.span[0], e.span[1]),
  }));
}
const of = (es: ReturnType<typeof events>, event: string) => es.filter((e) => e.event === event);

describe('lists and possessors', () => {
  it('reads "with X\'s envoy A and the president\'s adviser B" as A and B, not their owners', () => {
    const [m] = of(events("Zelenskyy met on Tuesday with Trump's envoy Steve Witkoff and the president's adviser Jared Kushner."), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Volodymyr Zelenskyy', 'Steve Witkoff', 'Jared Kushner']));
  });
  it('hangs a phrase after a time on the verb: "met for a third day with X"', () => {
    const [m] = of(events('Israel and Iran traded threats on Monday. Zelenskyy met for a third day with Witkoff.'), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Volodymyr Zelenskyy', 'Steve Witkoff']));
  });
  it('takes the parties of a list after a colon', () => {
    const [m] = of(events('Putin held talks with a large American team: Witkoff, Kushner and Rubio.'), 'CONSULT');
    for (const n of ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner', 'Marco Rubio']) expect(m.parties).toContain(n);
  });
  it('takes the parties of a list after "including"', () => {
    const [m] = of(events('Rubio spoke with Arab mediators, including Egypt and Qatar, on Sunday.'), 'CONSULT');
    for (const n of ['Marco Rubio', 'Egypt', 'Qatar']) expect(m.parties).toContain(n);
  });
  it('reads a list after "N of X, including" as spelling out N, not X', () => {
    const [m] = of(events('Israel and Iran traded threats. Israel detained several aides of the Arab League, including Egypt and Qatar.'), 'COERCE');
    expect(m.recipientNames).toEqual(['Egypt', 'Qatar']);
  });
  it('does not read a list after a named party as its members', () => {
    const [m] = of(events('Putin met Zelenskyy: Witkoff later said the talks went well.'), 'CONSULT');
    expect(m.parties).not.toContain('Steve Witkoff');
  });
});

describe('who does what an infinitive names', () => {
  it('gives "instructed X to meet Y" to X and Y', () => {
    const [m] = of(events('Trump instructed Witkoff to meet Putin in Moscow.'), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Steve Witkoff', 'Vladimir Putin']));
  });
  it('gives "dispatched X and Y to Moscow to meet Z" to the envoys', () => {
    const [m] = of(events('Trump dispatched Witkoff and Kushner to Moscow this week to meet Putin.'), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin']));
  });
  it('keeps the subject when the sent object names nobody', () => {
    const [m] = of(events('Trump sent a letter to Moscow to meet Putin halfway.'), 'CONSULT');
    expect(m?.parties ?? new Set()).not.toContain('Steve Witkoff');
  });
  it('gives "a commitment from X to meet Y" to X and Y', () => {
    const [m] = of(events('Trump sought a commitment from Putin to meet Zelenskyy.'), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Vladimir Putin', 'Volodymyr Zelenskyy']));
  });
});

describe('pronouns and definite descriptions', () => {
  it('reads "strikes on the country" as aimed at the country named before, not at the attacker', () => {
    const [a] = of(events('Qatar and Egypt urged calm. Tehran condemned Israeli strikes on the country.'), 'ASSAULT');
    expect(a.actorNames).toEqual(['Israel']);
    expect(a.recipientNames).toEqual(['Iran']);
  });
  it('reads "the group" as the armed group named before', () => {
    const es = events('M23 fighters entered the town. The group insisted on negotiating a truce with Kinshasa.');
    const [r] = of(es, 'REQUEST');
    expect(r.actorNames).toEqual(['M23']);
  });
  it('leaves "the group" without a party when no group was named', () => {
    const es = events('Egypt hosted the talks. The group insisted on negotiating a truce.');
    expect(of(es, 'REQUEST').flatMap((r) => r.actorNames)).not.toContain('Egypt');
  });
});

describe('an armed group and the state it is based in', () => {
  it('aims a group’s act at the state it fights, not away from it', () => {
    const [a] = of(events('M23 seized large parts of eastern Congo last year.'), 'ASSAULT');
    expect(a.actorNames).toEqual(['M23']);
    expect(a.recipientNames).toEqual(['DR Congo']);
  });
  it('reads the complement of "insisted on negotiating with X" as the recipient', () => {
    const [r] = of(events('M23 insisted on negotiating its own ceasefire with Kinshasa.'), 'REQUEST');
    expect(r.recipientNames).toEqual(['DR Congo']);
  });
});

describe('offices named by their state', () => {
  function withOffices(text: string, offices: Record<string, string>) {
    const table = [P.trump, P.putin, P.zelenskyy, P.witkoff, P.russia, P.ukraine, P.usa, ...MORE,
      { name: 'Paul Kagame', aliases: ['Kagame'], kind: 'person' as const, country: 'RWA' },
      { name: 'Rwanda', aliases: ['Rwanda'], kind: 'state' as const, country: 'RWA' },
      { name: 'Felix Tshisekedi', aliases: ['Tshisekedi'], kind: 'person' as const, country: 'COD' },
      { name: 'Vice President Smith', aliases: ['Smith'], kind: 'person' as const, country: 'RWA' }];
    const entities = indexFor(text, table);
    for (const e of entities.entities) if (offices[e.name]) e.office = offices[e.name];
    const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
    const name = (id: string) => entities.byId(id)?.name;
    return findEvents(ctx, []).map((e) => ({ ...e, actorNames: e.actor.map(name) }));
  }
  const offices = { 'Paul Kagame': 'President', 'Felix Tshisekedi': 'President', 'Volodymyr Zelenskyy': 'President', 'Vice President Smith': 'Vice President' };
  it('reads "the leaders of A and B signed" as both states and the leaders the report names', () => {
    const text = 'Kagame and Tshisekedi arrived on Monday. Smith stayed home. The leaders of Rwanda and Congo signed a peace accord.';
    const [a] = withOffices(text, offices).filter((e) => e.event === 'AGREE');
    for (const n of ['Paul Kagame', 'Felix Tshisekedi', 'Rwanda', 'DR Congo']) expect(a.actorNames).toContain(n);
    expect(a.actorNames).not.toContain('Vice President Smith');
  });
  it('reads "the President of Ukraine" as the president the report names', () => {
    const text = 'Zelenskyy spoke in Kyiv. The President of Ukraine rejected the Russian proposal on Monday.';
    const [r] = withOffices(text, offices).filter((e) => e.event === 'REJECT');
    expect(r.actorNames).toContain('Volodymyr Zelenskyy');
  });
  it('names no person when the report names nobody in that office', () => {
    const text = 'Smith spoke in Kigali. The leaders of Rwanda signed a peace accord.';
    const [a] = withOffices(text, offices).filter((e) => e.event === 'AGREE');
    expect(a.actorNames).toEqual(['Rwanda']);
  });
});

describe('a by-agent after a bare participle', () => {
  it('reads "villagers killed by M23" as an attack by M23', () => {
    const [a] = of(events('Congo mourned the villagers killed by M23 on Sunday.'), 'ASSAULT');
    expect(a.actorNames).toEqual(['M23']);
  });
  it('keeps a plain past verb active when no party follows "by"', () => {
    const [a] = of(events('M23 attacked the town by night.'), 'ASSAULT');
    expect(a.actorNames).toEqual(['M23']);
  });
});

describe('shared modifiers and bound pronouns', () => {
  it('reads "Israeli and US strikes" as strikes by both', () => {
    const [a] = of(events('Tehran condemned Israeli and U.S. strikes on the country.'), 'ASSAULT');
    expect(new Set(a.actorNames)).toEqual(new Set(['Israel', 'United States']));
    expect(a.recipientNames).toEqual(['Iran']);
  });
  it('binds "he" in a dependent clause to the subject of the clause it depends on', () => {
    const text = 'Zelenskyy welcomed the plan. Putin made it plain on Friday that he rejected it.';
    const [r] = of(events(text), 'REJECT');
    expect(r.actorNames).toEqual(['Vladimir Putin']);
  });
  it('leaves a main-clause "he" to the entity stage', () => {
    const text = 'Putin spoke first. Then Trump arrived. He accepted the proposal on Friday.';
    const es = of(events(text), 'AGREE');
    expect(es.flatMap((e) => e.actorNames)).not.toContain('Vladimir Putin');
  });
});

describe('titles with "of"', () => {
  it('keeps "Secretary of State Marco Rubio" one phrase, so he is a subject', () => {
    const [m] = of(events('Zelenskyy and U.S. Secretary of State Marco Rubio met in Geneva on Monday.'), 'CONSULT');
    expect(m.parties).toEqual(new Set(['Volodymyr Zelenskyy', 'Marco Rubio']));
  });
});

describe('a clause’s own verb is not a bare participle', () => {
  it('keeps "A and B signed a deal, brokered by C" as signed by A and B', () => {
    const [a] = of(events('Zelenskyy and Putin signed a truce in Geneva on Friday, brokered by Trump.'), 'AGREE');
    expect(new Set(a.actorNames)).toEqual(new Set(['Volodymyr Zelenskyy', 'Vladimir Putin']));
  });
});

describe('a leader’s people', () => {
  it('reads "Trump\'s team met X" as the United States side too', () => {
    // (The test table matches "the United States" in lower case: the report must name the state for its side to count.)
    const [m] = of(events('Officials in the United States pressed on. On Sunday Trump\'s team met Putin in Moscow.'), 'CONSULT');
    for (const n of ['Donald Trump', 'United States', 'Vladimir Putin']) expect(m.parties).toContain(n);
  });
});

describe("a state's own armed forces", () => {
  it('act for their state: an attack on the IDF is an attack on Israel too', () => {
    const text = 'Israel and Iran traded threats on Sunday. Iran said on Monday that it had struck the IDF near the border.';
    const forces: TestEntity = { name: 'Israel Defense Forces', aliases: ['IDF'], kind: 'organization', country: 'ISR', office: 'armed forces' };
    const entities = indexFor(text, [MORE[2], MORE[3], forces]);
    const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
    const [a] = findEvents(ctx, []).filter((e) => e.event === 'ASSAULT');
    expect(a.recipient.map((id) => entities.byId(id)?.name)).toEqual(['Israel Defense Forces', 'Israel']);
  });

  it("are no armed group: the rebels of the same country are the army's other side", () => {
    const text = 'The M23 took the town on Sunday. The FARDC launched an offensive on Monday.';
    const forces: TestEntity = { name: 'FARDC', aliases: ['FARDC'], kind: 'organization', country: 'COD', office: 'armed forces' };
    const entities = indexFor(text, [MORE[4], forces]);
    const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
    const a = findEvents(ctx, []).find((e) => e.event === 'ASSAULT' && text.slice(e.span[0], e.span[1]) === 'offensive')!;
    expect([a.actor, a.recipient].map((ids) => ids.map((id) => entities.byId(id)?.name))).toEqual([['FARDC'], ['M23']]);
  });
});

describe('coordinated verbs', () => {
  it('share the object the last of them takes: "disarm and repatriate X"', () => {
    const r = of(events('Israel and Iran traded threats. Israel, Iran and Israel met. Kinshasa disarmed and repatriated the M23 fighters last year.'), 'RETREAT')
      .find((e) => e.evidence === 'disarmed')!;
    expect([r.actorNames, r.recipientNames]).toEqual([['DR Congo'], ['M23']]);
  });
});

describe('members and representatives of a party', () => {
  it('reads "leaders from X" as X: representatives come from the party they speak for', () => {
    const [a] = of(events('Leaders from the Arab League signed a declaration on Gaza.'), 'AGREE');
    expect(a.actorNames).toEqual(['Arab League']);
  });
  it('reads "the 22 countries of X" as X', () => {
    const [a] = of(events('The 22 countries of the Arab League signed a declaration on Gaza.'), 'AGREE');
    expect(a.actorNames).toEqual(['Arab League']);
  });
  it('reads the "of" phrase on a speech act\'s object as its recipient, before an antecedent', () => {
    const [s] = of(events('Qatar hosted the meeting in Doha. Israel praised the efforts of Egypt.'), 'SUPPORT');
    expect(s.recipientNames).toEqual(['Egypt']);
    const [r] = of(events('Iran rejected the demands of Israel.'), 'REJECT');
    expect(r.recipientNames).toEqual(['Israel']);
  });
  it('does not make troops withdrawn "from" a state that state\'s', () => {
    const [r] = of(events('Russia began the withdrawal of troops from Qatar.'), 'RETREAT');
    expect(r.actorNames).toEqual(['Russia']);
  });
});
