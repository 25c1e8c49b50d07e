// A text with no sentence end (a hostile input, a list without periods): every event candidate is built from its
// sentence (clause, dates, parties, modality), so the work is Σ over candidates of their sentence's length. It must
// grow linearly with the text, not with its square. Work is counted, not timed.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { sentenceAt, type TraceEntry } from '../../src/context.js';

const lexicon = loadLexicon();
const unit = 'the envoys met and the ministers talked while the leaders called ';
const textOf = (n: number) => `${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n`;

/** Characters of sentence the events stage looked at: each candidate it traced, times its sentence's length. */
function eventWork(n: number): { candidates: number; work: number } {
  const text = textOf(n);
  const analysis = analyze(text);
  const entries: TraceEntry[] = [];
  extractReport({ id: 'no-period', source: null, text }, { lexicon, trace: (e) => entries.push(e) });
  const events = entries.filter((e) => e.stage === 'events');
  const work = events.reduce((sum, e) => { const s = sentenceAt(analysis, e.at); return sum + (s ? s.end - s.start : 0); }, 0);
  return { candidates: events.length, work };
}

describe('events on a text without a period', () => {
  it('do work linear in the text: at most 2.3× per doubling', () => {
    const [a, b, c] = [4000, 8000, 16000].map(eventWork);
    expect(a.candidates).toBeGreaterThan(50);
    expect(b.work / a.work).toBeLessThanOrEqual(2.3);
    expect(c.work / b.work).toBeLessThanOrEqual(2.3);
  });
});
