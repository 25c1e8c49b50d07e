// A plan's recited contents (src/events/recited-points.ts), on texts of our own.
import { describe, expect, it } from 'vitest';
import { recitedPlanPoint } from '../../src/events/recited-points.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';
import { tokensAcross } from '../../src/syntax/phrases.js';

/** Is the sentence that holds `words` a recited point of its text? */
function recited(text: string, words: string): boolean {
  const analysis = analyze(text);
  const at = text.indexOf(words);
  const s = analysis.sentences.find((x) => x.start <= at && at < x.end)!;
  return recitedPlanPoint({ text, words: (span) => tokensAcross(analysis, span) }, s.start, buildSyntax(s, null));
}

const LIST = 'The mediators sent both capitals a text on Friday.\nMain provisions of the draft:\nArmenia will withdraw its troops from the border.\nIf Azerbaijan attacks, the deal is void.\nAzerbaijan is to reopen the road.';

describe('recited points of a plan', () => {
  it('reads the lines after a line announcing a text’s contents as its points', () => {
    expect(recited(LIST, 'Armenia will withdraw')).toBe(true);
    expect(recited(LIST, 'If Azerbaijan attacks')).toBe(true);
    expect(recited(LIST, 'Azerbaijan is to reopen')).toBe(true);
  });
  it('reads a heading naming the contents without a colon, and a sentence opened by "Under the plan,"', () => {
    expect(recited('Key elements of the roadmap\nArmenia will withdraw its troops from the border.', 'Armenia will')).toBe(true);
    expect(recited('Under the plan, Armenia will withdraw its troops from the border.', 'Armenia will')).toBe(true);
  });
  it('reads no point in a line that states no future, or after a line that is no heading nor point', () => {
    expect(recited(LIST, 'The mediators sent')).toBe(false);
    expect(recited('Main provisions of the draft:\nArmenia withdrew its troops from the border.', 'Armenia withdrew')).toBe(false);
    expect(recited('Talks on the draft went on all night in a hotel outside the capital.\nArmenia will withdraw its troops from the border.', 'Armenia will')).toBe(false);
  });
});
