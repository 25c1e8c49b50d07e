import { describe, expect, it } from 'vitest';
import { laterTimeReading } from '../../src/modality/later-time.js';
import { triggerIn } from '../helpers/syntax.js';

// The later-time cue of `trigger` (its first token to its last) in `sentence`, read on the sentence's syntax.
function cueOf(sentence: string, trigger: string): string | null {
  const { x, from, to } = triggerIn(sentence, trigger);
  return laterTimeReading(x, from, to)?.cue ?? null;
}

describe('laterTimeReading: a later time in the trigger\'s clause', () => {
  it('reads "next week", "tomorrow", "in the coming days", "later this month", "soon" as a time to come', () => {
    expect(cueOf('Envoys meet in Geneva next week.', 'meet')).toBe('future.time-after');
    expect(cueOf('Talks between Bogotá and the ELN resume tomorrow in Havana.', 'resume')).toBe('future.time-after');
    expect(cueOf('Mediators expect a prisoner swap in the coming days between Yerevan and Baku.', 'swap')).toBe('future.time-after');
    expect(cueOf('The two foreign ministers hold talks in Ankara later this month.', 'talks')).toBe('future.time-after');
    expect(cueOf('Both camps sign the accord soon, a mediator in Juba says.', 'sign')).toBe('future.time-after');
  });
  it('leaves an act told in the past alone', () => {
    expect(cueOf('The delegations met in Addis Ababa and will meet again next week.', 'met')).toBeNull();
    expect(cueOf('Talks held in Doha could resume next month.', 'held')).toBeNull();
  });
  it('does not lend the time of another clause', () => {
    expect(cueOf('The junta signs a deal with the rebels today to hold talks next week.', 'deal')).toBeNull();
    expect(cueOf('Negotiators reach a truce, which takes effect tomorrow.', 'truce')).toBeNull();
  });
  it('needs the time to be a later one', () => {
    expect(cueOf('Envoys meet in Geneva this week.', 'meet')).toBeNull();
    expect(cueOf('A mediator says the sides meet every week.', 'meet')).toBeNull();
  });
});

describe('laterTimeReading: a present progressive with a later time', () => {
  it('reads the plan of a present progressive', () => {
    expect(cueOf('I’m also calling Putin back after the meeting.', 'calling')).toBe('future.progressive');
    expect(cueOf('We are meeting the Sudanese envoys later, at the embassy.', 'meeting')).toBe('future.progressive');
    expect(cueOf('The Thai premier is flying to Phnom Penh after the summit.', 'flying')).toBe('future.progressive');
    expect(cueOf('“We are hosting the Armenian delegation after the vote,” the speaker told reporters.', 'hosting')).toBe('future.progressive');
  });
  it('needs the later time: a plain progressive is going on', () => {
    expect(cueOf('We are meeting Putin in Geneva.', 'meeting')).toBeNull();
    expect(cueOf('The envoy was flying to Phnom Penh after the summit.', 'flying')).toBeNull();
  });
});

describe('laterTimeReading: a writer\'s insertion', () => {
  it('reads past square brackets in a quotation', () => {
    expect(cueOf('“We are receiving [Sudanese army chief] Burhan in Cairo tomorrow,” the minister said.', 'receiving')).toBe('future.progressive');
    expect(cueOf('“They sign [the protocol] next week,” the mediator said.', 'sign')).toBe('future.time-after');
  });
});
