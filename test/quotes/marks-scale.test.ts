// Pairing quotation marks looks at each mark a bounded number of times: a line of stray marks used to be rescanned
// from every mark (the old pairing was quadratic in the number of marks on a line).
import { describe, expect, it } from 'vitest';
import { findMarkedSpans, MAX_QUOTE_CHARS } from '../../src/quotes/marks.js';

describe('findMarkedSpans on hostile lines', () => {
  it('a line of 200,000 opening marks has no quote', () => {
    expect(findMarkedSpans('“'.repeat(200_000))).toEqual([]);
  });

  it('a line of 100,000 alternating marks pairs each opening with the next closing mark', () => {
    const spans = findMarkedSpans('“a” '.repeat(100_000));
    expect(spans.length).toBe(100_000);
    expect(spans[99_999]).toMatchObject({ open: 399_996, close: 399_998, family: 'double' });
  });

  it('single marks inside many double quotes are skipped with one sweep', () => {
    const spans = findMarkedSpans(`“it's” `.repeat(50_000));
    expect(spans.every((s) => s.family === 'double')).toBe(true);
    expect(spans.length).toBe(50_000);
  });

  it('an opening mark with its closing mark too far away is a stray; a later pair still counts', () => {
    const text = `“${'word '.repeat(MAX_QUOTE_CHARS / 5 + 10)}” then “yes” end`;
    const spans = findMarkedSpans(text);
    expect(spans.map((s) => text.slice(s.open + 1, s.close))).toEqual(['yes']);
  });
});
