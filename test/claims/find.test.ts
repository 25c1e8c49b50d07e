import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findClaims } from '../../src/claims/index.js';
import { defaultClaimLexicon, parseNumber } from '../../src/claims/lexicon.js';
import { findQuotes } from '../../src/quotes/index.js';
import type { ExtractedEvent } from '../../src/record.js';
import { contextFor, PUTIN, TRUMP, ZELENSKYY } from '../quotes/helpers.js';

const claimsOf = (text: string, events: ExtractedEvent[] = []) => {
  const ctx = contextFor(text, [TRUMP, PUTIN, ZELENSKYY]);
  return { claims: findClaims(ctx, events, findQuotes(ctx)), ctx };
};
const slice = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

describe('parseNumber', () => {
  const lex = defaultClaimLexicon();
  it.each([['20', 20], ['twenty-eight', 28], ['twenty eight', 28], ['2½', 2.5], ['two-and-a-half', 2.5], ['an', 1], ['nineteen', 19], ['1.5', 1.5]])(
    '%s -> %d', (raw, value) => expect(parseNumber(lex, raw)).toBe(value));
  it('returns null for a word that is not a number', () => expect(parseNumber(lex, 'several-ish')).toBeNull());
});

describe('plan-points', () => {
  it('reads an N-point plan with its describing words as "about"', () => {
    const text = 'Envoys discussed a Qatar-drafted, 14-point ceasefire plan on Tuesday.';
    const [c] = claimsOf(text).claims;
    expect(c).toMatchObject({ kind: 'plan-points', value: 14, about: 'Qatar-drafted ceasefire plan', rule: 'plan-points.n-point-plan' });
    expect(slice(text, c.span)).toBe('14-point ceasefire plan');
  });

  it('reads number words, "the plan\'s N points" and "reduced to N points"', () => {
    const values = (t: string) => claimsOf(t).claims.filter((c) => c.kind === 'plan-points').map((c) => c.value);
    expect(values('The twelve-point framework was shared with allies.')).toEqual([12]);
    expect(values("Kyiv objected to several of the plan's 17 points.")).toEqual([17]);
    expect(values('After the talks the draft plan was trimmed to 15 points.')).toEqual([15]);
    expect(values('They drew up a plan of 9 points for the truce.')).toEqual([9]);
  });

  it('keeps one claim per value in a report', () => {
    const { claims } = claimsOf('The 20-point plan is the basis. Critics of the 20-point plan say it favours Moscow.');
    expect(claims.map((c) => c.value)).toEqual([20]);
  });

  it('ignores points that are not a plan (a poll lead, a score)', () => {
    expect(claimsOf('The incumbent holds a 12-point lead in the polls, and the team scored 3 points.').claims).toEqual([]);
  });
});

describe('agreement-percent', () => {
  it('reads "N% aligned" with no speaker when the sentence names none', () => {
    const text = 'The two delegations are said to be 85% aligned on a draft accord, though borders remain open.';
    const [c] = claimsOf(text).claims;
    expect(c).toMatchObject({ kind: 'agreement-percent', value: 85, speaker: null, about: 'draft accord' });
    expect(slice(text, c.span)).toBe('85%');
  });

  it('credits a percent to the speaker of its own clause, not of a later "but" clause', () => {
    const text = 'Trump said the deal on guarantees was “about 95%” agreed, but Zelenskyy said he wanted more time.';
    const [c] = claimsOf(text).claims;
    expect(c).toMatchObject({ value: 95, speaker: 'e1' });
  });

  it('takes the speaker of the quote the percent sits in', () => {
    const [c] = claimsOf('“We are 95 percent of the way there,” Trump said after the call.').claims;
    expect(c).toMatchObject({ value: 95, speaker: 'e1' });
  });

  it('takes the subject of a speech verb in the sentence', () => {
    const [c] = claimsOf('Zelenskyy said the sides had agreed on 90% of the text.').claims;
    expect(c).toMatchObject({ value: 90, speaker: 'e3', rule: 'agreement-percent.agreed-on-percent' });
  });

  it('ignores casualty, territory and tariff percentages and traces why', () => {
    const { claims, ctx } = claimsOf('Russia holds about 19% of Ukraine. Tariffs of 50% took effect, and 30 percent of homes lost power.');
    expect(claims).toEqual([]);
    expect(ctx.traced.filter((t) => /percent without agreement word/.test(t.message))).toHaveLength(3);
  });
});

describe('duration-minutes', () => {
  it('reads "a 75-minute call" exactly and "over two hours" as approximate', () => {
    const text = 'Putin and Trump held a 75-minute call. Later the envoys met for over two hours in Riyadh.';
    const ds = claimsOf(text).claims.filter((c) => c.kind === 'duration-minutes');
    expect(ds.map((c) => [c.value, c.approx, slice(text, c.span)])).toEqual([[75, false, '75-minute'], [120, true, 'two hours']]);
  });

  it('reads "nearly 2½ hours" and "a two-and-a-half-hour meeting"', () => {
    expect(claimsOf('The summit lasted nearly 2½ hours.').claims[0]).toMatchObject({ value: 150, approx: true });
    expect(claimsOf('They had a two-and-a-half-hour meeting.').claims[0]).toMatchObject({ value: 150, approx: false });
  });

  it('points "about" at the event in the same sentence', () => {
    const text = 'The leaders met for three hours at the White House.';
    const event = { id: 'v1', span: [12, 15], sentence: [0, text.length] } as unknown as ExtractedEvent;
    expect(claimsOf(text, [event]).claims[0]).toMatchObject({ value: 180, about: 'v1' });
  });

  it('ignores time around an event and durations with no meeting', () => {
    expect(claimsOf('Their second call in 24 hours came hours after the strike. The trip takes 9 hours by train.').claims).toEqual([]);
  });
});

describe('findClaims: properties', () => {
  it('never throws and every span lies inside the text', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9 %½.,-]{0,120}$/), (tail) => {
      const text = `The 20-point plan and ${tail} talks lasted 3 hours, 90% agreed.`;
      const { claims } = claimsOf(text);
      for (const c of claims) expect(c.span[0] >= 0 && c.span[1] <= text.length && c.span[0] < c.span[1]).toBe(true);
    }), { numRuns: 60 });
  });
});

describe('duration-minutes: articles', () => {
  it('reads "for about an hour" and "half an hour"', () => {
    expect(claimsOf('The two leaders spoke by phone for about an hour.').claims[0]).toMatchObject({ value: 60, approx: true });
    expect(claimsOf('The call lasted half an hour.').claims[0]).toMatchObject({ value: 30 });
  });
});
