// The one harness for word-sense tests: each sense removes the reading its words do not have in one sentence of our own,
// and leaves the act in another where the words do tell it. Every sense of the set must have a case.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

/** [sense id, category, evidence, a sentence where the sense holds (no event), a sentence where it does not (the event)] */
export type SenseCase = [string, string, string, string, string];

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  return r.events.map((e) => ({ event: e.event, evidence: r.text.slice(e.span[0], e.span[1]) }));
}
const has = (text: string, event: string, evidence: string) => events(text).some((e) => e.event === event && e.evidence.startsWith(evidence));

export function describeSenses(title: string, senses: readonly { id: string }[], cases: SenseCase[]): void {
  describe(title, () => {
    it('every sense has a case here', () => {
      expect(senses.map((s) => s.id).sort()).toEqual([...new Set(cases.map((c) => c[0]))].sort());
    });
    it.each(cases)('%s removes the %s reading', (_id, event, evidence, holds) => {
      expect(has(holds, event, evidence)).toBe(false);
    });
    it.each(cases)('%s keeps the %s where the words tell it', (_id, event, evidence, _holds, act) => {
      expect(has(act, event, evidence)).toBe(true);
    });
  });
}
