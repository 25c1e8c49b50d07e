import { describe, expect, it } from 'vitest';
import { byName, persons, run, texts } from './helpers.js';

describe('unknown proper-noun runs', () => {
  it('finds an unknown person before a speech verb, with no country', () => {
    const text = 'The meeting ran late, Anna Kowalczyk said on Monday.';
    const idx = run(text);
    const p = idx.entities.find((e) => e.kind === 'person')!;
    expect(p).toMatchObject({ name: 'Anna Kowalczyk', country: null, rule: 'entity.person.propn-run' });
    expect(text.slice(p.mentions[0][0], p.mentions[0][1])).toBe('Anna Kowalczyk');
  });

  it('does not make a person of a place after "in" before a speech verb ("a lawmaker in Banja Luka said")', () => {
    expect(persons(run('An opposition lawmaker in Novi Grad said the vote was rigged.'))).toEqual([]);
  });
  it('does not make people of weekdays, months, places or organisations', () => {
    expect(persons(run('On Sunday the delegation left for Kuala Lumpur.'))).toEqual([]);
    expect(persons(run('In December the Security Council met again.'))).toEqual([]);
    expect(persons(run('The talks in Abu Dhabi went well, Gaza City officials said.'))).toEqual([]);
  });

  it('reads a short sentence of names that ends with a full stop as body text, not as a headline', () => {
    expect(persons(run('Anna Kowalczyk told Nicolás Maduro in Oslo.'))).toEqual(['Anna Kowalczyk', 'Nicolás Maduro']);
    // Nearly all capitals, but its verb is in lower case: no title reads like that.
    expect(persons(run('President Jane Okafor hosted Robert Dussey in Accra.'))).toEqual(['Jane Okafor', 'Robert Dussey']);
    expect(persons(run('President Jane Okafor met Robert Dussey in Accra on Monday.'))).toEqual(['Jane Okafor', 'Robert Dussey']);
  });
  it('ignores headline Title Case', () => {
    expect(persons(run('Leaders Gather For Crucial Peace Summit As Talks Resume\n\nThe talks resumed.'))).toEqual([]);
    expect(persons(run('President Kowalczyk Hosts Maduro Aide Marta Villar In Oslo\n\nThe talks resumed.'))).not.toContain('Marta Villar');
  });

  it('takes the one met for a person: "met X", "a meeting with X"', () => {
    expect(persons(run('The premier will fly to Brussels for a meeting with Carles Puigdemont.'))).toEqual(['Carles Puigdemont']);
    expect(persons(run('The talks in Brussels went well.'))).toEqual([]);
  });

  it('does not take a capitalised pair without a person cue', () => {
    expect(persons(run('The Golden Dome project was discussed.'))).toEqual([]);
  });

  it('takes a pair named beside a known person, or whose surname speaks later on', () => {
    expect(persons(run('Nicolás Maduro and Anna Kowalczyk shook hands at the start of the talks on the island.'))).toEqual(['Nicolás Maduro', 'Anna Kowalczyk']);
    const text = 'Anna Kowalczyk arrived in the capital on Monday for another round of talks. Hours later, Kowalczyk told reporters the talks would resume.';
    expect(persons(run(text))).toEqual(['Anna Kowalczyk']);
    expect(texts(text, byName(run(text), 'Anna Kowalczyk'))).toEqual(['Anna Kowalczyk', 'Kowalczyk']);
    expect(persons(run('The text was read out by the host country\'s prime minister, Anna Kowalczyk, after the talks.'))).toEqual(['Anna Kowalczyk']);
    // A pair joined to a place or a lone name stays without a cue.
    expect(persons(run('Boxing Day and Kuala Lumpur were busy.'))).toEqual([]);
  });
  it('takes an unknown name right after a speech verb that follows a quotation', () => {
    const text = '“The ceasefire is holding for now,” said Tomasz Wierzbicki. Nobody disagreed.';
    const idx = run(text);
    const p = idx.entities.find((e) => e.kind === 'person')!;
    expect(p).toMatchObject({ name: 'Tomasz Wierzbicki', rule: 'entity.person.propn-run' });
    expect(texts(text, p)).toEqual(['Tomasz Wierzbicki']);
  });

  it('takes a lone surname after “…,” said when an apposition describes it', () => {
    const text = '“Both camps are rearming,” said Okonkwo, a researcher at a think tank in Lagos.';
    const p = run(text).entities.find((e) => e.kind === 'person')!;
    expect(texts(text, p)).toEqual(['Okonkwo']);
    expect(persons(run('“Both camps are rearming,” said Okonkwo on the radio.'))).toEqual([]);
  });

  it('takes an unknown name after "according to" and a describing word', () => {
    const text = 'The front line barely moved, according to military historian Ilse Vandermeer.';
    const p = run(text).entities.find((e) => e.kind === 'person')!;
    expect(texts(text, p)).toEqual(['Ilse Vandermeer']);
    expect(persons(run('Casualties rose, according to figures from Harbour Watch Network.'))).toEqual([]);
  });

  it('does not make a person of a body named before a speech verb', () => {
    expect(persons(run('The talks stalled, a spokesman for the Horn Policy Institute said.'))).toEqual([]);
  });

  it('makes an unknown body the subject of a speech verb an organisation, not a person', () => {
    const text = '“No deal without the victims,” the Sahel Alliance said on Tuesday.';
    const org = run(text).entities.find((e) => e.rule === 'entity.org.speaking')!;
    expect(org).toMatchObject({ name: 'Sahel Alliance', kind: 'organization' });
    expect(texts(text, org)).toEqual(['Sahel Alliance']);
    expect(run('A spokesman for the Horn Policy Institute said the talks stalled.').entities).toEqual([]);
  });

  it('takes a lone surname described by an apposition before its speech verb', () => {
    const text = '“The border stays shut,” Ndiaye, the junta’s spokesman, told reporters.';
    const p = run(text).entities.find((e) => e.kind === 'person')!;
    expect(texts(text, p)).toEqual(['Ndiaye']);
    expect(persons(run('Tuesday, the day of the vote, said nothing about it.'))).toEqual([]);
  });

  it('gives a person the state an apposition ties them to ("an official with the Colombian delegation")', () => {
    const text = 'Lena Ortiz, an official with the Colombian government delegation, said the talks would resume.';
    const p = byName(run(text), 'Lena Ortiz');
    expect(p).toMatchObject({ kind: 'person', country: 'COL' });
    expect(texts(text, p)).toEqual(['Lena Ortiz']);
    const rep = 'Omar Haddadi, representing Sudan at the talks, said little.';
    expect(byName(run(rep), 'Omar Haddadi')).toMatchObject({ country: 'SDN' });
    const negotiator = 'Marta Ilves, a negotiator for Armenia, told reporters the draft was ready.';
    expect(byName(run(negotiator), 'Marta Ilves')).toMatchObject({ country: 'ARM' });
  });

  it('does not take a place in an apposition for a side ("a professor in Paris")', () => {
    const text = 'Karl Brenner, a professor at a university in France, said the ceasefire was fragile.';
    expect(byName(run(text), 'Karl Brenner')).toMatchObject({ kind: 'person', country: null });
  });

  it('takes a name after an office and the body or region it serves ("the envoy for the Sahel, Jane Doe,")', () => {
    const text = 'The bloc\'s special envoy for the Great Lakes, Ingrid van Dorn, met the rebel delegation in Nairobi on Friday afternoon.';
    expect(byName(run(text), 'Ingrid van Dorn')).toMatchObject({ kind: 'person' });
    const at = 'The movement\'s representative at the United Nations, Malik Farouq, criticised the resolution as one-sided.';
    expect(byName(run(at), 'Malik Farouq')).toMatchObject({ kind: 'person' });
  });

  it('takes a pair that a "who" clause describes, not one that a "which" clause does', () => {
    const text = 'Tomas Varga, who chairs the transitional council, appealed for calm after the attack.';
    expect(byName(run(text), 'Tomas Varga')).toMatchObject({ kind: 'person' });
    expect(persons(run('Golden Valley, which lies near the border, was shelled again overnight.'))).toEqual([]);
  });

  it('does not read the main clause after a name set off by commas as its apposition ("Doe, met the delegation from Sudan")', () => {
    const text = 'The bloc named its envoy to the talks, Lena Ortiz, said the delegation from Sudan would come.';
    expect(byName(run(text), 'Lena Ortiz')?.country ?? null).toBeNull();
  });

  it('lets a later apposition place a person an earlier mention left without a country', () => {
    const text = 'Lena Ortiz said the talks would resume. Lena Ortiz, an official with the Colombian government delegation, said more.';
    expect(byName(run(text), 'Lena Ortiz')).toMatchObject({ country: 'COL' });
  });

  it('takes a name after an office "on" a place and its comma ("the bloc\'s envoy on Yemen, Jane Doe,")', () => {
    expect(persons(run('The bloc\'s special envoy on Haiti, Siosaia Vaipulu, held talks with the transitional council.'))).toEqual(['Siosaia Vaipulu']);
  });

  it('keeps a capitalised common word inside a name between two proper nouns ("Marit Lie Solberg")', () => {
    expect(persons(run('Sweden\'s special envoy, Marit Lie Solberg, visited the capital in early May.'))).toEqual(['Marit Lie Solberg']);
  });

  it('gives a name after an office and its comma that office, so "the envoy" later points back to the person', () => {
    const text = 'The bloc\'s special envoy for Haiti, Siosaia Vaipulu, arrived on Monday. The council later criticised the envoy for the visit.';
    expect(byName(run(text), 'Siosaia Vaipulu')?.office).toBe('Envoy');
    expect(texts(text, byName(run(text), 'Siosaia Vaipulu'))).toEqual(['Siosaia Vaipulu', 'the envoy']);
  });
});
