import { describe, expect, it } from 'vitest';
import { orderedIds } from '../../src/ingest/queue.js';

describe('queue job ids', () => {
  it('are UUID-shaped and sort in the order they were made, within a millisecond and across', () => {
    let t = 1_760_000_000_000;
    const next = orderedIds(() => t);
    const ids: string[] = [];
    for (let i = 0; i < 70_000; i++) { ids.push(next()); if (i % 20_000 === 0) t++; }
    t -= 5;  // a clock step back does not break the order
    ids.push(next());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
