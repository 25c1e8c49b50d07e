import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateShapes, isDateOption } from '../../src/read/dates.js';

describe('isDateOption', () => {
  it('takes real days, and months or years where the option allows them', () => {
    expect(isDateOption('2024-02-29')).toBe(true);
    expect(isDateOption('2025-10', 'month')).toBe(true);
    expect(isDateOption('2025', 'year')).toBe(true);
  });

  it.each([
    ['2025-13-45', 'year'], ['2025-02-29', 'year'], ['2025-04-31', 'day'], ['2025-00-10', 'day'], ['2025-13', 'month'], ['2025-00', 'year'],
    ['2025-10', 'day'], ['2025', 'month'], ['2025-1-5', 'year'], ['yesterday', 'year'], ['', 'year'], ['2025-10-06T00:00', 'day'],
  ] as const)('refuses %s (coarsest %s)', (v, coarsest) => {
    expect(isDateOption(v, coarsest)).toBe(false);
  });

  it('agrees with the calendar on every day, month and year', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const pad = (n: number) => String(n).padStart(2, '0');
      const day = `${y}-${pad(m)}-${pad(d)}`;
      const real = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
      expect(isDateOption(day)).toBe(real);
      expect(isDateOption(`${y}-${pad(m)}`, 'month')).toBe(m >= 1 && m <= 12);
    }));
  });

  it('names the shapes an option takes', () => {
    expect(dateShapes('day')).toBe('YYYY-MM-DD');
    expect(dateShapes('year')).toBe('YYYY-MM-DD, YYYY-MM or YYYY');
  });
});
