// A dispute as the page shows it: every value counted by its reports, and a few sides shown, each value in turn.
import { describe, expect, it } from 'vitest';
import { disputeSummary, SIDES_SHOWN } from '../../src/server/view.js';

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
