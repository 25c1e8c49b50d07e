// Shallow-syntax gaps (issue 8): "where"/"in which" relatives and "made clear that", "has been clear that" as
// reported speech.
import { describe, expect, it } from 'vitest';
import type { SentenceSyntax } from '../../src/syntax/index.js';
import { chunkText, syntax, verb } from '../helpers/syntax.js';
const clauseOfWord = (x: SentenceSyntax, word: string) => x.clauses[x.clauseOf[x.tokens.findIndex((t) => t.lower === word)]];

describe('a "where" or "in which" relative', () => {
  it('opens a relative clause on the place before it and lends it no subject', () => {
    const x = syntax('The envoys flew to Oslo, where the rebels signed the accord.', ['Oslo']);
    expect(clauseOfWord(x, 'signed').kind).toBe('relative');
    expect(clauseOfWord(x, 'signed').cue).toBe('where');
    expect(chunkText(x, verb(x, 'signed').subject)).toBe('the rebels');
  });
  it('is skipped over by the main verb after it', () => {
    const x = syntax('The hall, in which the envoys met on Monday, was shelled overnight.');
    expect(clauseOfWord(x, 'met').cue).toBe('in which');
    expect(chunkText(x, verb(x, 'met').subject)).toBe('the envoys');
    expect(chunkText(x, verb(x, 'shelled').subject)).toBe('The hall');
  });
  it('leaves a question word after a verb alone', () => {
    const x = syntax('The minister asked where the talks would resume.');
    expect(clauseOfWord(x, 'resume').kind).not.toBe('relative');
  });
});

describe('"made clear that" is reported speech', () => {
  it('opens a reported clause after "made clear" and "made it plain"', () => {
    expect(clauseOfWord(syntax('The premier made clear that the army would stay.'), 'stay').kind).toBe('reported');
    expect(clauseOfWord(syntax('The premier made it plain that the army would stay.'), 'stay').kind).toBe('reported');
  });
  it('opens one after "has been clear", but not after an impersonal "it is clear"', () => {
    expect(clauseOfWord(syntax('The president has been clear that the blockade must end.'), 'end').kind).toBe('reported');
    expect(clauseOfWord(syntax('It is clear that the blockade must end.'), 'end').kind).not.toBe('reported');
  });
});

describe('a speech act told by a participle after a reported clause', () => {
  it('is done by whoever reported the clause, not by the clause\'s subject', () => {
    const x = syntax('The minister said the talks had failed, blaming Greece for the collapse.', ['Greece']);
    expect(chunkText(x, verb(x, 'blaming').subject)).toBe('The minister');
    const y = syntax('The envoy told reporters that the fighters had returned home, urging Ankara to pass an amnesty.', ['Ankara']);
    expect(chunkText(y, verb(y, 'urging').subject)).toBe('The envoy');
  });
  it('leaves an act that is no speech with the reported clause\'s subject', () => {
    const x = syntax('The minister said the rebels had shelled the port, killing three workers.');
    expect(chunkText(x, verb(x, 'killing').subject)).toBe('the rebels');
  });
});

describe('"since" inside a perfect verb group', () => {
  it('is an adverb after a form of "have", not a subordinator', () => {
    const x = syntax('The rebels have since agreed to the plan.');
    expect(x.clauses).toHaveLength(1);
    expect(chunkText(x, verb(x, 'agreed').subject)).toBe('The rebels');
  });
  it('still opens a clause after a main verb', () => {
    expect(clauseOfWord(syntax('Talks have been frozen since the war began.'), 'began').cue).toBe('since');
  });
});

describe('an apposition after a name a subordinator opens', () => {
  it('renames the name ("after Rwanda, its ally, signed")', () => {
    const x = syntax('The rebels walked out after Rwanda, its ally, signed the accord.', ['Rwanda']);
    expect(chunkText(x, verb(x, 'signed').subject)).toBe('Rwanda');
  });
  it('leaves a time phrase a subordinator opens alone ("after the talks, the envoy, ...")', () => {
    const x = syntax('After the talks, the envoy, a veteran diplomat, said nothing.');
    expect(chunkText(x, verb(x, 'said').subject)).toBe('the envoy');
  });
});

