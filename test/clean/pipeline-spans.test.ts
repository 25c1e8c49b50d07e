// Property: whatever the input, extraction does not throw and every span indexes the cleaned text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon, type ExtractionRecord, type Span } from '../../src/index.js';

const lexicon = loadLexicon();

// Fragments that make the finders fire (names, quotes, cues, dates, numbers, tags), mixed with arbitrary text.
const FRAGMENTS = [
  'President Donald Trump', 'Vladimir Putin', 'Zelenskyy', 'the source said', '“We are close,”', '"No deal,"', ' he said. ',
  'met with', 'will meet', 'could call', 'refused to talk to', 'on Sunday', 'Dec. 28, 2025', 'since July 2020', '90% agreed',
  '20-point plan', 'for three hours', '<p“', '&amp;', '\n\n', ' — ', 'date 2026-01-03 ', 'KYIV (Reuters) - ', '’', '«', '»',
];
const newsy = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(' '));
const arbitrary = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsy);

function spansOf(r: ExtractionRecord): Span[] {
  return [
    ...r.entities.flatMap((e) => e.mentions),
    ...r.events.flatMap((v) => [v.span, v.sentence]),
    ...r.quotes.map((q) => q.span),
    ...r.claims.map((c) => c.span),
  ];
}

describe('extractReport on arbitrary text', () => {
  it('never throws; every span lies inside text; quote spans slice to the quote', () => {
    fc.assert(fc.property(arbitrary, (text) => {
      const r = extractReport({ id: 'p', source: null, text }, { lexicon });
      for (const [a, b] of spansOf(r)) {
        expect(Number.isInteger(a) && Number.isInteger(b)).toBe(true);
        expect(0 <= a && a <= b && b <= r.text.length).toBe(true);
      }
      for (const q of r.quotes) expect(r.text.slice(q.span[0], q.span[1])).toBe(q.text);
    }), { numRuns: 300 });
  });
});
