import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeIndex } from '../../src/entities/index.js';
import type { Entity } from '../../src/record.js';
import { run } from './helpers.js';

const person = (id: string, name: string): Entity => ({ id, name, kind: 'person', country: null, office: null, mentions: [], rule: 't' });
const state = (id: string): Entity => ({ id, name: 'S', kind: 'state', country: 'XXX', office: null, mentions: [], rule: 't' });

describe('makeIndex', () => {
  const idx = makeIndex([person('e1', 'A'), state('e2'), person('e3', 'B')], [
    { entity: 'e3', span: [30, 31], via: 'name' },
    { entity: 'e1', span: [0, 5], via: 'name' },
    { entity: 'e2', span: [10, 15], via: 'metonym' },
  ]);
  it('sorts mentions and looks them up by offset and range', () => {
    expect(idx.mentions.map((m) => m.entity)).toEqual(['e1', 'e2', 'e3']);
    expect(idx.mentionAt(12)?.entity).toBe('e2');
    expect(idx.mentionAt(15)).toBeUndefined();
    expect(idx.mentionsIn(0, 15).map((m) => m.entity)).toEqual(['e1', 'e2']);
    expect(idx.mentionsIn(1, 15).map((m) => m.entity)).toEqual(['e2']);
  });
  it('finds the last person before an offset, skipping states', () => {
    expect(idx.lastPersonBefore(20)?.entity).toBe('e1');
    expect(idx.lastPersonBefore(31)?.entity).toBe('e3');
    expect(idx.lastPersonBefore(3)).toBeUndefined();
  });
});

const pieces = ['Putin', 'Zelensky', 'said', 'the', 'Kremlin', 'U.S.', 'envoy', 'President', 'he', 'she', 'Mar-a-Lago', '“', '”', '"',
  'Anna', 'Nowak', '.', ',', '\n\n', "'s", 'Erdoğan', 'in', 'Kyiv', 'European', 'leaders', 'von', 'der', 'Leyen', 'S.', 'the Ukrainian president', '-', 'é', '🙂'];

describe('findEntities on any input', () => {
  it('never throws, and every mention is a non-overlapping span inside the text', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }),
      fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: 40, maxLength: 40 }),
      (parts, seps) => {
        const text = parts.map((p, k) => p + seps[k]).join('');
        const idx = run(text);
        let prevEnd = 0;
        for (const m of idx.mentions) {
          expect(m.span[0]).toBeGreaterThanOrEqual(prevEnd);
          expect(m.span[1]).toBeLessThanOrEqual(text.length);
          expect(m.span[0]).toBeLessThan(m.span[1]);
          expect(idx.byId(m.entity)).toBeDefined();
          prevEnd = m.span[1];
        }
        for (const e of idx.entities) for (const [a, b] of e.mentions) expect(text.slice(a, b).trim()).toBe(text.slice(a, b));
      },
    ), { numRuns: 200 });
  });
});

describe('quoted ranges on hostile text', () => {
  it('a run of 200,000 opening marks: one range, as long as a quotation may be, ending at the one closing mark', async () => {
    const { quotedRanges } = await import('../../src/entities/index.js');
    const text = `${'“'.repeat(200_000)} and “yes” then`;
    const close = text.indexOf('”');
    expect(quotedRanges(text)).toEqual([[close - 1501, close + 1]]);
  });
});
