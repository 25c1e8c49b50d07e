import { describe, expect, it } from 'vitest';
import { deniedBelief, deniedThat, groupReading } from '../../src/modality/group-marks.js';
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
  it('reads a negator or "without" right before a group the syntax left it out of', () => {
    expect(markOf('Mediators advised Khartoum not seek a pause in the fighting.', 'seek')).toBe('scope.negator-before(not)');
    expect(markOf('The round in Juba closed without producing a text.', 'producing')).toBe('scope.denying-prep(without)');
    expect(markOf('The round in Juba closed after producing a text.', 'producing')).toBeNull();
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

describe('deniedBelief', () => {
  const clauseOfWord = (sentence: string, word: string) => {
    const x = syntaxOf(sentence);
    return deniedBelief(x, x.clauseOf[x.tokens.findIndex((t) => t.lower === word)]);
  };
  it('denies what a denied verb of belief takes', () => {
    expect(clauseOfWord('I do not believe the rebels attacked the convoy.', 'attacked')).toBe(true);
    expect(clauseOfWord('Tbilisi does not think that Moscow will withdraw its troops.', 'withdraw')).toBe(true);
  });
  it('leaves a denied saying, and a belief that is not denied', () => {
    expect(clauseOfWord('The ministry did not say the rebels attacked the convoy.', 'attacked')).toBe(false);
    expect(clauseOfWord('I believe the rebels attacked the convoy.', 'attacked')).toBe(false);
  });
  it('denies what a verb of denial\'s clause says, unless the denial is itself denied', () => {
    expect(clauseOfWord('Kyiv denied that its troops had attacked the village.', 'attacked')).toBe(true);
    expect(clauseOfWord('Kyiv did not deny that its troops had attacked the village.', 'attacked')).toBe(false);
  });
});
