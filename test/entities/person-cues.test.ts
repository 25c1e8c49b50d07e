// Cues that an unknown capitalised run is a person (src/entities/person-cues.ts), on word keys of our own.
import { describe, expect, it } from 'vitest';
import { meetingCounterpart } from '../../src/entities/person-cues.js';

const words = (text: string) => text.split(' ').map((w) => ({ key: w.toLowerCase(), gap: 'space' }));

describe('meetingCounterpart', () => {
  it('holds for a two- or three-word run right after a meeting word', () => {
    expect(meetingCounterpart(words('Ruto met Jean Okafor'), 2, 4)).toBe(true);
    expect(meetingCounterpart(words('a meeting with Jean Okafor'), 3, 5)).toBe(true);
  });
  it('does not hold after other words, nor for a single word or a long run', () => {
    expect(meetingCounterpart(words('Ruto praised Jean Okafor'), 2, 4)).toBe(false);
    expect(meetingCounterpart(words('Ruto met Okafor'), 2, 3)).toBe(false);
    expect(meetingCounterpart(words('Ruto met The Golden Dome Project'), 2, 6)).toBe(false);
  });
});
