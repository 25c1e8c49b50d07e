import { describe, expect, it } from 'vitest';
import { textCue } from '../../src/modality/text-cues.js';
import { clauseStart } from '../../src/modality/text-clause.js';

// The modal text cue before `trigger` in `sentence`, read from the start of its clause.
function cueOf(sentence: string, trigger: string): string | null {
  const ts = sentence.indexOf(trigger);
  return textCue(sentence, ts, clauseStart(sentence, ts))?.cue ?? null;
}

describe('textCue', () => {
  it('reads a future, a modal and a backshifted "would" before the trigger', () => {
    expect(cueOf('The envoys will on Thursday continue consultations with Minsk.', 'consultations')).toBe('future.will');
    expect(cueOf('Analysts say the shelling could derail any round of talks.', 'talks')).toBe('hypothetical.modal');
    expect(cueOf('The mediator said that the militia would hand over its heavy weapons.', 'hand over')).toBe('future.reported-would');
  });
  it('stops at another finite verb or a reporting tag between cue and trigger', () => {
    expect(cueOf('In a step that could calm the border, Delhi has resumed flights to Dhaka.', 'resumed')).toBeNull();
    expect(cueOf('Envoys will keep talking, officials said, after two days of meetings in Jeddah.', 'meetings')).toBeNull();
  });
  it('reads nothing in a plain past clause', () => {
    expect(cueOf('The two presidents met in Luanda on Tuesday.', 'met')).toBeNull();
  });
});
