// What the overview and the disputes page are sent: a dispute's tally and a few sides of each value; the newest claims
// and each speaker's highest figure per day.
import { describe, expect, it } from 'vitest';
import { claimOverview, disputeSummary, SIDES_SHOWN } from '../../src/server/view.js';

const side = (value: number, report: string) => ({ value, speaker: null, outlet: 'outlet.example', report, evidence: `${value} points` });

describe('disputeSummary', () => {
  it('tallies reports per value and shows sides of every value, most reported first', () => {
    const values = [...Array.from({ length: 20 }, (_, i) => side(28, `a${i % 15}`)), side(20, 'b1'), side(20, 'b2')];
    const s = disputeSummary({ kind: 'plan-points', subject: 'plan-points (plan)', values });
    expect(s.sides).toBe(22);
    expect(s.tally).toEqual([{ value: 28, reports: 15 }, { value: 20, reports: 2 }]);
    expect(s.values).toHaveLength(SIDES_SHOWN);
    expect(s.values.slice(0, 4).map((v) => v.value)).toEqual([28, 20, 28, 20]);
  });

  it('keeps a small dispute whole', () => {
    const values = [side(90, 'r1'), side(95, 'r2')];
    expect(disputeSummary({ kind: 'agreement-percent', subject: 'plan', values }).values).toEqual(values);
  });
});

describe('claimOverview', () => {
  const claim = (id: number, value: number, speaker: string | null, date: string | null) =>
    ({ id, kind: 'agreement-percent', value, approx: false, about: null, speaker, outlet: 'o', report: `r${id}`, date, evidence: `${value}%` });

  it('lists the newest claims and keeps each speaker\'s highest figure per day for the chart', () => {
    const all = [claim(1, 90, 'A', '2025-12-01'), claim(2, 95, 'A', '2025-12-01'), claim(3, 80, 'B', '2025-12-02'), claim(4, 70, null, null)];
    const o = claimOverview(all, 2);
    expect(o.total).toBe(4);
    expect(o.newest.map((c) => c.id)).toEqual([3, 1]);
    expect(o.series).toEqual([{ speaker: 'A', date: '2025-12-01', value: 95 }, { speaker: 'B', date: '2025-12-02', value: 80 }]);
  });
});
