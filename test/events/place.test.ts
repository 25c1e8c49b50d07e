import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { findPlace } from '../../src/events/place.js';
import { indexFor, PEOPLE as P } from '../helpers/entities.js';

function placeOf(text: string, trigger: string) {
  const entities = indexFor(text, [P.trump, P.zelenskyy, P.ukraine, P.usa, P.russia, P.geneva]);
  const ctx: DocContext = { text, published: '2026-01-03', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const ts = text.indexOf(trigger);
  const s = ctx.analysis.sentences.find((x) => x.start <= ts && ts < x.end)!;
  return findPlace(ctx, s, text, ts - s.start, ts - s.start + trigger.length)?.text ?? null;
}

describe('findPlace', () => {
  it('reads a city or a state after "in" as the venue', () => {
    expect(placeOf('Trump met Zelenskyy in Geneva on Sunday.', 'met')).toBe('Geneva');
    expect(placeOf('Trump met Zelenskyy in Russia on Sunday.', 'met')).toBe('Russia');
  });
  it('does not read the place of another act the trigger\'s clause governs as the venue', () => {
    expect(placeOf('Trump spoke with Zelenskyy hours before he met Putin in Geneva.', 'spoke')).toBeNull();
    expect(placeOf('Trump flew to Geneva to meet Zelenskyy.', 'meet')).toBe('Geneva');
  });
  it('does not read the place of a situation ("the war in Ukraine") or a topic ("pressure on Russia") as the venue', () => {
    expect(placeOf('Trump met Zelenskyy to end the war in Ukraine.', 'met')).toBeNull();
    expect(placeOf('Trump met Zelenskyy and kept up the pressure on Russia.', 'met')).toBeNull();
  });
  it('does not reach back over ", but" for a place of the clause before', () => {
    expect(placeOf('Trump met Zelenskyy in Geneva, but fighting went on along the front.', 'fighting')).toBeNull();
    expect(placeOf('Trump met Zelenskyy in Geneva, and fighting went on along the front.', 'met')).toBe('Geneva');
    expect(placeOf('Trump met Zelenskyy in Geneva; fighting went on along the front.', 'fighting')).toBeNull();
    expect(placeOf('Trump met Zelenskyy in Geneva — though fighting went on along the front.', 'fighting')).toBeNull();
  });
  it('does not read the dateline ("Geneva, Jan 3 -") as the place of the first act', () => {
    expect(placeOf('Geneva, Jan 3 - Trump met Zelenskyy on Sunday.', 'met')).toBeNull();
    expect(placeOf('Agency report\n  Geneva (AP) Trump met Zelenskyy on Sunday.', 'met')).toBeNull();
    expect(placeOf('Agency report. Geneva (AP) Trump met Zelenskyy on Sunday.', 'met')).toBe('Geneva');
    expect(placeOf('In Geneva, Trump met Zelenskyy on Sunday.', 'met')).toBe('Geneva');
  });
});
