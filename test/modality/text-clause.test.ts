import { describe, expect, it } from 'vitest';
import { clauseEndAt, clauseStart } from '../../src/modality/text-clause.js';

describe('clauseStart with an opening subordinate clause', () => {
  it('starts the main clause after the comma that closes "Although ..."', () => {
    const s = 'Although talks have not resumed, Kyiv welcomed the offer.';
    expect(s.slice(clauseStart(s, s.indexOf('welcomed')))).toBe(' Kyiv welcomed the offer.');
  });
});

describe('clauseEndAt', () => {
  it('ends the clause at the next boundary after the offset', () => {
    const s = 'The envoys met in Doha on Monday, but the talks broke down.';
    expect(s.slice(0, clauseEndAt(s, s.indexOf('met')))).toBe('The envoys met in Doha on Monday');
  });
});
