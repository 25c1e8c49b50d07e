// How a token rule's match becomes an event (src/events/rule-events.ts): acts done by saying them, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string, event: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name;
  return r.events.filter((e) => e.event === event).map((e) => ({
    modality: e.modality, actor: e.actor.map(name), recipient: e.recipient.map(name), evidence: r.text.slice(e.span[0], e.span[1]),
  }));
}

describe('a threat is made by saying it', () => {
  it('keeps "would not go unanswered" asserted: the negation is the threat\'s wording', () => {
    expect(events('Iran said the strike by Israel would not go unanswered.', 'THREATEN')[0]?.modality).toBe('asserted');
  });
  it('keeps "would reconsider its cooperation" asserted: the future is the threat\'s content', () => {
    expect(events('Iran said it would reconsider its cooperation with the agency.', 'THREATEN')[0]?.modality).toBe('asserted');
  });
  it('gives a quoted threat with no party of its own to the quote\'s speaker', () => {
    const [t] = events('Iranian President Masoud Pezeshkian told reporters "such reckless strikes will not go unanswered."', 'THREATEN');
    expect(t?.actor).toContain('Masoud Pezeshkian');
  });
  it('gives a threat in what a leader says to the leader too', () => {
    const [t] = events('Iranian President Masoud Pezeshkian noted that Iran would now revise its position on the talks.', 'THREATEN');
    expect(t?.actor).toEqual(expect.arrayContaining(['Iran', 'Masoud Pezeshkian']));
  });
});

describe('a demand told as what another must do', () => {
  it('reads "Kenya said Somalia must not hold the vote" as an asserted demand of Kenya on Somalia', () => {
    const [d] = events('Kenya said Somalia must not hold the vote in the disputed region.', 'REQUEST');
    expect(d).toMatchObject({ modality: 'asserted', actor: ['Kenya'], recipient: ['Somalia'] });
  });
  it('reads "repeating Kenya\'s position that Somalia must ..." as Kenya\'s demand', () => {
    const [d] = events('The envoy spoke on Monday, repeating Kenya\'s position that Somalia must withdraw its troops.', 'REQUEST');
    expect(d).toMatchObject({ actor: ['Kenya'], recipient: ['Somalia'] });
  });
  it('reads "Kenya has made clear that Somalia must ..." as Kenya\'s demand', () => {
    const [d] = events('Kenya has made clear that Somalia must withdraw its troops.', 'REQUEST');
    expect(d?.actor).toEqual(['Kenya']);
  });
});

describe('a meeting a deal lays down is still to come', () => {
  it('reads "the deal includes follow-up meetings" as future meetings of the sides', () => {
    const got = events('Kenya and Uganda signed a border deal in Kampala on Monday. The deal includes follow-up meetings of the defence chiefs.', 'CONSULT');
    expect(got.find((e) => e.evidence === 'follow-up meetings')).toMatchObject({ modality: 'future', actor: ['Kenya', 'Uganda'] });
  });
  it('keeps follow-up meetings that were held asserted', () => {
    const got = events('Kenya and Uganda signed a border deal in Kampala on Monday. They held follow-up meetings in Nairobi on Friday.', 'CONSULT');
    expect(got.find((e) => e.evidence === 'follow-up meetings')?.modality).toBe('asserted');
  });
});

describe('deals counted, not named', () => {
  it('reads "despite several truces and peace agreements" as no agreement', () => {
    expect(events('Kenya and Somalia met in Nairobi. Despite several truces and peace agreements, fighting resumed.', 'AGREE')).toEqual([]);
  });
  it('keeps plural deals told as signed', () => {
    expect(events('Kenya and Somalia met in Nairobi. The peace agreements signed in March still hold.', 'AGREE')).toHaveLength(1);
  });
});

describe('a plan\'s recited points are no acts of a party', () => {
  const plan = 'Egypt presented a ten-point proposal to end the war on Monday.\n\nThe main points of the proposal:\n\n'
    + 'Sudan and the RSF will sign a lasting truce.\n\nSecurity Arrangements\n\nThe RSF will agree not to deploy fighters in Khartoum.\n';
  it('reads no agreement in points listed under a line that announces a plan\'s contents', () => {
    // (presenting the proposal is the mediator's own act, and stays)
    expect(events(plan, 'AGREE').filter((e) => e.evidence !== 'presented')).toEqual([]);
  });
  it('reads no agreement in a sentence that places itself under a plan', () => {
    expect(events('Under the proposal, Sudan and the RSF would sign a lasting truce.', 'AGREE')).toEqual([]);
  });
  it('keeps what a party is to do under a deal it made', () => {
    expect(events('Under the deal, Israel released 300 prisoners and is to allow aid trucks into Gaza.', 'RETREAT').length).toBeGreaterThan(0);
  });
  it('keeps a party\'s own pledge after a plan was presented', () => {
    const text = 'Egypt presented a proposal on Monday.\n\nThe RSF said on Tuesday it will sign a lasting truce with Sudan.\n';
    expect(events(text, 'AGREE').length).toBeGreaterThan(0);
  });
});

