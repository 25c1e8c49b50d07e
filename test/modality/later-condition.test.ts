import { describe, expect, it } from 'vitest';
import { laterConditionReading } from '../../src/modality/later-condition.js';
import { triggerIn } from '../helpers/syntax.js';

// The later-condition cue of `trigger` (its first token to its last) in `sentence`, read on the sentence's syntax.
function cueOf(sentence: string, trigger: string): string | null {
  const { x, from, to } = triggerIn(sentence, trigger);
  return laterConditionReading(x, from, to)?.cue ?? null;
}

describe('laterConditionReading: a condition after the trigger, on its clause', () => {
  it('reads "if", "unless", an inverted "should" and a condition phrase', () => {
    expect(cueOf('Paris will deploy troops to Ukraine should a ceasefire be reached.', 'deploy')).toBe('conditional.after');
    expect(cueOf('France will send aid in case of a truce.', 'send')).toBe('conditional.after');
    expect(cueOf('Kenya will host the talks provided that both sides agree.', 'host')).toBe('conditional.after');
    expect(cueOf('The army will pull back in the event that the rebels disarm.', 'pull back')).toBe('conditional.after');
    expect(cueOf('Colombia would resume talks with the ELN unless the kidnappings stop.', 'resume')).toBe('conditional.after');
    expect(cueOf('Thailand is ready to reopen the border crossings if Cambodia removes its mines.', 'reopen')).toBe('conditional.after');
  });
  it('reaches a trigger in a clause under the one the condition hangs on', () => {
    expect(cueOf('Manila said it would recall its ambassador if the coast guard fired again.', 'recall')).toBe('conditional.after');
  });
  it('leaves an act told in the past alone', () => {
    expect(cueOf('France sent aid in case of need.', 'sent')).toBeNull();
    expect(cueOf('Serbia recalled its envoy, and Belgrade would retaliate if provoked.', 'recalled')).toBeNull();
  });
  it('leaves a trigger whose clause the condition does not govern', () => {
    expect(cueOf('Egypt confirmed the talks took place but said the army would respond if attacked.', 'talks')).toBeNull();
    expect(cueOf('The envoys pledged, at a summit in Lomé, to withdraw forces should the junta agree.', 'pledged')).toBeNull();
  });
  it('needs a condition: a plain "should" or "in case" of another sense is none', () => {
    expect(cueOf('The two Koreas will reopen the hotline, and both sides should keep it open.', 'reopen')).toBeNull();
    expect(cueOf('Kosovo will present its case before the court in The Hague.', 'present')).toBeNull();
  });
});
