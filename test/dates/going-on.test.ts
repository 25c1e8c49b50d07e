import { describe, expect, it } from 'vitest';
import { goingOnCue } from '../../src/dates/going-on.js';
import { meetsToday } from '../../src/dates/same-day.js';

function cue(sentence: string, trigger: string): string | null {
  const at = sentence.indexOf(trigger);
  return goingOnCue(sentence, [at, at + trigger.length], [0, sentence.length]);
}

describe('goingOnCue', () => {
  it('finds present and perfect forms after the act', () => {
    expect(cue('Raids on the northern camps continue despite the pledge.', 'Raids')).toBe('on the northern camps continue');
    expect(cue('Fighting that has persisted for a month displaced thousands.', 'Fighting')).toBe('that has persisted');
  });
  it('finds a modifier before the act', () => {
    expect(cue('Amid ongoing artillery duels, the envoys met.', 'duels')).toBe('ongoing artillery');
  });
  it('takes a past "continued" only alongside the news', () => {
    expect(cue('The pause was declared while skirmishes continued near the dam.', 'skirmishes')).toBe('continued');
    expect(cue('The skirmishes continued for several hours before dawn.', 'skirmishes')).toBeNull();
  });
  it('finds nothing in history', () => {
    expect(cue('The invasion of 2014 changed the region.', 'invasion')).toBeNull();
  });
});

describe('meetsToday', () => {
  it('finds a meeting the report names for its own day by a clock time or a same-day word', () => {
    expect(meetsToday('Before our meeting at 3:30 p.m. today, we spoke by phone.')).toBe(true);
    expect(meetsToday('The two delegations open their session at 0900 GMT in the old palace.')).toBe(true);
    expect(meetsToday('A summit of the bloc is due later today in the capital.')).toBe(true);
  });
  it('does not take a same-day word far from any meeting, or a meeting with no same-day word', () => {
    expect(meetsToday('Prices rose today. Elsewhere in the region, farmers waited for rain all week long, and the envoys had a meeting.')).toBe(false);
    expect(meetsToday('The meeting is set for next month.')).toBe(false);
  });
});
