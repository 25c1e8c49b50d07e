// How far a condition that opens the sentence reaches (src/events/clause.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { conditionalReach } from '../../src/events/clause.js';
import { syntax } from '../helpers/syntax.js';

const at = (x: ReturnType<typeof syntax>, word: string) => x.tokens.findIndex((t) => t.lower === word);

describe('the reach of an opening condition', () => {
  it('reaches every later trigger of the sentence, past opening quotation marks', () => {
    const x = syntax('If the truce holds, the two armies will withdraw and exchange prisoners.');
    expect(conditionalReach(x, at(x, 'exchange'), 9)).toBe(0);
    const q = syntax('“Should the talks fail, we will resume the offensive,” he said.');
    expect(conditionalReach(q, at(q, 'resume'), 7)).toBe(0);
  });
  it('keeps the clause start where no condition opens the sentence, or a semicolon ends it', () => {
    const x = syntax('The armies will withdraw if the truce holds.');
    expect(conditionalReach(x, at(x, 'withdraw'), 0)).toBe(0);
    expect(conditionalReach(x, at(x, 'holds'), 5)).toBe(5);
    const y = syntax('If the truce holds, aid will flow; the armies will withdraw.');
    expect(conditionalReach(y, at(y, 'withdraw'), 9)).toBe(9);
  });
});
