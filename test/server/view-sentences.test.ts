// Kept sentence bounds: a paragraph is split once, the answer is the splitter's, and the memory stays bounded.
import { describe, expect, it } from 'vitest';
import { keptSentences } from '../../src/server/view-sentences.js';
import { evidenceContext } from '../../src/server/document.js';

describe('keptSentences', () => {
  const counting = () => {
    const calls: string[] = [];
    const split = (p: string) => { calls.push(p); return [{ start: 0, end: p.indexOf('.') + 1 }, { start: p.indexOf('.') + 2, end: p.length }]; };
    return { calls, split };
  };

  it('splits a paragraph once and answers it again from memory', () => {
    const { calls, split } = counting();
    const kept = keptSentences(split);
    const para = 'Envoys met in the capital. They agreed to meet again next week.';
    expect(kept(para)).toEqual(split(para));
    calls.length = 0;
    kept(para);
    expect(calls).toEqual([]);
  });

  it('forgets the least recently used paragraph past its bound', () => {
    const { calls, split } = counting();
    const kept = keptSentences(split, 2);
    for (const p of ['A met B. Then C.', 'D called E. Then F.', 'A met B. Then C.', 'G wrote H. Then I.']) kept(p);
    calls.length = 0;
    kept('A met B. Then C.');
    kept('D called E. Then F.');
    expect(calls).toEqual(['D called E. Then F.']);
  });

  it('gives evidenceContext the same sentence as the splitter it keeps', () => {
    const text = 'Talks resumed on Monday. The envoy said 80 percent was agreed. Officials declined to comment.';
    const at = text.indexOf('80 percent');
    const kept = keptSentences();
    const first = evidenceContext(text, at, at + 10, 200, kept);
    expect(first.lead).toBe('The envoy said ');
    expect(evidenceContext(text, at, at + 10, 200, kept)).toEqual(first);
    expect(first).toEqual(evidenceContext(text, at, at + 10));
  });
});
