// The event title a card and the evidence view show: a party only implied by context is marked as implied.
import { describe, expect, it } from 'vitest';
import { eventTitle, windowLabel } from '../../web/src/format.js';

describe('eventTitle', () => {
  it('names actor and recipient as stated', () => {
    expect(eventTitle({ event: 'CONSULT', mode: 'phone', actor: ['Ruto'], recipient: ['Abiy Ahmed'] })).toBe('CONSULT (phone): Ruto → Abiy Ahmed');
  });
  it('marks a party no report states as implied', () => {
    const e = { event: 'ACCUSE', mode: null, actor: ['Iran'], recipient: ['United States', 'Italy'], implied: ['Italy'] };
    expect(eventTitle(e)).toBe('ACCUSE: Iran → United States, Italy (implied)');
  });
});

describe('windowLabel', () => {
  it('leaves out the year and month a window repeats', () => {
    expect(windowLabel({ from: '2025-08-15', to: '2025-08-30' })).toBe('2025-08-15 – 30');
    expect(windowLabel({ from: '2025-08-15', to: '2025-09-02' })).toBe('2025-08-15 – 09-02');
    expect(windowLabel({ from: '2024-12-20', to: '2025-01-04' })).toBe('2024-12-20 – 2025-01-04');
    expect(windowLabel({ from: '2025-08-15', to: '2025-08-15' })).toBe('2025-08-15');
  });
});
