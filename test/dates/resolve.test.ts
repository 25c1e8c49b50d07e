import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { knownYears, weekdayNear } from '../../src/dates/calendar.js';
import { findDates } from '../../src/dates/resolve.js';

const PUB = '2026-01-03'; // a Saturday

describe('findDates', () => {
  it('takes a date\'s time from the words right before it: "set for" plans it, an active past verb dates the past', () => {
    expect(findDates('the army rejected a dialogue set for February 20', 0, PUB)[0].date.value).toBe('2026-02-20');
    expect(findDates('the juntas announced in December that they would leave the bloc', 0, PUB, true)[0].date.value).toBe('2025-12');
    expect(findDates('the accord will be signed in December', 0, PUB, true)[0].date.value).toBe('2026-12');
  });

  it('reads a full date with its weekday and gives its exact span', () => {
    const s = 'They met on Sunday, Dec. 28, 2025, in Florida.';
    const [d] = findDates(s, 100, PUB);
    expect(d.date).toMatchObject({ value: '2025-12-28', granularity: 'day', type: 'exact' });
    expect(s.slice(d.span[0] - 100, d.span[1] - 100)).toBe('on Sunday, Dec. 28, 2025');
  });

  it('resolves a bare weekday to the latest such day on or before publication', () => {
    expect(findDates('a call Sunday', 0, PUB)[0].date.value).toBe('2025-12-28');
    expect(findDates('talks on Saturday', 0, PUB)[0].date.value).toBe('2026-01-03');
  });

  it('resolves a bare weekday forward for planned events', () => {
    expect(findDates('talks on Friday', 0, PUB, true)[0].date.value).toBe('2026-01-09');
  });

  it('reads "since July 2020" as an open interval', () => {
    const [d] = findDates('has not spoken to him since July 2020', 0, PUB);
    expect(d.since).toBe(true);
    expect(d.date).toMatchObject({ type: 'range', start: '2020-07', end: null });
  });

  it('puts a month without a year in the most recent past, or the next one when planned', () => {
    expect(findDates('a truce proposed in March', 0, PUB)[0].date.value).toBe('2025-03');
    expect(findDates('a summit planned for March', 0, PUB, true)[0].date.value).toBe('2026-03');
  });

  it('reads a bare year after a preposition', () => {
    expect(findDates('the invasion in 2022', 0, PUB)[0].date).toMatchObject({ value: '2022', granularity: 'year' });
    // Opening a sentence, the preposition is capitalised.
    expect(findDates('In 2015, the two states signed a declaration.', 0, PUB)[0].date).toMatchObject({ value: '2015', granularity: 'year' });
  });

  it('does not read Mar-a-Lago or the verb "may" as a month', () => {
    expect(findDates('at Mar-a-Lago on the coast', 0, PUB)).toEqual([]);
    expect(findDates('Russia may agree to talks', 0, PUB)).toEqual([]);
  });

  it('leaves "earlier in the day" unresolved for the caller to tie to its event', () => {
    const [d] = findDates('he spoke with Putin earlier in the day', 0, PUB);
    expect(d.date.type).toBe('unresolved');
    expect(d.text).toBe('earlier in the day');
  });

  it('never throws and keeps spans inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      for (const d of findDates(s, 0, PUB)) {
        expect(d.span[0]).toBeGreaterThanOrEqual(0);
        expect(d.span[1]).toBeLessThanOrEqual(s.length);
      }
    }), { numRuns: 200 });
  });
});

describe('findDates: news rules', () => {
  it('reads "a week ago" as a day, and keeps the bounds of a stretch of days', () => {
    expect(findDates('the first round took place a week ago', 0, '2025-04-19')[0].date).toMatchObject({ value: '2025-04-12', granularity: 'day' });
    expect(findDates('they talked on Monday and Tuesday', 0, '2025-03-19')[0].date).toMatchObject({ value: '2025-03-17', type: 'range', start: '2025-03-17', end: '2025-03-18' });
  });
  it('gives a week only its month: this week, last week, next week', () => {
    expect(findDates('they met earlier this week', 0, '2025-12-02')[0].date).toMatchObject({ value: '2025-12', granularity: 'month' });
    expect(findDates('they met last week', 0, '2025-12-02')[0].date).toMatchObject({ value: '2025-11', granularity: 'month' });
    expect(findDates('they meet next week', 0, '2025-12-28', true)[0].date).toMatchObject({ value: '2026-01', granularity: 'month' });
  });

  it('reads no day in a time of day alone', () => {
    expect(findDates('a truce from midnight local time', 0, PUB)).toEqual([]);
    expect(findDates('talks at 1:00 pm', 0, PUB)).toEqual([]);
    expect(findDates('talks on Friday at noon', 0, PUB)[0].date.value).toBe('2026-01-02');
  });

  it('gives a bare "Month D" the year the report states for it', () => {
    const known = knownYears('Gunmen attacked on October 7, 2023. Talks began on 9 May 2024.');
    expect([...known]).toEqual([['10-7', 2023], ['5-9', 2024]]);
    expect(findDates('taken on October 7 by the group', 0, '2025-10-13', false, known)[0].date.value).toBe('2023-10-07');
    expect(findDates('met on October 9', 0, '2025-10-13', false, known)[0].date.value).toBe('2025-10-09');
  });

  it('marks the day of a report and resolves it in the past even for a planned event', () => {
    const [d] = findDates('talks will go on, officials said on Friday', 0, PUB, true);
    expect(d).toMatchObject({ reporting: true, text: 'on Friday' });
    expect(d.date.value).toBe('2026-01-02');
    expect(findDates('talks will go on Friday', 0, PUB, true)[0]).toMatchObject({ reporting: false, date: { value: '2026-01-09' } });
  });
});

