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

  it('many short lines with one guillemet quote at the end: each family is found once, not searched from every line', () => {
    const text = `${'The delegations met again.\n'.repeat(50_000)}The envoy said «we are close to a deal».`;
    const started = Date.now();
    const spans = findMarkedSpans(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ family: 'guillemet' });
  });

  it('marks of all three families on separate lines pair line by line', () => {
    const text = 'He said “we will talk”.\nShe replied «not yet».\nAn aide called it ‘a first step’ today.';
    const spans = findMarkedSpans(text);
    expect(spans.map((s) => [s.family, text.slice(s.open + 1, s.close)])).toEqual([
      ['double', 'we will talk'], ['guillemet', 'not yet'], ['single', 'a first step'],
    ]);
  });
});
