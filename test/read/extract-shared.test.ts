import { describe, expect, it } from 'vitest';
import type { ExtractionRecord, Report } from '../../src/record.js';
import { sharedExtract } from '../../src/read/extract-shared.js';

const record = (id: string) => ({ id }) as unknown as ExtractionRecord;
const report = (id: string): Report => ({ id, source: null, text: `Envoys met on day ${id}.` });

function fakePool() {
  const held: string[] = [];
  return {
    held,
    pooled: async (r: Report) => { held.push(String(r.id)); return record(`pool:${r.id}`); },
    pending: () => held.length,
  };
}

describe('sharedExtract', () => {
  it('fills the pool to its depth first, then extracts in this thread', async () => {
    const pool = fakePool();
    const extract = sharedExtract({ ...pool, inline: (r) => record(`here:${r.id}`), depth: 2 });
    const out = ['a', 'b', 'c'].map((id) => extract(report(id)));
    expect(out[0]).toBeInstanceOf(Promise);
    expect(out[1]).toBeInstanceOf(Promise);
    expect(out[2]).toEqual(record('here:c'));
    expect(await out[0]).toEqual(record('pool:a'));
    expect(pool.held).toEqual(['a', 'b']);
  });

  it('gives the pool the next report again once it has room', () => {
    const pool = fakePool();
    const extract = sharedExtract({ ...pool, inline: (r) => record(`here:${r.id}`), depth: 1 });
    void extract(report('a'));
    expect(extract(report('b'))).toEqual(record('here:b'));
    pool.held.shift();
    expect(extract(report('c'))).toBeInstanceOf(Promise);
  });

  it('lets an error in this thread reach the caller, as a pooled failure would', () => {
    const pool = fakePool();
    const extract = sharedExtract({ ...pool, inline: () => { throw new Error('bad text'); }, depth: 0 });
    expect(() => extract(report('a'))).toThrow('bad text');
  });
});