describe('weekdayNear', () => {
  it('returns the reference day itself when it is that weekday', () => {
    expect(weekdayNear(new Date('2026-01-03T12:00:00Z'), 6, false).toISOString().slice(0, 10)).toBe('2026-01-03');
  });
});

describe('findDates: no clock and no background dates', () => {
  it('leaves every relative date unresolved when the report has no date', () => {
    for (const s of ['they met on Monday', 'a truce agreed last week', 'talks two days ago', 'he spoke yesterday']) {
      for (const d of findDates(s, 0, null)) expect(d.date).toMatchObject({ value: null, type: 'unresolved' });
    }
    expect(findDates('signed on March 3, 2025', 0, null)[0].date.value).toBe('2025-03-03');
  });

  it('reads no date from a hedged age, an elapsed time or a deadline', () => {
    const none = [
      'a conflict that erupted nearly three years ago',
      'a truce reached after six days of shelling',
      'the rebels were given until Oct 14 to withdraw',
    ];
    for (const s of none) expect(findDates(s, 0, '2025-11-20').map((d) => d.text)).toEqual([]);
  });

  it('marks a comparison baseline, a dateline date and a date that modifies a noun', () => {
    expect(findDates('the first face-to-face meeting since 2019', 0, '2025-11-20')[0].role).toBe('baseline');
    expect(findDates('the deadliest attack since March 2024', 0, '2025-11-20')[0].role).toBe('baseline');
    expect(findDates('TUNIS, October 3, 2025 — The two delegations met again', 0, '2025-10-03')[0].role).toBe('dateline');
    expect(findDates('Friday, November 14, 2025\nThe round ended', 0, '2025-11-14')[0].role).toBe('dateline');
    expect(findDates('they reaffirmed the March 4 communique on the border', 0, '2025-05-01')[0].role).toBe('attributive');
    expect(findDates('On May 7, 2025, the army launched strikes', 0, '2025-05-10')[0].role).toBeUndefined();
    expect(findDates('They met on May 7, 2025.', 0, '2025-05-10')[0].role).toBeUndefined();
  });

  it('dates a stretch of days by its first day', () => {
    const [d, ...rest] = findDates('the talks were held on Monday and Tuesday in Geneva', 0, '2025-03-19');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text: 'on Monday and Tuesday', date: { value: '2025-03-17' } });
  });

  it('leaves "a day after X" for the caller to count from X, and "now" is no date', () => {
    const [d] = findDates('they met a day after the truce', 0, '2025-03-19');
    expect(d).toMatchObject({ offsetDays: 1, date: { value: null, type: 'unresolved' } });
    expect(findDates('a day after May 7 they met', 0, '2025-05-19')[0].date.value).toBe('2025-05-08');
    expect(findDates('and now they are partners', 0, '2025-03-19')).toEqual([]);
  });

  it('keeps the plain forms of the same phrases', () => {
    expect(findDates('the conflict erupted three years ago', 0, '2025-11-20')[0].date.value).toBe('2022');
    expect(findDates('the blockade in force since 2019', 0, '2025-11-20')[0].date).toMatchObject({ type: 'range', start: '2019' });
    expect(findDates('the rebels withdrew on Oct 14', 0, '2025-11-20')[0].date.value).toBe('2025-10-14');
  });
});

describe('findDates: "since" in a planned sentence', () => {
  it('resolves "since X" into the past even when the sentence is about the future', () => {
    expect(findDates('it will be their first meeting since October', 0, '2025-12-28', true)[0].date.value).toBe('2025-10');
  });
});

describe('findDates: the day of a source’s report', () => {
  it('marks "according to reports ... on Friday" and "reported by X today" as reporting days', () => {
    expect(findDates('The envoy will travel, according to reports from state media on Friday.', 0, PUB, true)[0]).toMatchObject({ reporting: true });
    expect(findDates('As reported by State Radio today, the rebels took the town.', 0, PUB)[0]).toMatchObject({ reporting: true, date: { value: PUB } });
    expect(findDates('The talks went on, according to the plan signed on Friday.', 0, PUB)[0]).toMatchObject({ reporting: false });
  });
});

describe('findDates: the caller’s memo of chrono parses', () => {
  it('reads a sentence as planned and as past from one parse, with the same dates as without a memo', () => {
    const s = 'The envoys will meet again on Friday, after talks in Doha on March 4.';
    const memo = new Map();
    const planned = findDates(s, 0, PUB, true, new Map(), memo);
    expect(memo.size).toBe(1);
    const past = findDates(s, 0, PUB, false, new Map(), memo);
    expect(memo.size).toBe(1);
    expect(planned).toEqual(findDates(s, 0, PUB, true));
    expect(past).toEqual(findDates(s, 0, PUB, false));
  });
});