describe('", and" with a subject and its verb after a goal clause', () => {
  it('ends the goal clause: the new clause is not part of the goal, and its subject is its own', () => {
    const x = syntax('Ruto flew to Addis Ababa to attend a summit with Abiy Ahmed, and Kenyan troops have crossed into Somalia.',
      ['Ruto', 'Addis Ababa', 'Abiy Ahmed', 'Kenyan', 'Somalia']);
    expect(clauseOfWord(x, 'crossed').kind).toBe('coordinated');
    expect(clauseOfWord(x, 'crossed').parent).toBe(0);
    expect(chunkText(x, verb(x, 'crossed').subject)).toBe('Kenyan troops');
  });
  it('leaves ", and" before a second verb of the goal alone', () => {
    const x = syntax('Ruto flew to Addis Ababa to meet Abiy Ahmed, and sign the accord.', ['Ruto', 'Addis Ababa', 'Abiy Ahmed']);
    expect(clauseOfWord(x, 'sign').kind).not.toBe('main');
  });
});

describe('a bare past participle right after a verb\'s object', () => {
  it('is a reduced relative: passive, its noun the one acted on ("release 40 soldiers detained in Juba")', () => {
    const x = syntax('Uganda agreed to release 40 Kenyan soldiers detained in Kampala since May.', ['Uganda', 'Kenyan', 'Kampala']);
    expect(verb(x, 'detained').passive).toBe(true);
    expect(chunkText(x, verb(x, 'detained').subject)).toBe('40 Kenyan soldiers');
  });
  it('stays active after a verb of saying, or with an object or a that-clause of its own', () => {
    expect(verb(syntax('The envoy, saying Kenya agreed that the truce held, left.', ['Kenya']), 'agreed').passive).toBe(false);
    expect(verb(syntax('Witnesses saw the militia attacked the town at dawn.', []), 'attacked').passive).toBe(false);
  });
});

describe('a determiner phrase after "deny"', () => {
  it('is the object when no verb follows it ("denied the charge and blamed X")', () => {
    const x = syntax('Sudan denied the accusation and blamed Chad for the raids.', ['Sudan', 'Chad']);
    expect(clauseOfWord(x, 'accusation').kind).toBe('main');
    expect(chunkText(x, verb(x, 'blamed').subject)).toBe('Sudan');
  });
  it('still opens a reported clause with a verb of its own ("denied the army had fired")', () => {
    const x = syntax('Sudan denied the army had fired on the convoy.', ['Sudan']);
    expect(clauseOfWord(x, 'fired').kind).toBe('reported');
  });
});

describe('a bare past participle with prepositional phrases after the subject', () => {
  it('leaves the noun before it the subject of the clause\'s verb ("fighters linked to X attacked")', () => {
    const x = syntax('Gunmen linked to the rebels attacked a convoy near the border.', []);
    expect(chunkText(x, verb(x, 'attacked').subject)).toBe('Gunmen');
    const owned = syntax("Gunmen linked to the army's old guard attacked a convoy.", []);
    expect(chunkText(owned, verb(owned, 'attacked').subject)).toBe('Gunmen');
  });
});

describe('the by-agent of a passive', () => {
  it('is not the agent of a participle between the verb and "by" ("was reached at a meeting hosted by X")', () => {
    const x = syntax('The truce was reached at a meeting hosted by Ghana on Friday.', ['Ghana']);
    expect(verb(x, 'reached').agent).toBeNull();
    expect(chunkText(x, verb(x, 'hosted').agent)).toBe('Ghana');
    const signed = syntax('The truce was signed by Ghana on Friday.', ['Ghana']);
    expect(chunkText(signed, verb(signed, 'signed').agent)).toBe('Ghana');
  });
});

describe('"who" after an "of" phrase', () => {
  it('is about the noun the phrase hangs on when the phrase names nobody ("the Chiefs of Staff, who")', () => {
    const x = syntax("The drill ended, said Kenya's Chief of Defence Forces, who praised the troops.", ['Kenya']);
    expect(chunkText(x, verb(x, 'praised').subject)).toBe('Chief');
  });
  it('stays with a named "of" object ("the leader of Hamas, who")', () => {
    const x = syntax('The plan reached the sister of Kim Jong Un, who rejected it.', ['Kim Jong Un']);
    expect(chunkText(x, verb(x, 'rejected').subject)).toBe('Kim Jong Un');
  });
});

