import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/resolve.js';
import { mayHoldDate } from '../../src/dates/date-words.js';

const PUB = '2026-03-14';

// Sentences each finder of findDates reads a date in: the prefilter must let every one of them through.
const DATED = [
  'The envoys met in Doha on Tuesday.',                          // chrono: weekday
  'Both ministers signed the text on 4 March.',                 // chrono: day and month
  'The border has been closed since 2019.',                      // a bare year
  'The prisoners were freed a day after the truce took effect.', // a day counted from another event
  'Shelling resumed two weeks before the talks opened.',         // weeks counted back
  'Earlier in the day, the rebels shelled the airport.',         // tied to the day of the news
  'The convoy was hit just hours earlier.',                      // hours away from another event
  'The mediators will brief the council this morning.',         // a part of today
];

describe('mayHoldDate', () => {
  it('lets through every sentence in which findDates finds a date', () => {
    for (const s of DATED) {
      expect(findDates(s, 0, PUB).length, s).toBeGreaterThan(0);
      expect(mayHoldDate(s), s).toBe(true);
    }
  });

  it('turns away a sentence with no date word, which findDates finds nothing in', () => {
    for (const s of ['The delegations exchanged draft proposals and left without a statement.', 'A 20-point plan was shared with the mediators.']) {
      expect(mayHoldDate(s), s).toBe(false);
    }
  });
});
