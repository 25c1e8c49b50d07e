import { describe, expect, it } from 'vitest';
import { persons, run } from './helpers.js';

describe('unknown proper-noun runs', () => {
  it('finds an unknown person before a speech verb, with no country', () => {
    const text = 'The meeting ran late, Anna Kowalczyk said on Monday.';
    const idx = run(text);
    const p = idx.entities.find((e) => e.kind === 'person')!;
    expect(p).toMatchObject({ name: 'Anna Kowalczyk', country: null, rule: 'entity.person.propn-run' });
    expect(text.slice(p.mentions[0][0], p.mentions[0][1])).toBe('Anna Kowalczyk');
  });

  it('does not make people of weekdays, months, places or organisations', () => {
    expect(persons(run('On Sunday the delegation left for Kuala Lumpur.'))).toEqual([]);
    expect(persons(run('In December the Security Council met again.'))).toEqual([]);
    expect(persons(run('The talks in Abu Dhabi went well, Gaza City officials said.'))).toEqual([]);
  });

  it('ignores headline Title Case', () => {
    expect(persons(run('Leaders Gather For Crucial Peace Summit As Talks Resume\n\nThe talks resumed.'))).toEqual([]);
  });

  it('does not take a capitalised pair without a person cue', () => {
    expect(persons(run('The Golden Dome project was discussed.'))).toEqual([]);
  });
});