describe('a possessed phrase between commas after a name', () => {
  it('renames the name, so the possessor is not the subject ("Pakistan, China\'s close ally, criticised")', () => {
    const x = syntax('Chad, Sudan\'s western neighbour, condemned the raid.', ['Chad', 'Sudan']);
    expect(chunkText(x, verb(x, 'condemned').subject)).toBe('Chad');
  });
  it('renames the name also with a short phrase on the possessed noun ("Chad, the AU\'s mediator for the region, met")', () => {
    const x = syntax('Chad, the AU\'s mediator for the region, met the rebels.', ['Chad', 'AU']);
    expect(chunkText(x, verb(x, 'met').subject)).toBe('Chad');
  });
  it('leaves a list with a possessed member alone ("Chad, Sudan\'s army and the AU")', () => {
    const x = syntax('Chad, Sudan\'s army and the AU, all of them, signed.', ['Chad', 'Sudan', 'AU']);
    expect(x.chunks.some((c) => c.appositionOf !== null && chunkText(x, c.index) === 'army')).toBe(false);
  });
});

describe('"warned X not to “V …”"', () => {
  it('reads the verb after "not to" and an opening quotation mark as the infinitive X is warned against', () => {
    const x = syntax('The minister warned Greece not to “wreck the fragile progress” of the talks.', ['Greece']);
    expect(chunkText(x, verb(x, 'warned').object)).toBe('Greece');
    expect(clauseOfWord(x, 'wreck').kind).toBe('infinitive');
    expect(chunkText(x, verb(x, 'wreck').subject)).toBe('Greece');
  });
  it('retags a word of two readings after "not to" as the verb', () => {
    const x = syntax('Cuba urged Colombia not to veto the resolution.', ['Cuba', 'Colombia']);
    expect(x.tokens.find((t) => t.lower === 'veto')?.pos).toBe('VERB');
  });
});

describe('tags wink gets wrong around names and prepositions', () => {
  const tagOf = (text: string, word: string, names: string[] = []) => syntax(text, names).tokens.find((t) => t.lower === word)?.pos;
  it('reads an -s word right after a name that opens its clause, before an article or name, as the verb', () => {
    expect(tagOf('Russia demands a withdrawal from the region.', 'demands', ['Russia'])).toBe('VERB');
    expect(chunkText(syntax('Russia demands a withdrawal.', ['Russia']), verb(syntax('Russia demands a withdrawal.', ['Russia']), 'demands').object)).toBe('a withdrawal');
  });
  it('leaves the noun of a name\'s phrase alone ("the Russia talks this week", "US envoys Steve Witkoff")', () => {
    expect(tagOf('The Russia talks this week ended early.', 'talks', ['Russia'])).toBe('NOUN');
    expect(tagOf('Putin met US envoys Steve Witkoff and Jared Kushner.', 'envoys', ['US'])).not.toBe('VERB');
    expect(tagOf('Gaza talks that began in March stalled.', 'talks', ['Gaza'])).not.toBe('VERB');
  });
  it('reads a bare past participle between a preposition and a noun as a modifier', () => {
    const x = syntax('Moscow wants a withdrawal from annexed territories.', ['Moscow']);
    expect(x.verbs.some((v) => x.tokens[v.head].lower === 'annexed')).toBe(false);
    expect(tagOf('The convoy was stopped by armed men.', 'stopped')).toBe('VERB');
  });
});

describe('a participle wink reads as an adjective after "be" and before "by"', () => {
  it('is the passive verb, with its by-agent', () => {
    const x = syntax('The talks were mediated by the African Union.', ['African Union']);
    const v = verb(x, 'mediated');
    expect(v.passive).toBe(true);
    expect(chunkText(x, v.agent)).toBe('the African Union');
  });
  it('leaves a predicate adjective alone', () => {
    expect(syntax('The delegates were tired after the talks.').verbs.some((v) => v.passive)).toBe(false);
  });
});

describe('a denied infinitive', () => {
  it('completes its verb even with a time phrase between ("agreed on Thursday not to use force")', () => {
    expect(clauseOfWord(syntax('The two presidents agreed on Thursday not to use force.'), 'use').kind).toBe('infinitive');
    expect(clauseOfWord(syntax('The envoys left early in order not to miss the flight.'), 'miss').kind).toBe('purpose');
  });
});

describe('lists and second predicates', () => {
  it('reads "including" between nouns as opening a list, so the verb after it keeps the subject before it', () => {
    const x = syntax('Turkish jets including two drones struck the depot.', ['Turkish']);
    expect(chunkText(x, verb(x, 'struck').subject)).toBe('Turkish jets');
  });
  it('reads "but" before a verb as joining a second predicate of the same subject', () => {
    const x = syntax('The two sides held talks in Doha (Qatar), but have yet to reach a deal.', ['Doha', 'Qatar']);
    expect(chunkText(x, verb(x, 'have').subject)).toBe('The two sides');
  });
});