describe('an offer to give ground is a concession, not a readiness to engage', () => {
  it('reads "ready to withdraw its forces" as CONCEDE only', () => {
    const text = 'Serbia is ready to withdraw its police units from the northern towns, the minister said.';
    expect(events(text, 'CONCEDE').map((e) => e.evidence)).toEqual(['ready to withdraw']);
    expect(events(text, 'AGREE')).toEqual([]);
  });
  it('keeps "ready to resume talks" an AGREE', () => {
    expect(events('Serbia is ready to resume talks with Kosovo.', 'AGREE').map((e) => e.evidence)).toEqual(['ready to resume']);
  });
});

describe('a noun that refers back (refersBack)', () => {
  it('yields nothing for "the attack" with no party of its own', () => {
    expect(events('Eritrean troops shelled the town. Ethiopia said the attack proved Eritrea wants war.', 'ASSAULT')
      .filter((e) => e.evidence === 'attack')).toEqual([]);
  });
  it('keeps "the attack" whose own phrase names its doer or its target', () => {
    expect(events('Ethiopia condemned the Eritrean attack near the border.', 'ASSAULT')[0]?.actor).toEqual(['Eritrea']);
    expect(events('Eritrea carried out the attack on Ethiopia at dawn.', 'ASSAULT')[0]).toMatchObject({ actor: ['Eritrea'], recipient: ['Ethiopia'] });
    expect(events('Eritrea carried out the attack at dawn.', 'ASSAULT')).toEqual([]);
  });
  it('reads an indefinite noun with its light verb ("launched an attack")', () => {
    expect(events('Eritrea launched an attack on Ethiopia at dawn.', 'ASSAULT')[0]).toMatchObject({ actor: ['Eritrea'], recipient: ['Ethiopia'] });
  });
  it('counts who answers for the attack as its doer', () => {
    expect(events('Al-Shabaab was responsible for the attack near the Kenyan border.', 'ASSAULT')[0]?.actor).toEqual(['al-Shabaab']);
    expect(events('Al-Shabaab claimed responsibility for the raid.', 'ASSAULT')[0]?.actor).toEqual(['al-Shabaab']);
  });
});

describe('fighting named as a noun (named)', () => {
  it('keeps an invasion a goal clause would end asserted: it is going on', () => {
    const [a] = events('Kenya and Ethiopia met in Nairobi in an effort to end Eritrea\'s invasion of Ethiopia.', 'ASSAULT');
    expect(a).toMatchObject({ modality: 'asserted', actor: ['Eritrea'], recipient: ['Ethiopia'] });
  });
  it('yields no clash only spoken of as possible, with no party of its own', () => {
    expect(events('Ethiopia and Eritrea signed a truce. If clashes break out again, the observers will report them.', 'ASSAULT')).toEqual([]);
  });
});

describe('a side phrase as the subject of a meeting noun\'s light verb', () => {
  it('stands for the sides of the meeting told before ("commits the two neighbours to begin negotiations")', () => {
    const [later] = events('Kenya and Uganda met in Nairobi on Monday. The deal commits the two neighbours to begin negotiations in June.', 'CONSULT')
      .filter((e) => e.evidence === 'negotiations');
    expect(later?.actor).toEqual(['Kenya', 'Uganda']);
  });
  it('is not read through a verb that only speaks of the meeting ("the two leaders praised the talks")', () => {
    const es = events('Kenya and Uganda met in Nairobi on Monday. Separately, the two leaders tried to describe the Geneva talks as a success.', 'CONSULT');
    expect(es.filter((e) => e.evidence === 'talks')).toEqual([]);
  });
});

describe('a speech act joined to a reported clause', () => {
  it('is the speaker\'s act, and the clause\'s "would" does not make it future', () => {
    const [a] = events('Ghana said the warrant would not be withdrawn and accused Togo of blackmail.', 'ACCUSE');
    expect(a).toMatchObject({ modality: 'asserted', actor: ['Ghana'] });
  });
});
