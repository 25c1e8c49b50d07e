// Named bodies, people described by their role, and a community's armed men (invented names, real structure).
import { describe, expect, it } from 'vitest';
import { byName, persons, run, texts } from './helpers.js';

/** [mention text, entity name, kind, country] for every mention, in text order. */
function mentions(text: string) {
  const idx = run(text);
  return idx.mentions.map((m) => {
    const e = idx.byId(m.entity)!;
    return [text.slice(m.span[0], m.span[1]), e.name, e.kind, e.country];
  });
}

describe('named bodies after "the"', () => {
  it('makes a capitalised run ending in an organisation head an organisation, with its exact span', () => {
    const text = 'Heavy shelling hit the camp that is held by the Coastal Order and Stability Apparatus overnight, residents said.';
    const org = byName(run(text), 'Coastal Order and Stability Apparatus');
    expect(org).toMatchObject({ kind: 'organization', rule: 'entity.org.named' });
    expect(texts(text, org)).toEqual(['Coastal Order and Stability Apparatus']);
  });
  it('makes a numbered unit ending in a group head an armed group, the ordinal included', () => {
    const text = 'Clashes pitted the 17th Desert Brigade against a rival militia.';
    expect(mentions(text)).toEqual([['17th Desert Brigade', '17th Desert Brigade', 'group', null]]);
  });
  it('leaves a lone head noun, a place and someone’s affiliation alone', () => {
    expect(run('The Council met again.').entities).toEqual([]);
    expect(run('Drones struck the Northern Grain Port at dawn.').entities.map((e) => e.kind)).not.toContain('organization');
    expect(run('A spokesman for the Horn Policy Institute said little.').entities).toEqual([]);
  });
});

describe('people described by their role', () => {
  it('takes a capitalised pair followed by a role apposition as a person, even opening a sentence', () => {
    const text = 'Ana Beltrán Ospina, head of the government delegation, and Rubén Castaño, representing the rebels, signed the text.';
    const idx = run(text);
    expect(persons(idx)).toEqual(['Ana Beltrán Ospina', 'Rubén Castaño']);
    expect(texts(text, byName(idx, 'Rubén Castaño'))).toEqual(['Rubén Castaño']);
    expect(persons(run('Kiro Malev, a member of the opposition bloc, urged calm.'))).toEqual(['Kiro Malev']);
  });
  it('does not take a capitalised pair without a role apposition', () => {
    expect(persons(run('Blue Harbour, a quiet town, voted.'))).toEqual([]);
    expect(persons(run('Green Valley, where the talks were held, is calm.'))).toEqual([]);
  });
});

describe('a community’s armed men', () => {
  it('names the group after the community; its bare name and plural later resolve to it', () => {
    const text = 'Fighting broke out between Varani factions and Oskel clans. Elders urged the Oskels to pull back.';
    expect(mentions(text)).toEqual([
      ['Varani factions', 'Varani', 'group', null],
      ['Oskel clans', 'Oskel', 'group', null],
      ['Oskels', 'Oskel', 'group', null],
    ]);
  });
  it('does not make a group of a cue word, a known state word or a sentence-opening common word', () => {
    expect(run('Islamist groups rejected the vote.').entities).toEqual([]);
    expect(run('Some fighters left.').entities).toEqual([]);
    expect(byName(run('Sudanese fighters crossed the border.'), 'Sudanese')).toBeUndefined();
  });
  it('takes a sentence-opening word for a community only when the report also capitalises it inside a sentence', () => {
    expect(run('Regional groups urged both sides to talk. Rights groups said the vote was flawed.').entities).toEqual([]);
    expect(mentions('Varani militias shelled the market. Elders said the Varani had been warned.')).toEqual([
      ['Varani militias', 'Varani', 'group', null],
      ['Varani', 'Varani', 'group', null],
    ]);
  });
});

describe('"the government" of an armed group’s state', () => {
  it('is that state even before the group is named and when the state is not named', () => {
    const text = 'Civic groups urged the government and the Moro Islamic Liberation Front to resume talks.';
    const phl = run(text).entities.find((e) => e.kind === 'state');
    expect(phl).toMatchObject({ country: 'PHL' });
    expect(texts(text, phl)).toEqual(['the government']);
  });
});

describe('"the government in" a capital', () => {
  it('is the state whose seat it names, whichever state or group the report named last', () => {
    const text = 'Sudan accused Chad of arming the RSF. The government in N\'Djamena denied it, and the authorities in Khartoum repeated the charge.';
    expect(mentions(text).filter((m) => m[0] !== 'RSF').map((m) => m.slice(0, 2))).toEqual([
      ['Sudan', 'Sudan'], ['Chad', 'Chad'], ['The government', 'Chad'], ["N'Djamena", "N'Djamena"], ['the authorities', 'Sudan'], ['Khartoum', 'Khartoum'],
    ]);
  });
});

describe('"the government" in a clause a person reports', () => {
  it('is the speaker\'s own state, not the state or group named last', () => {
    const text = 'Sudan accused Chad of arming the RSF. Chadian President Mahamat Deby said the government would expel the officers.';
    expect(mentions(text).find((m) => m[0] === 'the government')?.[1]).toBe('Chad');
    const other = 'Sudan accused Chad of arming the RSF. Chadian President Mahamat Deby met the government delegation.';
    expect(mentions(other).find((m) => m[0] === 'the government')?.[1]).not.toBe('Chad');
  });
});

describe('"the army" standing alone', () => {
  it('is the armed forces of the one state the report names, also before "of" and a verb ("accused the army of shelling")', () => {
    const text = 'Congo signed the deal in Doha. Rebels later accused the army of shelling their camps.';
    expect(mentions(text).map((m) => m.slice(0, 2))).toEqual([
      ['Congo', 'Democratic Republic of the Congo'],
      ['Doha', 'Doha'],
      ['the army', 'Armed Forces of the Democratic Republic of the Congo'],
    ]);
  });
});

describe('group nouns with a country or a proper name', () => {
  it('"Sudan’s army" and "the Sudanese army" are the army, spanning the possessive or the adjective', () => {
    const text = 'Sudan’s army said on Tuesday that it had retaken the bridge, and the Sudanese army then shelled the town.';
    expect(mentions(text)).toEqual([
      ['Sudan’s army', 'Sudanese Armed Forces', 'group', 'SDN'],
      ['Sudanese army', 'Sudanese Armed Forces', 'group', 'SDN'],
    ]);
  });
  it('"the Quad" is the mediators’ organisation, not a person', () => {
    const text = 'Mediators of the Quad met in the capital on Monday to press for a truce in the long war.';
    expect(mentions(text)).toEqual([['Quad', 'Quad', 'organization', null]]);
  });
});
