// Readings the event rules share (src/events/rule-readings.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { genericDeals } from '../../src/events/rule-readings.js';
import { syntax } from '../helpers/syntax.js';

const at = (x: ReturnType<typeof syntax>, word: string) => x.tokens.findIndex((t) => t.lower === word);

describe('deals counted, not one agreement', () => {
  it('reads a plural deal noun after a word of other or many deals', () => {
    const x = syntax('Despite numerous truces, the fighting went on.');
    expect(genericDeals(x, at(x, 'truces'), at(x, 'truces') + 1)).toBe(true);
    const y = syntax('Unlike other accords, this one held.');
    expect(genericDeals(y, at(y, 'accords'), at(y, 'accords') + 1)).toBe(true);
  });
  it('reads one agreement when no such word comes before it, or the noun is singular', () => {
    const x = syntax('The accords signed in Lusaka held.');
    expect(genericDeals(x, at(x, 'accords'), at(x, 'accords') + 1)).toBe(false);
    const y = syntax('Another accord was signed in Lusaka.');
    expect(genericDeals(y, at(y, 'accord'), at(y, 'accord') + 1)).toBe(false);
  });
});
