// Long runs of non-space characters (base64 data URIs, hex dumps) are masked before wink reads the text: wink's
// per-token regexes are quadratic in a token's length. Spans must stay exact.
import { describe, expect, it } from 'vitest';
import { analyze, MAX_SENTENCE_CHARS, MAX_TOKEN_CHARS, maskLongRuns } from '../../src/nlp/wink.js';

const longestRun = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));

describe('maskLongRuns', () => {
  it('leaves ordinary text as it is', () => {
    const text = 'The envoys met in Geneva on Sunday.\nThey will meet again.';
    expect(maskLongRuns(text)).toEqual({ masked: text, runs: new Map() });
  });

  it('gives wink no run over the limit, at the same length and with the same line breaks', () => {
    const run = 'abcdefghij'.repeat(10_000);
    const text = `The envoys met. ${run}\nThey ${'Zm9v+/'.repeat(100)} left.`;
    const { masked, runs } = maskLongRuns(text);
    expect(masked.length).toBe(text.length);
    expect(longestRun(masked)).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
    expect([...masked].filter((c) => c === '\n').length).toBe(1);
    expect(masked.indexOf('\n')).toBe(text.indexOf('\n'));
    expect(runs.size).toBe(2);
  });

  it('a run of exactly the limit is a token like any other', () => {
    const text = `a ${'y'.repeat(MAX_TOKEN_CHARS)} b`;
    expect(maskLongRuns(text).masked).toBe(text);
  });
});

describe('analyze with a long run', () => {
  it('keeps one token with the real text and its exact span, and the sentences around it', () => {
    const run = 'abcdefghij'.repeat(10_000);
    const text = `Trump met Putin. ${run} Then they left.`;
    const a = analyze(text);
    const tokens = a.sentences.flatMap((s) => s.tokens);
    const long = tokens.find((t) => t.text.length > MAX_TOKEN_CHARS)!;
    expect(long.text).toBe(run);
    expect(text.slice(long.start, long.end)).toBe(run);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Putin');
    expect(tokens.map((t) => t.text)).toContain('left');
  });
});

describe('a text without sentence ends', () => {
  it('is cut into sentences no longer than the limit, at a comma when there is one, losing no token', () => {
    const text = 'the delegations talked about the border, the prisoners and the ports '.repeat(200);
    const a = analyze(text);
    expect(a.sentences.length).toBeGreaterThan(5);
    for (const s of a.sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const s of a.sentences.slice(0, -1)) expect(s.tokens.at(-1)!.text).toBe(',');
    expect(a.sentences.map((s) => s.index)).toEqual(a.sentences.map((_, i) => i));
    const words = text.split(/(\s+|,)/).filter((w) => w.trim());
    expect(a.sentences.flatMap((s) => s.tokens.map((t) => t.text))).toEqual(words);
  });

  it('without commas is cut at the limit', () => {
    const a = analyze('envoys met and ministers talked '.repeat(300));
    expect(a.sentences.length).toBeGreaterThan(3);
    for (const s of a.sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('leaves a long real sentence whole', () => {
    const sentence = `${'The mediators, who had flown in from three capitals overnight, '.repeat(12)}met the delegations.`;
    expect(sentence.length).toBeLessThan(MAX_SENTENCE_CHARS);
    expect(analyze(sentence).sentences).toHaveLength(1);
  });
});
