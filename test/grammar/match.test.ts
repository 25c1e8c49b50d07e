import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { synTokens } from '../../src/syntax/tokens.js';
import { Grammar } from '../../src/grammar/match.js';
import { compilePattern } from '../../src/grammar/compile.js';

const tokens = (text: string) => synTokens(analyze(text).sentences[0], null);
function run(match: string, text: string) {
  const ts = tokens(text);
  return new Grammar([{ id: 'r', match }]).matchAll(ts).map((m) => ts.slice(m.triggerStart, m.triggerEnd).map((t) => t.text).join(' '));
}

describe('token match language', () => {
  it('matches lemmas, so one word covers its forms', () => {
    expect(run('[withdraw] .{0,3} troop', 'The army withdrew its last troops.')).toEqual(['withdrew']);
    expect(run('[withdraw] .{0,3} troop', 'They are withdrawing the troops.')).toEqual(['withdrawing']);
  });
  it('keeps gaps bounded', () => {
    expect(run('withdraw .{0,1} troop', 'The army withdrew its last remaining troops.')).toEqual([]);
  });
  it('matches exact forms, POS tags, alternatives, options and negation', () => {
    expect(run('=talks', 'The talk ended. ')).toEqual([]);
    expect(run('(lift|ease) #DET? (siege|blockade)', 'They lifted the siege.')).toEqual(['lifted the siege']);
    expect(run('[call] !(for|on)', 'She called for calm.')).toEqual([]);
    expect(run('[call] !(for|on)', 'She called him.')).toEqual(['called']);
  });
  it('matches a word with one of several tags', () => {
    // A capitalised noun opening a sentence is often tagged as a name.
    expect(run('[(clash|clashes)#(NOUN|PROPN)]', 'Clashes erupted at dawn.')).toEqual(['Clashes']);
    expect(run('[(clash|clashes)#(NOUN|PROPN)]', 'Kenya clashed with Somalia.')).toEqual([]);
  });
  it('indexes a rule by the words it needs', () => {
    expect(compilePattern('#DET? (siege|blockade) lift').needs).toEqual(['lift']);
    expect(compilePattern('#VERB .{0,2} #NOUN').needs).toBeNull();
  });
  it('refuses a malformed pattern with the rule id', () => {
    expect(() => new Grammar([{ id: 'bad.rule', match: '(a|b' }])).toThrow(/bad\.rule/);
    expect(() => new Grammar([{ id: 'bad.kind', match: '@planet' }])).toThrow(/bad\.kind/);
  });
});

describe('mayMatch', () => {
  const grammar = new Grammar([{ id: 'w', match: '[withdraw] .{0,3} troop' }, { id: 'c', match: '[ceasefire#NOUN]' }]);
  const wink = (text: string) => analyze(text).sentences[0].tokens;
  it('is true when a key word occurs, by its form or its lemma, whatever the tags', () => {
    expect(grammar.mayMatch(wink('The army withdrew its last troops.'))).toBe(true);
    expect(grammar.mayMatch(wink('A ceasefire was never on the table.'))).toBe(true);
  });
  it('is false only where matchAll finds nothing', () => {
    const text = 'The envoys flew home after lunch.';
    expect(grammar.mayMatch(wink(text))).toBe(false);
    expect(grammar.matchAll(tokens(text))).toEqual([]);
  });
  it('is always true for a grammar with a rule that needs no key word', () => {
    expect(new Grammar([{ id: 'any', match: '#PROPN' }]).mayMatch(wink('The envoys flew home.'))).toBe(true);
  });
});
