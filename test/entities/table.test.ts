// The entity table: how later mentions of an unknown person join the one entity.
import { describe, expect, it } from 'vitest';
import { persons, run } from './helpers.js';

describe('entity table', () => {
  it('a full name after a bare titled surname ("President Tembo", then "Jacob Tembo") is the same person', () => {
    const text = 'President Tembo hosts rebel leaders\n\nLUSAKA - President Jacob Tembo on Monday met rebel leaders. Tembo said the talks went well.';
    expect(persons(run(text))).toEqual(['Jacob Tembo']);
  });

  it('two different full names with one surname stay two people', () => {
    const text = 'Foreign Minister Jacob Tembo met Defence Minister Mary Tembo on Monday.';
    expect(persons(run(text))).toEqual(['Jacob Tembo', 'Mary Tembo']);
  });
});
