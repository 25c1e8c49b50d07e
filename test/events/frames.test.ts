// Frames and word senses on sentences of our own: what the sentence does with a trigger decides whether it is the
// event, a future or hypothetical one, or no event at all.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => ({ event: e.event, modality: e.modality, rule: e.rule, actor: e.actor.map(name), evidence: r.text.slice(e.span[0], e.span[1]) }));
}
const of = (es: ReturnType<typeof events>, event: string) => es.filter((e) => e.event === event);

describe('frames', () => {
  it('reads a bare verb after a demand verb\'s object as what is asked, not an act', () => {
    const es = events('Norway recommended Colombia not seek a pause in the talks.');
    expect(of(es, 'REQUEST').map((e) => e.evidence)).toEqual(['recommended']);
    expect(of(events('Norway said Colombia will seek a pause in the talks.'), 'REQUEST').map((e) => e.evidence)).toEqual(['seek']);
  });

  it('reads "halt its shelling" as a pledge to stop, not an attack', () => {
    const es = events('The army of Myanmar said it would halt its shelling of the town.');
    expect(of(es, 'ASSAULT')).toEqual([]);
    expect(of(es, 'RETREAT').map((e) => e.modality)).toEqual(['future']);
  });

  it('reads a span of fighting that is ended, or a passive stop, as no attack', () => {
    expect(of(events('Ethiopia signed a plan to end nearly three decades of fighting with Eritrea.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia said hostilities with Eritrea should be halted at once.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia backed a plan to end the two-decade war between Eritrea and Somalia.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia said the war between Eritrea and Somalia must come to an end.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia said the war between Eritrea and Somalia should stop.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia sent troops to break up clashes between Eritrea and Somalia.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia and Eritrea agreed to a cessation of hostilities along the border.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia and Eritrea agreed on a suspension of fighting in the north.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Ethiopia and Eritrea fought for nearly three decades.'), 'ASSAULT')).toHaveLength(1);
  });

  it('reads what is threatened as the threat\'s content, not the act', () => {
    expect(of(events('Ethiopia threatened to impose sanctions on Eritrea.'), 'SANCTION')).toEqual([]);
    expect(of(events('Ethiopia made a threat to impose sanctions on Eritrea.'), 'SANCTION')).toEqual([]);
    expect(of(events('Ethiopia imposed sanctions on Eritrea.'), 'SANCTION')).toHaveLength(1);
  });

  it('keeps a goal clause from being asserted', () => {
    const es = events('Ethiopia moved tanks to the border in an attempt to seize the port.');
    expect(of(es, 'COERCE').map((e) => e.modality)).toEqual(['future']);
  });

  it('reads an accepted exchange as the accepter\'s future act', () => {
    const es = events('Yemen accepted a prisoner exchange with the Houthis.');
    const [r] = of(es, 'RETREAT');
    expect(r.modality).toBe('future');
    expect(r.actor).toContain('Yemen');
  });

  it('gives a demand\'s content to the demander, not to the demanded act', () => {
    expect(of(events('Kosovo urged Serbia to withdraw its police from the north.'), 'RETREAT')).toEqual([]);
    expect(of(events('Rwanda demanded that M23 disarm before the talks.'), 'RETREAT')).toEqual([]);
  });

  it('places a visit at its destination, and lends that place to no meeting of other parties', () => {
    const r = extractReport({ id: 't', text: 'Erdogan arrived in Baku on Monday following a visit to Kazakhstan. His talks with Aliyev lasted three hours.', source: null, published: '2025-06-01' } as never, { lexicon });
    const visit = r.events.find((e) => e.mode === 'visit' && r.text.slice(e.span[0], e.span[1]) === 'visit');
    expect(visit?.where?.text).toBe('Kazakhstan');
    const talks = r.events.find((e) => r.text.slice(e.span[0], e.span[1]) === 'talks');
    expect(talks?.mode).not.toBe('third-party');
  });
  it('reads "the parties" after talks between two sides as those sides', () => {
    const es = events('Chile and Peru held talks in Quito on Monday. The parties committed to forming a joint border commission.');
    expect(of(es, 'AGREE').flatMap((e) => e.actor)).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });
  it('reads an act after "not to" as denied: "agreed not to threaten" is no threat made', () => {
    const es = events('The presidents of Chile and Peru agreed on Thursday not to threaten or use force against each other.');
    expect(of(es, 'THREATEN').map((e) => e.modality)).toEqual(['negated']);
    expect(of(es, 'AGREE').map((e) => e.modality)).toEqual(['asserted']);
    // The pledge itself is made: "not" before "to" denies what is pledged.
    expect(of(events('Chile and Peru pledged not to harm civilians.'), 'AGREE').map((e) => e.modality)).toEqual(['asserted']);
  });
  it('reads an act named as the noun a demand verb takes as what is asked, not as the act', () => {
    expect(of(events('Kagame demanded the withdrawal of Congolese troops.'), 'RETREAT')).toEqual([]);
    expect(of(events('Rwanda, which demands Congolese withdrawal from the border towns, rejected the plan.'), 'RETREAT')).toEqual([]);
    expect(of(events('Rwanda called for the withdrawal of Congolese troops from the border.'), 'RETREAT')).toEqual([]);
    // A need is no demand: "would require talks with Kagame" is a possible meeting.
    expect(of(events('Tshisekedi said any pullback would require direct talks with Kagame.'), 'CONSULT').map((e) => e.modality)).toEqual(['hypothetical']);
  });
  it('reads advice, a recommendation or a warning "to" as a demand: its content is no act of its own', () => {
    expect(of(events('The envoys recommended that Kosovo not seek a seat at the United Nations.'), 'REQUEST')).toEqual([]);
    expect(of(events('France advised Serbia to withdraw its police from the north.'), 'RETREAT')).toEqual([]);
    expect(of(events('France persuaded Serbia to withdraw its police from the north.'), 'RETREAT')).toEqual([]);
    expect(of(events('France warned Serbia not to send troops into the north.'), 'MOBILIZE')).toEqual([]);
    // Warning that something will happen predicts it; it asks for nothing.
    expect(of(events('France warned that Serbia would send troops into the north.'), 'MOBILIZE')).toHaveLength(1);
  });

  it('reads a plan\'s content as no act', () => {
    expect(of(events('The draft includes gradual Eritrean troop withdrawals from the border.'), 'RETREAT')).toEqual([]);
    expect(of(events('Eritrea began troop withdrawals from the border.'), 'RETREAT')).toHaveLength(1);
  });

  it('reads a conditional act as hypothetical', () => {
    const es = events('Lebanon said Israel would pull back if Hezbollah disarmed.');
    expect(of(es, 'RETREAT').every((e) => e.modality !== 'asserted')).toBe(true);
  });

  it('reads "as" before a noun and its own verb as opening a clause, not a manner phrase of the verb before', () => {
    const es = events('Cambodia rejected the charge, as a ceasefire brokered by Malaysia came under strain.');
    expect(of(es, 'AGREE').every((e) => !(e.actor.length === 1 && e.actor[0] === 'Cambodia'))).toBe(true);
  });
  it('reads a sentence-case title line as a title: the body tells its events once, with their dates', () => {
    const text = 'Israeli strikes kill three in south Lebanon as talks stall\n\nIsraeli air strikes killed three people in southern Lebanon on Thursday, officials said.';
    expect(of(events(text), 'ASSAULT').map((e) => e.evidence)).toEqual(['killed']);
  });
  it('reads handing over one\'s own arms as disarming, not as aid', () => {
    const es = events('Hezbollah said it would hand over its heavy weapons to the Lebanese army by December.');
    expect(of(es, 'AID')).toEqual([]);
    expect(of(es, 'RETREAT').map((e) => e.evidence)).toEqual(['hand over']);
  });
  it('reads "lifted the blockade" as RETREAT only', () => {
    const es = events('Azerbaijan lifted the blockade of the corridor on Monday.');
    expect(es.map((e) => e.event)).toEqual(['RETREAT']);
  });
});

