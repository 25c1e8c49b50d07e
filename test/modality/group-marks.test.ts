import { describe, expect, it } from 'vitest';
import { deniedThat, groupReading } from '../../src/modality/group-marks.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';

const syntaxOf = (sentence: string) => buildSyntax(analyze(sentence).sentences[0], null);

// The mark of the verb group whose head is `verb`.
function markOf(sentence: string, verb: string): string | null {
  const x = syntaxOf(sentence);
  const v = x.verbs.find((g) => x.tokens[g.head].lower === verb)!;
  return groupReading(x, v)?.cue ?? null;
}

describe('groupReading', () => {
  it('reads negation, a future modal, a going-to future and another modal', () => {
    expect(markOf('Baku did not sign the protocol.', 'sign')).toBe('scope.verb-negated');
    expect(markOf('The envoys will travel to Tashkent.', 'travel')).toBe('scope.modal(will)');
    expect(markOf('Pristina is going to recognise the ruling.', 'going')).toBe('scope.going-to');
    expect(markOf('Lima might recall its ambassador.', 'recall')).toBe('scope.modal(might)');
  });
  it('reads a reported "would" of an agent as future, of a plan as hypothetical, and "would have" as hypothetical', () => {
    expect(markOf('The junta said it would free the detainees.', 'free')).toBe('scope.reported-would');
    expect(markOf('Diplomats said the plan would require elections.', 'require')).toBe('scope.modal(would)');
    expect(markOf('Seoul would have joined the talks.', 'joined')).toBe('scope.would-have');
  });
  it('reads nothing on a plain past verb', () => {
    expect(markOf('Quito recalled its ambassador.', 'recalled')).toBeNull();
  });
});

describe('deniedThat', () => {
  it('reads a "that" clause on a denied noun', () => {
    const x = syntaxOf('There is no sign that Caracas will accept the offer.');
    expect(deniedThat(x, x.clauseOf[x.tokens.findIndex((t) => t.lower === 'accept')])).toBe(true);
    const y = syntaxOf('There is a sign that Caracas will accept the offer.');
    expect(deniedThat(y, y.clauseOf[y.tokens.findIndex((t) => t.lower === 'accept')])).toBe(false);
  });
});
