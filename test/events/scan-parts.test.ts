import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanInParts, scanParts } from '../../src/events/scan-parts.js';

/** What one global exec loop over the whole pattern finds. */
function whole(source: string, text: string): Array<{ start: number; end: number }> {
  const re = new RegExp(source, 'gi');
  const out: Array<{ start: number; end: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (!m[0]) re.lastIndex++;
  }
  return out;
}

const PATTERNS = [
  String.raw`(?<!\b(?:the|a)\s)\b(?:talks?|meetings?)\b`,
  String.raw`(?<!\bafter\s(?:the\s)?)\bfighting\b|\bclashes\s+(?:broke|erupted)\b|(?:[’']s|\btheir)\s+(?:\w+\s+){0,2}?talks\b`,
  String.raw`\bcall(?:ed|s)?\b|(?<=[a-z.])-(?:backed|proposed)\b`,
  String.raw`(?<![-‐]|\b(?:a|the)\s)\b(?:call(?:ed|s)?|rang)\b(?!\s+(?:for|on)\b)`,
];
const WORDS = ['the', 'a', 'talks', 'talk', 'meeting', 'after', 'fighting', 'clashes', 'broke', 'their', "Kyiv's", 'called', 'calls',
  'for', 'on', 'U.S.-proposed', 'Iran-backed', 'rang', 'envoys', 'resumed', '-', ',', 'The'];

describe('scanning a pattern in parts', () => {
  it('leaves a pattern with no leading lookbehind whole', () => {
    expect(scanParts(String.raw`\bmet\b|\btalks\b`, 'i')).toBeNull();
  });

  it('finds what the whole pattern finds', () => {
    const text = "After the fighting, fighting resumed; Kyiv's long delayed talks and the talks with a U.S.-proposed truce were called off.";
    for (const p of PATTERNS) expect(scanInParts(scanParts(p, 'i')!, text), p).toEqual(whole(p, text));
  });

  it('finds what the whole pattern finds in any text of its words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.constantFrom(' ', '  ', '-'), (words, sep) => {
      const text = words.join(sep);
      for (const p of PATTERNS) expect(scanInParts(scanParts(p, 'i')!, text)).toEqual(whole(p, text));
    }), { numRuns: 300 });
  });
});
