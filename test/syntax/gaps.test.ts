// Shallow-syntax gaps (issue 8): "where"/"in which" relatives and "made clear that", "has been clear that" as
// reported speech.
import { describe, expect, it } from 'vitest';
import type { EntityIndex, Mention } from '../../src/context.js';
import { analyze } from '../../src/nlp/wink.js';
import type { Entity } from '../../src/record.js';
import { buildSyntax, type SentenceSyntax } from '../../src/syntax/index.js';

function indexFor(text: string, names: string[]): EntityIndex {
  const entities: Entity[] = names.map((n) => ({ id: n, name: n, kind: 'state', country: null, office: null, mentions: [], rule: 'test' }));
  const mentions: Mention[] = [];
  for (const n of names) for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) mentions.push({ entity: n, span: [at, at + n.length], via: 'name' });
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  return {
    entities, mentions, byId: (id) => entities.find((e) => e.id === id),
    mentionsIn: (s, e) => mentions.filter((m) => m.span[0] >= s && m.span[1] <= e), mentionAt: () => undefined, lastPersonBefore: () => undefined,
  };
}

function syntax(text: string, names: string[] = []): SentenceSyntax {
  return buildSyntax(analyze(text).sentences[0], names.length ? indexFor(text, names) : null);
}
const chunkText = (x: SentenceSyntax, c: number | null) => (c === null ? null : x.tokens.slice(x.chunks[c].start, x.chunks[c].end).map((t) => t.text).join(' '));
const verb = (x: SentenceSyntax, word: string) => x.verbs.find((v) => x.tokens[v.head].lower === word)!;
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
