import { describe, expect, it } from 'vitest';
import { findLineDate } from '../../src/clean/line-date.js';

describe('findLineDate', () => {
  const cases: [string, string, string][] = [
    ['Anchorage, Alaska, August 16 , 2025', 'August 16 , 2025', '2025-08-16'],
    ['Mon Dec 29 05:30:00 UTC 2025: News Article:', 'Mon Dec 29 05:30:00 UTC 2025', '2025-12-29'],
    ['Fri 05 December 2025:', 'Fri 05 December 2025', '2025-12-05'],
    ['10:09 26.11.2025', '10:09 26.11.2025', '2025-11-26'],
    ['Published: May 9, 2025 at 9:00 PM IST', 'May 9, 2025 at 9:00 PM IST', '2025-05-09'],
    ['Updated on October 13, 2025, at 11:44 pm EST', 'October 13, 2025, at 11:44 pm EST', '2025-10-13'],
    ['filed 2026-01-03', '2026-01-03', '2026-01-03'],
  ];
  for (const [line, found, iso] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const d = findLineDate(line);
      expect(d?.iso).toBe(iso);
      expect(line.slice(d!.index, d!.index + d!.length)).toBe(found);
    });
  }

  it('needs day, month and year, and a real calendar date', () => {
    for (const s of ['Dec 28', 'December 2025', 'Feb 30, 2025', '31.04.2025', 'in 2025 talks', 'March on, 2025']) {
      expect(findLineDate(s)).toBeNull();
    }
  });
});
