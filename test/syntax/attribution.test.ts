// The syntax layer's readings of who tells a sentence (src/syntax/attribution.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { accordingTo, closingAttribution, reportedClauseOf, sayingBefore, sayingOf, speakerChunks, unnamedSource } from '../../src/syntax/attribution.js';
import { chunkText, syntax } from '../helpers/syntax.js';

const words = (x: ReturnType<typeof syntax>, [a, b]: [number, number]) => x.tokens.slice(a, b).map((t) => t.text).join(' ');
const at = (x: ReturnType<typeof syntax>, word: string) => x.tokens.findIndex((t) => t.lower === word);

describe('according to', () => {
  it('reads the source up to the next comma, phrases hanging on it included', () => {
    const x = syntax('According to a statement released by Norway, the two sides will meet again in Oslo.', ['Norway']);
    expect(words(x, accordingTo(x)!)).toBe('a statement released by Norway');
    expect(accordingTo(syntax('The two sides will meet again in Oslo.'))).toBeNull();
  });
  it('stops at a verb that hangs a place or recipient on the source, not at a by-agent', () => {
    const x = syntax('The rebels will hand back the weapons, according to a report sent to Norway.', ['Norway']);
    expect(words(x, accordingTo(x)!)).toBe('a report');
  });
});

describe('unnamed sources', () => {
  it('reads sources told by a verb of speaking, by "familiar" or after "according to"', () => {
    expect(unnamedSource(syntax('Two diplomats said the envoys would return to Doha next week.'))).toBe(true);
    expect(unnamedSource(syntax('Officials quoted by local radio said the convoy had crossed the border.'))).toBe(true);
    expect(unnamedSource(syntax('A person familiar with the talks said a draft was ready.'))).toBe(true);
    expect(unnamedSource(syntax('The ceasefire held overnight, according to three residents of the town.'))).toBe(true);
  });
  it('reads no unnamed source where the noun is no speaker', () => {
    expect(unnamedSource(syntax('The minister told officials to prepare for the talks.'))).toBe(false);
    expect(unnamedSource(syntax('Egypt said the talks would resume.', ['Egypt']))).toBe(false);
  });
});

describe('the speaker of a verb of saying', () => {
  it('reads the subject with its possessor and the phrases hanging on it', () => {
    const x = syntax("Chile's foreign ministry said Peru had agreed to talks.", ['Chile', 'Peru']);
    expect(speakerChunks(x, sayingBefore(x, x.tokens.length)!).map((c) => chunkText(x, c))).toEqual(['Chile', 'foreign ministry']);
    const y = syntax('The envoy to Sudan Kofi Mensah said the truce would hold.', ['Sudan', 'Kofi Mensah']);
    expect(speakerChunks(y, at(y, 'said')).flatMap((c) => y.chunks[c].entities)).toEqual(['Sudan', 'Kofi Mensah']);
  });
  it('lends a participle of saying the subject of the clause it hangs on', () => {
    const x = syntax('Norway issued a statement, saying Chile had agreed to talks.', ['Norway', 'Chile']);
    expect(speakerChunks(x, at(x, 'saying')).map((c) => chunkText(x, c))).toContain('Norway');
  });
  it('finds the first verb of saying before a point only when it ends before it', () => {
    const x = syntax('Chile said Peru had agreed to talks.', ['Chile', 'Peru']);
    expect(sayingBefore(x, at(x, 'agreed'))).toBe(at(x, 'said'));
    expect(sayingBefore(x, at(x, 'said'))).toBeNull();
  });
});

describe('an attribution that closes the sentence', () => {
  it('reads the words before and after its verb', () => {
    const x = syntax('Peru is ready to resume the talks, the Chilean foreign minister said on Monday.');
    const closing = closingAttribution(x, 0)!;
    expect(words(x, closing.before)).toBe('the Chilean foreign minister');
    expect(words(x, closing.after)).toBe('said on Monday');
  });
  it('reads none when a clause with a subject of its own follows the comma, or the verb is a relative clause’s', () => {
    expect(closingAttribution(syntax('Peru is ready to resume the talks, but the opposition said the vote had been rigged.'), 0)).toBeNull();
    expect(closingAttribution(syntax('Both sides signed the accord, a deal that the mediator said would end the war.'), 0)).toBeNull();
  });
  it('reads one after a clause that began before the comma', () => {
    const x = syntax('Peru sent troops to the border after the raid, the Chilean embassy said on Monday.');
    expect(words(x, closingAttribution(x, 0)!.before)).toBe('the Chilean embassy');
  });
});

describe('the verb of saying that governs a clause', () => {
  it('reads the subject of the verb of saying above a reported clause, through clauses inside it', () => {
    const x = syntax('Chile said the talks, which Peru hosted, had failed.', ['Chile', 'Peru']);
    const failed = x.verbs.find((v) => x.tokens[v.head].lower === 'failed')!;
    const reported = reportedClauseOf(x, failed.clause)!;
    expect(chunkText(x, sayingOf(x, reported)!.subject)).toBe('Chile');
    const hosted = x.verbs.find((v) => x.tokens[v.head].lower === 'hosted')!;
    expect(reportedClauseOf(x, hosted.clause)).toBe(reported);
  });
  it('passes over a participle with no subject of its own, and reads none above a clause no verb of saying governs', () => {
    const x = syntax('Chile said in a statement posted online that Peru had agreed.', ['Chile', 'Peru']);
    const agreed = x.verbs.find((v) => x.tokens[v.head].lower === 'agreed')!;
    expect(chunkText(x, sayingOf(x, reportedClauseOf(x, agreed.clause)!)!.subject)).toBe('Chile');
    const y = syntax('Chile withdrew because Peru had attacked.', ['Chile', 'Peru']);
    const attacked = y.verbs.find((v) => y.tokens[v.head].lower === 'attacked')!;
    expect(reportedClauseOf(y, attacked.clause)).toBeNull();
  });
});
