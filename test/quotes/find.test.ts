import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '../../src/quotes/index.js';
import { contextFor, PUTIN, RUSSIA, TRUMP, ZELENSKYY } from './helpers.js';

const ALL = [TRUMP, PUTIN, ZELENSKYY, RUSSIA];
const run = (text: string, named = ALL) => {
  const ctx = contextFor(text, named);
  return { quotes: findQuotes(ctx), ctx };
};

describe('findQuotes: marks', () => {
  it('finds a curly quote with the speaker after it, span without the marks', () => {
    const text = 'The talks went on. “We will keep working until the guns fall silent,” Zelenskyy said on Monday.';
    const [q] = run(text).quotes;
    expect(q.text).toBe('We will keep working until the guns fall silent,');
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    expect(q).toMatchObject({ id: 'q1', speaker: 'e3', speaker_text: 'Zelenskyy', cue: 'said' });
  });

  it('splits a quote interrupted by its attribution into two quotes with one speaker', () => {
    const text = '“Nobody wants this war to go on,” Putin said, “but our conditions have not changed.”';
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual(['Nobody wants this war to go on,', 'but our conditions have not changed.']);
    expect(qs.map((q) => q.speaker)).toEqual(['e2', 'e2']);
  });

  it('pairs straight double quotes and guillemets', () => {
    const qs = run('Putin said: "The door to talks remains open." Later Zelenskyy replied: «We have heard such promises before.»').quotes;
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['The door to talks remains open.', 'e2'],
      ['We have heard such promises before.', 'e3'],
    ]);
  });

  it('reads single quotes but not apostrophes in Russia\'s, don\'t or leaders\' talks', () => {
    const text = "Russia's envoy and the leaders' teams met. 'We don't expect a breakthrough this week,' Trump said.";
    const qs = run(text).quotes;
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe("We don't expect a breakthrough this week,");
    expect(qs[0].speaker).toBe('e1');
  });

  it('reads mixed curly and straight single marks around a quote with apostrophes inside', () => {
    const qs = run("‘We haven’t reached a deal yet,' Trump admitted.").quotes;
    expect(qs.map((q) => q.text)).toEqual(['We haven’t reached a deal yet,']);
  });

  it('skips scare quotes of fewer than three words and traces why', () => {
    const { quotes, ctx } = run('Moscow called the strike a “provocation” and the plan “unworkable nonsense”.');
    expect(quotes).toEqual([]);
    expect(ctx.traced.some((t) => t.outcome === 'skip' && /scare quote: 1 word/.test(t.message))).toBe(true);
  });

  it('skips a lowercase name after "so-called", with or without "the"', () => {
    const text = 'Ministers met the so-called “friends of the process” and a so-called “group of guarantor states” in Oslo.';
    expect(run(text).quotes).toEqual([]);
  });

  it('skips operation names and capitalised titles with no speaker', () => {
    const qs = run('The army launched Operation “Northern Dawn Shield” in spring. A body dubbed the “Council of Regional Peace” will meet.').quotes;
    expect(qs).toEqual([]);
  });

  it('carries a quote across paragraphs when the next paragraph reopens it', () => {
    const text = '“We came here to listen and to find common ground,” Zelenskyy said. “The first step is a ceasefire.\n\n“After that, everything else can be discussed.”';
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual([
      'We came here to listen and to find common ground,', 'The first step is a ceasefire.', 'After that, everything else can be discussed.',
    ]);
    expect(qs.every((q) => q.speaker === 'e3')).toBe(true);
    expect(qs[1].rule).toContain('runs-on');
  });

  it('does not let an unclosed mark swallow the following paragraphs', () => {
    const text = 'He called it “a long and winding road\n\nTalks resume on Friday in Geneva. “We are ready to sign today,” Trump said.';
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual(['We are ready to sign today,']);
  });

  it('counts a repeated headline quote once', () => {
    const qs = run("Trump Says 'Peace Is Within Reach'\n\nTrump Says 'Peace Is Within Reach'\n\nThe president spoke on Monday.").quotes;
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('e1');
  });
});

describe('findQuotes: speakers', () => {
  it('resolves "he added" to the last person named outside the quotes', () => {
    const text = '“The next weeks will decide a lot,” Trump warned. “Millions of lives depend on it,” he added.';
    const qs = run(text).quotes;
    expect(qs.map((q) => [q.speaker, q.speaker_text, q.cue])).toEqual([['e1', 'Trump', 'warned'], ['e1', 'he', 'added']]);
  });

  it('gives a partial quote the subject of the speech verb before it', () => {
    const text = 'Trump stated he had a “long and very useful” call with Putin, believing they were close to a “final framework for peace”.';
    const qs = run(text).quotes;
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['long and very useful', 'e1'], ['final framework for peace', 'e1']]);
  });

  it('marks unnamed sources as anonymous', () => {
    for (const lead of ['a senior official said', 'the source said', 'said a person familiar with the talks', 'according to two diplomats']) {
      const [q] = run(`“The sides remain far apart on territory,” ${lead}.`).quotes;
      expect(q.speaker, lead).toBe('anonymous');
    }
  });

  it('reads "said X" and "according to X"', () => {
    expect(run('“We are not in a hurry to sign anything,” said Putin.').quotes[0].speaker).toBe('e2');
    expect(run('“Nothing has been agreed so far,” according to the Kremlin.').quotes[0].speaker).toBe('e4');
  });

  it('gives a quote after a colon lead the speaker of that lead', () => {
    const text = 'In a post on Telegram, Zelenskyy wrote:\n\n“Our delegation has clear instructions for these meetings.”';
    expect(run(text).quotes[0]).toMatchObject({ speaker: 'e3', cue: 'wrote' });
  });

  it('gives a headline-style "Name: quote" its name', () => {
    expect(run('Putin: "We are open to a fair settlement"').quotes[0].speaker).toBe('e2');
  });

  it('resolves "the president" to the last person who was a sentence subject', () => {
    const text = 'Trump met Putin for three hours. “We made a great deal of progress today,” the president said.';
    expect(run(text).quotes[0]).toMatchObject({ speaker: 'e1', speaker_text: 'the president' });
  });

  it('continues the previous speaker for a quote-only sentence', () => {
    const text = '“We will not give up our land,” Zelenskyy said. “Every village matters to us.”';
    expect(run(text).quotes.map((q) => q.speaker)).toEqual(['e3', 'e3']);
  });

  it('leaves the speaker null when the text does not say', () => {
    const [q] = run('The banner read “peace through strength and unity” in large letters.', []).quotes;
    expect(q.speaker).toBeNull();
  });
});

describe('findQuotes: properties', () => {
  const quoteish = fc.stringMatching(/^[a-zA-Z ,.'’‘"“”«»\n:]{0,200}$/);
  it('never throws and every span slices to the quote text', () => {
    fc.assert(fc.property(quoteish, (text) => {
      for (const q of findQuotes(contextFor(text, []))) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    }), { numRuns: 200 });
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
      const qs = findQuotes(contextFor(text, []));
      for (const q of qs) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    }), { numRuns: 100 });
  });
});
