// The one harness for word-sense tests: each sense removes the reading its words do not have in one sentence of our own
// (or, for a sense that changes modality, gives the event that modality), and leaves the act in another where the words
// do tell it. Every sense of the set must have a case.
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

/** [sense id, category, evidence, a sentence where the sense holds (no event), a sentence where it does not (the event)] */
export type SenseCase = [string, string, string, string, string];

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  return r.events.map((e) => ({ event: e.event, modality: e.modality as string, evidence: r.text.slice(e.span[0], e.span[1]) }));
}
const has = (text: string, event: string, evidence: string, modality?: string) =>
  events(text).some((e) => e.event === event && e.evidence.startsWith(evidence) && (modality === undefined || e.modality === modality));

export function describeSenses(title: string, senses: readonly { id: string; verdict: { drop: boolean; modality?: string } }[], cases: SenseCase[]): void {
  const verdictOf = (id: string) => senses.find((s) => s.id === id)?.verdict ?? { drop: true };
  describe(title, () => {
    it('every sense has a case here', () => {
      expect(senses.map((s) => s.id).sort()).toEqual([...new Set(cases.map((c) => c[0]))].sort());
    });
    it.each(cases)('%s removes the %s reading (or gives it its modality)', (id, event, evidence, holds) => {
      const verdict = verdictOf(id);
      if (verdict.drop) expect(has(holds, event, evidence)).toBe(false);
      else expect(has(holds, event, evidence, verdict.modality)).toBe(true);
    });
    it.each(cases)('%s keeps the %s where the words tell it', (id, event, evidence, _holds, act) => {
      const verdict = verdictOf(id);
      expect(has(act, event, evidence)).toBe(true);
      if (!verdict.drop) expect(has(act, event, evidence, verdict.modality)).toBe(false);
    });
  });
}