describe('a passive with "no ..." or "nothing" as its subject', () => {
  it('did not happen ("no date has been agreed"), unlike the same passive with a subject that names something', () => {
    expect(of(events('No date for the next round has been agreed, Kenya said.'), 'AGREE').map((e) => e.modality)).toEqual(['negated']);
    expect(of(events('A date for the next round has been agreed, Kenya said.'), 'AGREE').map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('a topic of talks', () => {
  it('is no act: the act talked about in a verb group, as an object, or in an "on" phrase of a talks noun', () => {
    expect(of(events('Greek and Turkish envoys met in Athens on Monday to discuss reopening the border crossings.'), 'RETREAT')).toEqual([]);
    expect(of(events('Sudan and Chad discussed a prisoner exchange on Monday.'), 'RETREAT')).toEqual([]);
    expect(of(events('Sudan and Chad held talks on a withdrawal of troops from the border.'), 'RETREAT')).toEqual([]);
  });
  it('leaves the act agreed or done where the words tell it', () => {
    expect(of(events('Sudan and Chad agreed on a withdrawal of troops from the border.'), 'RETREAT').map((e) => e.modality)).toEqual(['future']);
    expect(of(events('Greece reopened the border crossings on Monday after talks with Turkey.'), 'RETREAT').map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('word senses', () => {
  it('"seeking medical treatment" is no request', () => {
    expect(of(events('Volodymyr Zelenskyy was seeking medical treatment in Germany.'), 'REQUEST')).toEqual([]);
  });
  it('a question is no request', () => {
    expect(of(events('Reporters asked Donald Trump whether the summit would go ahead.'), 'REQUEST')).toEqual([]);
  });
  it('"would not comment on the details" is no rejection', () => {
    expect(of(events('The Kremlin would not comment on the details of the plan.'), 'REJECT')).toEqual([]);
  });
  it('naming someone is no phone call', () => {
    expect(of(events('Vladimir Putin called Volodymyr Zelenskyy an illegitimate leader.'), 'CONSULT')).toEqual([]);
    expect(of(events('Volodymyr Zelenskyy praised a fund called Vladimir Putin Watch.'), 'CONSULT')).toEqual([]);
  });
  it('a summit pressed for has not happened', () => {
    const es = of(events('Ukraine keeps pressing for a summit with Vladimir Putin.'), 'CONSULT');
    expect(es.every((e) => e.modality !== 'asserted')).toBe(true);
  });
  it('a meeting called off did not happen', () => {
    const es = of(events('The summit between Vladimir Putin and Volodymyr Zelenskyy was cancelled on Friday.'), 'CONSULT');
    expect(es.map((e) => e.modality)).toEqual(['negated']);
    const off = of(events('The summit between Vladimir Putin and Volodymyr Zelenskyy was called off.'), 'CONSULT');
    expect(off.map((e) => e.modality)).toEqual(['negated']);
  });
  it('a past act told in a relative clause stays asserted under the sentence\'s condition', () => {
    const es = events('If signed, the treaty would be the first between Armenia and Azerbaijan, who fought two wars over the region.');
    expect(of(es, 'ASSAULT').map((e) => e.modality)).toEqual(['asserted']);
  });
  it('a source\'s condition for speaking ("who asked not to be named") is no request', () => {
    expect(of(events('A Kenyan official, who asked not to be named, said Somalia would attend the talks.'), 'REQUEST')).toEqual([]);
    expect(of(events('Kenya asked Somalia not to close the border.'), 'REQUEST')).toHaveLength(1);
  });
  it('a reporter\'s request for comment is no request', () => {
    expect(of(events('Kenya did not respond to a request for comment from reporters.'), 'REQUEST')).toEqual([]);
    expect(of(events('Kenya made a request to Somalia for more troops.'), 'REQUEST')).toHaveLength(1);
  });
  it('pursuing peace or legitimacy asks nothing of a party', () => {
    expect(of(events('Eritrea seeks peace with its neighbours.'), 'REQUEST')).toEqual([]);
    expect(of(events('Kosovo wanted the recognition it had sought for years from Serbia.'), 'REQUEST')).toEqual([]);
    expect(of(events('Eritrea sought guarantees from Ethiopia on the border.'), 'REQUEST')).toHaveLength(1);
  });
  it('an attack of words is no assault', () => {
    expect(of(events('Sudan launched verbal attacks on the envoy of Chad.'), 'ASSAULT')).toEqual([]);
    expect(of(events('Sudan launched attacks on border posts in Chad.'), 'ASSAULT')).toHaveLength(1);
  });
  it('the subject of a passive act with no by-agent is acted on, not the actor', () => {
    expect(of(events('Rwanda was accused of arming the rebels.'), 'ACCUSE').filter((e) => e.actor.includes('Rwanda'))).toEqual([]);
    expect(of(events('Rwanda was accused by Burundi of arming the rebels.'), 'ACCUSE').map((e) => e.actor)).toEqual([['Burundi']]);
  });
});

describe('talks a clause is dated by', () => {
  it('are the talks of the two parties that act after them, held, with whoever hosted them', () => {
    const es = of(events('Kenya and Uganda agreed on Friday to end the border dispute after talks hosted by Rwanda in Kigali.'), 'CONSULT');
    expect(es.map((e) => ({ modality: e.modality, actor: e.actor }))).toEqual([{ modality: 'asserted', actor: ['Kenya', 'Uganda', 'Rwanda'] }]);
    expect(of(events('Kenya and Uganda agreed on Friday to end the dispute after talks in Kigali.'), 'CONSULT').map((e) => e.modality)).toEqual(['asserted']);
  });
  it('are not the talks of one party that welcomes something after them', () => {
    expect(of(events('Kenya welcomed the progress after the talks in Kigali.'), 'CONSULT').map((e) => e.actor)).not.toContainEqual(['Kenya']);
  });
});

describe('a polity named by its "of" phrase', () => {
  it('is that party ("with the breakaway region of Somaliland"), and a date before a name is no part of its phrase', () => {
    const es = of(events('In January Ethiopia signed a port deal with the breakaway region of Somaliland.'), 'AGREE');
    expect(es.map((e) => e.actor)).toEqual([['Ethiopia']]);
    const r = extractReport({ id: 't', text: 'In January Ethiopia signed a port deal with the breakaway region of Somaliland.', source: null, published: '2025-06-01' } as never, { lexicon });
    expect(r.events[0].recipient.map((id) => r.entities.find((e) => e.id === id)?.name)).toEqual(['Somaliland']);
  });
});
