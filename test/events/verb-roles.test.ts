// Verb roles where the syntax took the wrong phrase as the subject or kept a party out behind a quotation mark:
// the doer is read another way (src/events/verb-roles.ts). Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, type TestEntity } from '../helpers/entities.js';

const TABLE: TestEntity[] = [
  { name: 'Olaf Scholz', aliases: ['Chancellor Olaf Scholz', 'Olaf Scholz', 'Scholz'], kind: 'person', country: 'DEU' },
  { name: 'Emmanuel Macron', aliases: ['President Emmanuel Macron', 'Emmanuel Macron', 'Macron'], kind: 'person', country: 'FRA' },
  { name: 'Hakan Fidan', aliases: ['Hakan Fidan', 'Fidan'], kind: 'person', country: 'TUR' },
  { name: 'Turkey', aliases: ['Turkey', 'Ankara', 'Turkish'], kind: 'state', country: 'TUR' },
  { name: 'Greece', aliases: ['Greece', 'Athens', 'Greek'], kind: 'state', country: 'GRC' },
  { name: 'Israel', aliases: ['Israel'], kind: 'state', country: 'ISR' },
  { name: 'Hamas', aliases: ['Hamas'], kind: 'group', country: 'PSE' },
  { name: 'United Nations', aliases: ['United Nations', 'UN'], kind: 'organization', country: null },
];

function partiesOf(text: string, event: string, role: 'actor' | 'recipient'): (string | undefined)[][] {
  const entities = indexFor(text, TABLE);
  const ctx: DocContext = { text, published: '2026-03-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  return findEvents(ctx, findQuotes(ctx)).filter((e) => e.event === event).map((e) => e[role].filter((id) => !e.inferred?.includes(id)).map((id) => entities.byId(id)?.name));
}
const actorsOf = (text: string, event: string) => partiesOf(text, event, 'actor');

describe('a subject the syntax misread', () => {
  it('gives what a decree does to whoever issued the decree', () => {
    expect(actorsOf('Turkey issued a decree freeing 40 prisoners on Monday.', 'RETREAT')).toEqual([['Turkey']]);
  });
  it('gives a verb joined by "but" to the earlier doer, not to the earlier verb\'s object', () => {
    expect(actorsOf('Turkey said it was committed to ending the dispute but insisted that Greece must withdraw first.', 'REQUEST')[0]).toContain('Turkey');
  });
  it('gives "X, Title of Y, welcomed" to the name before the apposition', () => {
    expect(actorsOf('Hakan Fidan, a veteran diplomat, welcomed the decision.', 'SUPPORT')).toEqual([['Hakan Fidan']]);
  });
  it('gives "an unknown name, the UN relief chief, demanded" to the party of the apposition', () => {
    expect(actorsOf('Maria Jensen, the United Nations Special Envoy, demanded that Hamas let aid convoys through.', 'REQUEST')).toEqual([['United Nations']]);
  });
  it('gives a participle\'s speech act, after a clause reported by "X, a title, told", to the name before the apposition', () => {
    expect(actorsOf('Hakan Fidan, a veteran diplomat, told reporters that the fighters had gone home, calling on Greece to free the detainees.', 'REQUEST'))
      .toEqual([['Hakan Fidan']]);
  });
  it('gives praise joined by "and" to a reported clause about a thing to the one who spoke', () => {
    expect(actorsOf('Hakan Fidan expressed hope, saying that the talks offered a real chance and commended Greece for its patience.', 'SUPPORT'))
      .toEqual([['Hakan Fidan']]);
  });
  it('gives "X this week approved" to the name before the time phrase', () => {
    expect(actorsOf('Chancellor Olaf Scholz this week approved the peace plan.', 'SUPPORT')).toEqual([['Olaf Scholz']]);
  });
  it('gives a statement\'s call, told as a participle after it, to whoever issued the statement', () => {
    expect(actorsOf('Hamas issued a statement calling on Israel to reopen the crossings.', 'REQUEST')).toEqual([['Hamas']]);
    expect(actorsOf('Turkey sent a letter urging Greece to return to the talks.', 'REQUEST')).toEqual([['Turkey']]);
  });
  it('leaves what a plan calls for as its content', () => {
    expect(actorsOf('Turkey tabled a plan calling for Greece to withdraw its ships.', 'REQUEST')).toEqual([]);
  });
  it('keeps a time phrase inside an object from lending its possessor ("following Israel\'s raid this week")', () => {
    expect(actorsOf('Greece condemned the shelling following Israel\'s raid this week in support of Hamas.', 'SUPPORT')).toEqual([]);
  });
});

describe('a quotation inside the verb phrase', () => {
  it('gives "wished to “express satisfaction”" to the one who wished', () => {
    expect(actorsOf('Macron said he wished to “express satisfaction” with the result of the meeting.', 'SUPPORT')[0]).toContain('Emmanuel Macron');
  });
});

describe('a participle with its by-phrase', () => {
  it('takes the by-phrase as the doer even where the syntax read no passive', () => {
    expect(actorsOf('Greece doubted the proposals, seen as leaning towards Turkey and welcomed by Israel as a fair start.', 'SUPPORT')).toEqual([['Israel']]);
  });
});

describe('a thing named with its maker hyphenated to a participle', () => {
  it('is the maker\'s: rejecting "the Turkey-proposed truce" is aimed at Turkey', () => {
    expect(partiesOf('Greece rejected the Turkey-proposed truce.', 'REJECT', 'recipient')).toEqual([['Turkey']]);
    expect(partiesOf('Hamas accepted an Israel-drafted plan on Friday.', 'AGREE', 'recipient')).toEqual([['Israel']]);
  });
});

describe('parties told around the doer', () => {
  it('reads "X, whose troops fought" as X\'s troops, and who fights "alongside" the doer as a doer too', () => {
    expect(partiesOf('Turkey, whose troops fought alongside Greece in that war, stayed out of the talks.', 'ASSAULT', 'actor')).toEqual([['Turkey', 'Greece']]);
    expect(partiesOf('Turkey, whose troops fought alongside Greece in that war, stayed out of the talks.', 'ASSAULT', 'recipient')).toEqual([[]]);
  });
});

describe('an act told as the manner of another', () => {
  it('reads "wounded two soldiers in a bomb attack" as the attack of the one who wounded, aimed at the one wounded', () => {
    expect(partiesOf('Turkish guerrillas wounded two Greek soldiers in a bomb attack on Sunday.', 'ASSAULT', 'actor')).toEqual([['Turkey']]);
    expect(partiesOf('Turkish guerrillas wounded two Greek soldiers in a bomb attack on Sunday.', 'ASSAULT', 'recipient')).toEqual([['Greece']]);
  });
});

describe('a phrase that hangs on the means of a verb', () => {
  it('"spoke by phone with X": the party of the "with" phrase, not a side inferred from the report', () => {
    const text = 'Hamas rejected the plan. Olaf Scholz spoke by phone with Emmanuel Macron on Sunday.';
    expect(partiesOf(text, 'CONSULT', 'actor')).toEqual([['Olaf Scholz', 'Emmanuel Macron']]);
  });
});

describe('a team noun in a reported clause', () => {
  it('"X said the delegation was ready to sign": the speaker\'s team, so the speaker acts', () => {
    expect(partiesOf('Olaf Scholz said the delegation was ready to sign the deal with Greece.', 'AGREE', 'actor')).toEqual([['Olaf Scholz']]);
  });
});
