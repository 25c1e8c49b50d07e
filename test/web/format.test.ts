// The event title a card and the evidence view show: a party only implied by context is marked as implied.
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../../web/src/format.js';

describe('eventTitle', () => {
  it('names actor and recipient as stated', () => {
    expect(eventTitle({ event: 'CONSULT', mode: 'phone', actor: ['Ruto'], recipient: ['Abiy Ahmed'] })).toBe('CONSULT (phone): Ruto → Abiy Ahmed');
  });
  it('marks a party no report states as implied', () => {
    const e = { event: 'ACCUSE', mode: null, actor: ['Iran'], recipient: ['United States', 'Italy'], implied: ['Italy'] };
    expect(eventTitle(e)).toBe('ACCUSE: Iran → United States, Italy (implied)');
  });
});
