// Word senses of agreeing and giving ground, on sentences of our own: each sense removes the reading its words do not
// have here, and leaves the act where the words do tell it.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';
import { YIELD_SENSES } from '../../src/events/senses-yield.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  return r.events.map((e) => ({ event: e.event, evidence: r.text.slice(e.span[0], e.span[1]) }));
}
const has = (text: string, event: string, evidence: string) => events(text).some((e) => e.event === event && e.evidence.startsWith(evidence));

// [sense id, category, evidence, a sentence where the sense holds (no event), a sentence where it does not (the event)]
const CASES: Array<[string, string, string, string, string]> = [
  ['sense.obliged-act', 'CONCEDE', 'cede', 'Serbia said Kosovo must cede the northern villages.', 'Serbia said Kosovo would cede the northern villages.'],
  ['sense.obliged-act', 'RETREAT', 'withdraw', 'Sudan said Chad has to withdraw its troops from the border.', 'Sudan said Chad began to withdraw its troops from the border.'],
  ['sense.obliged-act', 'CONCEDE', 'cede', "Russia's insistence that Georgia cede the valley stalled the talks.", 'Armenia agreed to cede the villages to Azerbaijan.'],
  ['sense.obliged-act', 'RETREAT', 'implement', 'Sudan said Chad must implement the ceasefire.', 'Sudan said both parties must implement the ceasefire.'],
  ['sense.deal-sought', 'AGREE', 'reaching', 'Qatar sent envoys to Kabul in hopes of reaching a deal with the Taliban.', 'Qatar said it was reaching a deal with the Taliban.'],
  ['sense.deal-sought', 'AGREE', 'sealing', 'Kenya said it was closer to sealing an agreement with Somalia.', 'Kenya said it was sealing an agreement with Somalia.'],
];

describe('senses of agreeing and giving ground', () => {
  it('every sense has a case here', () => {
    expect(YIELD_SENSES.map((s) => s.id).sort()).toEqual([...new Set(CASES.map((c) => c[0]))].sort());
  });
  it.each(CASES)('%s removes the %s reading', (_id, event, evidence, holds) => {
    expect(has(holds, event, evidence)).toBe(false);
  });
  it.each(CASES)('%s keeps the %s where the words tell it', (_id, event, evidence, _holds, act) => {
    expect(has(act, event, evidence)).toBe(true);
  });
});
