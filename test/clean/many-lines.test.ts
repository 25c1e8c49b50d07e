// A page of nothing but menu lines (a hostile or broken input): every line is removed, and --explain names the first
// MAX_NAMED_REMOVALS of them and counts the rest, so what cleaning keeps for a report is bounded, not one entry a line.
import { describe, expect, it } from 'vitest';
import { cleanReport, MAX_NAMED_REMOVALS } from '../../src/clean/index.js';

describe('many short clutter lines', () => {
  it('are all removed; the changes name a bounded number and count the rest', () => {
    const text = `Talks resumed in Doha on Monday.\n${'Home\nWorld\nPolitics\n'.repeat(30_000)}`;
    const cleaned = cleanReport({ id: 'menus', source: null, text });
    expect(cleaned.text).toBe('Talks resumed in Doha on Monday.');
    const named = cleaned.changes.filter((c) => c.message.startsWith('removed line'));
    expect(named).toHaveLength(MAX_NAMED_REMOVALS);
    expect(cleaned.changes.find((c) => c.rule === 'clean.clutter')?.message).toBe(`removed ${90_000 - MAX_NAMED_REMOVALS} more clutter lines`);
  });

  it('a few removed lines are each named', () => {
    const cleaned = cleanReport({ id: 'few', source: null, text: 'Home\nWorld\nPolitics\nSport\nTalks resumed in Doha on Monday.' });
    expect(cleaned.changes.filter((c) => c.message.startsWith('removed line')).length).toBe(4);
    expect(cleaned.changes.some((c) => c.rule === 'clean.clutter')).toBe(false);
  });
});
