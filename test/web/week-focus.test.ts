// The week chart's axis leaves out a stray head of old events, and nothing else.
import { describe, expect, it } from 'vitest';
import { weekFocus } from '../../web/src/week-focus.js';

const weekly = (from: string, count: number, n = 3) => Array.from({ length: count }, (_, i) => ({ week: new Date(Date.parse(from) + i * 7 * 86_400_000).toISOString().slice(0, 10), n }));

describe('weekFocus', () => {
  it('starts after a few events years before the body of the record', () => {
    const rows = [{ week: '2022-02-21', n: 2 }, { week: '2023-06-05', n: 1 }, ...weekly('2025-03-03', 30)];
    expect(weekFocus(rows)).toEqual({ from: '2025-03-03', hidden: 3, hiddenFrom: '2022-02-21' });
  });
  it('keeps a steady series whole, however long', () => {
    expect(weekFocus(weekly('2023-01-02', 150)).from).toBeNull();
  });
  it('keeps an early phase that holds a real share of the events', () => {
    const rows = [...weekly('2024-01-01', 10), ...weekly('2025-01-06', 20)];
    expect(weekFocus(rows).from).toBeNull();
  });
  it('keeps a short pause in the talks on the axis', () => {
    const rows = [{ week: '2025-01-06', n: 1 }, ...weekly('2025-02-17', 30)];
    expect(weekFocus(rows).from).toBeNull();
  });
  it('counts categories of one week together', () => {
    const rows = [{ week: '2021-05-03', n: 1 }, { week: '2021-05-03', n: 1 }, ...weekly('2025-03-03', 10).flatMap((r) => [r, { ...r, n: 1 }])];
    expect(weekFocus(rows)).toMatchObject({ from: '2025-03-03', hidden: 2 });
  });
});
