import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax, type SentenceSyntax } from '../../src/syntax/index.js';

function syntax(text: string): SentenceSyntax {
  return buildSyntax(analyze(text).sentences[0], null);
}
const words = (x: SentenceSyntax, start: number, end: number) => x.tokens.slice(start, end).map((t) => t.text).join(' ');
const chunkText = (x: SentenceSyntax, c: number | null) => (c === null ? null : words(x, x.chunks[c].start, x.chunks[c].end));
const verb = (x: SentenceSyntax, word: string) => x.verbs.find((v) => x.tokens[v.head].lower === word)!;

describe('shallow syntax', () => {
  it('finds a verb group with its subject and object', () => {
    const x = syntax('The rebel army seized the airport on Monday.');
    const v = verb(x, 'seized');
    expect(chunkText(x, v.subject)).toBe('The rebel army');
    expect(chunkText(x, v.object)).toBe('the airport');
    expect(v.tense).toBe('past');
  });

  it('takes the determiner phrase after a venue as the object ("received at the palace the president")', () => {
    const x = syntax('Ghana on Monday received at Jubilee House the president of Togo.');
    expect(chunkText(x, verb(x, 'received').object)).toBe('the president');
    expect(x.chunks.some((c) => words(x, c.start, c.end) === 'Jubilee House')).toBe(true);
  });

  it('reads the word after a modal as its verb, even where the tagger has an adjective or a noun', () => {
    const x = syntax('The rebels said they would free 300 prisoners and will release more later.');
    expect(verb(x, 'free')?.modal).toBe('would');
    expect(chunkText(x, verb(x, 'free').object)).toBe('300 prisoners');
  });

  it('keeps an inverted modal\'s subject a noun ("should talks fail")', () => {
    const x = syntax('The army will advance should talks fail this week.');
    expect(x.verbs.some((v) => x.tokens[v.head].lower === 'talks')).toBe(false);
  });

  it('keeps a fraction inside its noun phrase ("Kenya\u2019s 2½-year mission")', () => {
    const x = syntax('Somalia praised Kenya’s 2½-year mission in the south.');
    const c = x.chunks.find((k) => x.tokens[k.head].lower === 'mission')!;
    expect(words(x, c.start, c.end)).toBe('2 ½ - year mission');
    expect(c.possessor).not.toBeNull();
  });

  it('reads an adjective closing a determiner\'s phrase as its head noun ("launched an offensive")', () => {
    const x = syntax('The rebels launched an offensive in the north and a new one near the coast.');
    expect(chunkText(x, verb(x, 'launched').object)).toBe('an offensive');
    // Before a noun it stays the noun's modifier.
    const y = syntax('The rebels bought offensive weapons and an armoured vehicle.');
    expect(y.tokens.find((t) => t.lower === 'offensive')?.pos).toBe('ADJ');
  });

  it('reads "the internationally recognised government" as one noun phrase, its possessor kept', () => {
    const x = syntax("Yemen's internationally recognised government and the rebels agreed to a truce.");
    const c = x.chunks.find((k) => x.tokens[k.head].lower === 'government')!;
    expect(words(x, c.start, c.end)).toBe('internationally recognised government');
    expect(c.possessor).not.toBeNull();
    expect(x.verbs.some((v) => x.tokens[v.head].lower === 'recognised')).toBe(false);
  });

  it('gives a finite verb joined by "and" the subject of the finite verb before it, not of a gerund after "for"', () => {
    const x = syntax('The envoy thanked Oman for hosting the talks and called on the parties to free all detainees.');
    expect(chunkText(x, verb(x, 'called').subject)).toBe('The envoy');
    expect(chunkText(x, verb(x, 'hosting').subject)).toBe('Oman');
  });

  it('reads an -s word after "who"/"which", before what it takes, as the relative clause\'s verb', () => {
    const x = syntax('The envoy, who chairs the council, urged both sides to talk.');
    expect(chunkText(x, verb(x, 'chairs')?.object)).toBe('the council');
    expect(chunkText(x, verb(x, 'urged').subject)).toBe('The envoy');
  });

  it('reads the phrase before a bracketed gloss as the subject where a noun follows the gloss ("the X Front (XF) rebel group")', () => {
    const x = syntax('Envoys of the Malian government and the Azawad Liberation Front (FLA) rebel alliance are meeting in Algiers.');
    expect(chunkText(x, verb(x, 'meeting').subject)).toBe('Envoys');
  });

  it('gives the main verb the subject before a relative aside that reports something ("X, which says it is ..., criticised")', () => {
    const x = syntax('The rebel council, which says it is the only lawful authority, criticised the envoy for the visit.');
    expect(chunkText(x, verb(x, 'criticised').subject)).toBe('The rebel council');
    expect(chunkText(x, verb(x, 'is').subject)).toBe('it');
  });

  it('reads an -s word after "whose" and the noun it owns as the relative clause\'s verb, so the main verb keeps its subject', () => {
    const x = syntax('The Kenyan president, whose government hosts the talks, met the rebel leader in Nairobi.');
    expect(chunkText(x, verb(x, 'hosts')?.object)).toBe('the talks');
    expect(chunkText(x, verb(x, 'met').subject)).toBe('The Kenyan president');
  });

  it('reads an adverb-tagged word after a modal as its verb when an object follows ("could close more crossings")', () => {
    const x = syntax('The army said it could close more crossings.');
    expect(verb(x, 'close')?.modal).toBe('could');
  });

  it('reads a short parenthesis with no verb ("(ELN)") as a gloss, so the clause goes on past it', () => {
    const x = syntax('Petro suspended talks with the National Liberation Army (ELN) on Friday, accusing the group of war crimes.');
    expect(chunkText(x, verb(x, 'accusing').subject)).toBe('Petro');
    const y = syntax('The envoy met the rebels (who had asked for the meeting) on Friday.');
    expect(y.clauses.length).toBeGreaterThan(1);
  });

  it('closes a relative clause and the verbless phrase inside it at one comma ("which have served ... since 2022,")', () => {
    const x = syntax('Norway and Cuba, which have served as guarantors since 2022, said they regretted the decision.');
    expect(chunkText(x, verb(x, 'said').subject)).toBe('Cuba');
  });

  it('keeps "has long been accused" one verb group though the tagger reads "long" as an adjective', () => {
    const x = syntax('Rwanda has long been accused of backing the rebels.');
    const v = verb(x, 'accused');
    expect(v.passive).toBe(true);
    expect(chunkText(x, v.subject)).toBe('Rwanda');
  });

  it('reads modal, negation and voice', () => {
    const x = syntax('The border will not be reopened by the authorities.');
    const v = verb(x, 'reopened');
    expect(v.modal).toBe('will');
    expect(v.negated).toBe(true);
    expect(v.passive).toBe(true);
    expect(v.tense).toBe('future');
    expect(chunkText(x, v.agent)).toBe('the authorities');
  });

  it('marks a goal clause as purpose and lends it the subject', () => {
    const x = syntax('The envoys met in Oslo last week to draft a framework.');
    const v = verb(x, 'draft');
    expect(x.clauses[v.clause].kind).toBe('purpose');
    expect(chunkText(x, v.subject)).toBe('The envoys');
  });

  it('gives an infinitive after "urged X" the object as subject', () => {
    const x = syntax('The mediator urged the militia to lay down its arms.');
    const v = verb(x, 'lay');
    expect(x.clauses[v.clause].kind).toBe('infinitive');
    expect(chunkText(x, v.subject)).toBe('the militia');
  });

  it('opens conditional, reported and relative clauses', () => {
    const x = syntax('The minister said the army would pull back if the guerrillas, who have held the hills for years, disarmed.');
    const kinds = x.clauses.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['main', 'reported', 'conditional', 'relative']));
    expect(chunkText(x, verb(x, 'held').subject)).toBe('the guerrillas');
  });

  it('links possessors, coordination and the noun a preposition hangs on', () => {
    const x = syntax('The talks between the junta and the northern alliance resumed.');
    const alliance = x.chunks.find((c) => chunkText(x, c.index) === 'the northern alliance')!;
    expect(alliance.prep).toBe('between');
    expect(chunkText(x, alliance.attachedTo!.index)).toBe('The talks');
    const y = syntax("The government's offer was rejected.");
    const offer = y.chunks.find((c) => chunkText(y, c.index) === 'offer')!;
    expect(chunkText(y, offer.possessor)).toBe('The government');
  });

  it('stays linear: a very long sentence with no period is read', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `the delegation ${i % 2 ? 'met' : 'said'} officials and`).join(' ');
    // analyze() cuts a run this long into sentences of MAX_SENTENCE_CHARS; the syntax layer must be linear on its own.
    const tokens = analyze(long).sentences.flatMap((s) => s.tokens);
    const x = buildSyntax({ index: 0, start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens }, null);
    expect(x.verbs.length).toBeGreaterThan(3000);
  });
});
