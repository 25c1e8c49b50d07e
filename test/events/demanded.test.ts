// What a demand asks for (src/events/demanded.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { demandedThing } from '../../src/events/demanded.js';
import { syntax } from '../helpers/syntax.js';

const askedAfter = (text: string, trigger: string, names: string[] = []) => {
  const x = syntax(text, names);
  const words = trigger.split(' ');
  const at = x.tokens.findIndex((t, i) => words.every((w, k) => x.tokens[i + k]?.lower === w));
  return demandedThing(x, at + words.length);
};

describe('demandedThing', () => {
  it('reads the noun asked for and the verb of the infinitive alike', () => {
    expect(askedAfter('The bloc called for the immediate release of the detained ministers.', 'called for')).toBe('release');
    expect(askedAfter("The bloc urged President Kiir's government to release the ministers.", 'urged', ['Kiir'])).toBe('release');
  });
  it('skips who is asked', () => {
    expect(askedAfter('The envoy urged all parties to resume talks.', 'urged')).toBe('resume');
    expect(askedAfter('Cuba called on the government to free the hostages.', 'called on', ['Cuba'])).toBe('free');
  });
  it('reads nothing past the end of the clause', () => {
    expect(askedAfter('Cuba called on Colombia, which agreed.', 'called on', ['Cuba', 'Colombia'])).toBeNull();
  });
});