describe('a participle between the subject and its verb', () => {
  it('is looked through: "officials overseeing the talks said", "jets using guided bombs struck"', () => {
    const x = syntax('Officials overseeing the talks said the deal was close.');
    expect(chunkText(x, verb(x, 'said').subject)).toBe('Officials');
    const y = syntax('Turkish jets using laser guided bombs struck the depot.', ['Turkish']);
    expect(chunkText(y, verb(y, 'struck').subject)).toBe('Turkish jets');
  });
  it('keeps an auxiliary and its verb one group across an opening quotation mark (\'had "made concessions"\')', () => {
    const x = syntax('Barzani said the region had "made painful concessions" and urged Baghdad to pay.', ['Barzani', 'Baghdad']);
    expect(chunkText(x, verb(x, 'made').subject)).toBe('the region');
  });
  it('lends the subject across a participle with no object of its own ("aid agencies working in Darfur said")', () => {
    const x = syntax('Aid agencies working in Darfur said the convoy was stopped.', ['Darfur']);
    expect(chunkText(x, verb(x, 'said').subject)).toBe('Aid agencies');
  });
  it('leaves a past verb after a name as the clause verb ("the US recommended Kyiv not seek")', () => {
    const x = syntax('It was reported that the US recommended Kyiv not seek a pause.', ['US', 'Kyiv']);
    expect(chunkText(x, verb(x, 'seek').subject)).toBe('Kyiv');
  });
  it('reads "Acting" before a title as part of the title', () => {
    const x = syntax('Thai Acting Prime Minister Anna Kowalczyk committed to the truce.');
    expect(x.verbs.map((v) => x.tokens[v.head].lower)).toEqual(['committed']);
  });
});

describe('"following" before a noun phrase', () => {
  it('is the preposition "after", so the participle after it hangs on the main verb', () => {
    const x = syntax('The bloc issued a statement following the talks, urging calm.');
    expect(x.tokens.find((t) => t.lower === 'following')?.pos).toBe('ADP');
    expect(chunkText(x, verb(x, 'urging').subject)).toBe('The bloc');
  });
  it('stays a verb after a form of "be"', () => {
    expect(syntax('The envoys are following the talks closely.').tokens.find((t) => t.lower === 'following')?.pos).toBe('VERB');
  });
});

describe('a short name in brackets', () => {
  it('renames the party before it, so the verb\'s subject is that party and its coordination holds', () => {
    const x = syntax('Iraq and the Kurdistan Regional Government (KRG) agreed to resume exports.', ['Iraq', 'Kurdistan Regional Government', 'KRG']);
    const subject = verb(x, 'agreed').subject;
    expect(chunkText(x, subject)).toBe('the Kurdistan Regional Government');
    expect(x.chunks[subject!].coordination).toBe(x.chunks.find((c) => chunkText(x, c.index) === 'Iraq')!.coordination);
  });
});

describe('an inverted condition', () => {
  it('opens a conditional clause at an auxiliary before its subject ("could have collapsed had Kenya insisted")', () => {
    const x = syntax('The deal could have collapsed had Kenya insisted on a base.', ['Kenya']);
    expect(clauseOfWord(x, 'insisted').kind).toBe('conditional');
    expect(clauseOfWord(x, 'collapsed').kind).toBe('main');
    const y = syntax('Had the deal not been reached, Kenya would have left.', ['Kenya']);
    expect(clauseOfWord(y, 'reached').kind).toBe('conditional');
    expect(clauseOfWord(y, 'left').kind).toBe('main');
  });
  it('leaves a past perfect as it is ("Kenya had insisted on a base")', () => {
    const x = syntax('Kenya had insisted on a base.', ['Kenya']);
    expect(clauseOfWord(x, 'insisted').kind).toBe('main');
  });
});

describe('a date word before a name', () => {
  it('ends the date phrase: "In January Ethiopia signed" has Ethiopia as its subject', () => {
    const x = syntax('In January Ethiopia signed a deal.', ['Ethiopia']);
    expect(chunkText(x, verb(x, 'signed').subject)).toBe('Ethiopia');
  });
});

describe('a renaming phrase with an "of" phrase', () => {
  it('is an apposition: "the United States, a treaty ally of the Philippines, welcomed" has the United States as subject', () => {
    const x = syntax('The United States, a treaty ally of the Philippines, welcomed the deal.', ['United States', 'Philippines']);
    expect(chunkText(x, verb(x, 'welcomed').subject)).toBe('The United States');
  });
});
