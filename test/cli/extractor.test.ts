import { describe, expect, it } from 'vitest';
import { extractionThreads, threadCount } from '../../src/cli/extractor.js';

describe('extractionThreads', () => {
  it('leaves one of the jobs to the thread that reads and writes the store', () => {
    expect(extractionThreads(2)).toBe(1);
    expect(extractionThreads(8)).toBe(7);
  });
  it('keeps at least one extraction thread', () => {
    expect(extractionThreads(1)).toBe(1);
  });
});

describe('threadCount', () => {
  it('takes a whole number from 1 to 256', () => {
    expect(threadCount('2')).toBe(2);
    expect(threadCount('0')).toBeNull();
    expect(threadCount('257')).toBeNull();
    expect(threadCount('two')).toBeNull();
  });
});
