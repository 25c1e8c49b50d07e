import { describe, expect, it } from 'vitest';
import { byName, persons, run, texts } from './helpers.js';

describe('titled names', () => {
  it('reads a lexicon person from a demonym + office title, with the name as the span', () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy flew to Geneva on Tuesday.';
    const idx = run(text);
    const z = byName(idx, 'Volodymyr Zelenskyy');
    expect(z).toMatchObject({ kind: 'person', country: 'UKR', office: 'President', rule: 'entity.person.titled' });
    expect(texts(text, z)).toEqual(['Volodymyr Zelenskyy']);
    // the demonym inside the title is not a separate mention of the state
    expect(idx.entities.some((e) => e.kind === 'state')).toBe(false);
  });

  it('handles abbreviations, modifiers and multi-word offices', () => {
    const text = 'U.S. special envoy Steve Witkoff sat beside Secretary of State Marco Rubio, while Kremlin aide Yury Ushakov took notes.';
    const idx = run(text);
    expect(persons(idx)).toEqual(['Steve Witkoff', 'Marco Rubio', 'Yuri Ushakov']);
    expect(texts(text, byName(idx, 'Yuri Ushakov'))).toEqual(['Yury Ushakov']);
    expect(idx.entities.some((e) => e.country === 'USA' && e.kind === 'state')).toBe(false);
  });

  it('gives an unknown titled person the office and the country of the title', () => {
    const text = 'Slovak Foreign Minister Juraj Blanar arrived late. Blanar later spoke to reporters.';
    const idx = run(text);
    const p = byName(idx, 'Juraj Blanar');
    expect(p).toMatchObject({ kind: 'person', country: 'SVK', office: 'Foreign Minister', rule: 'entity.person.titled' });
    expect(texts(text, p)).toEqual(['Juraj Blanar', 'Blanar']);
  });

  it('gives a "Government negotiator" the state of the report\'s armed group, or its one state', () => {
    const text = 'Colombia and the ELN resumed talks. Government negotiator Vera Grabe said the gap was narrowing.';
    expect(byName(run(text), 'Vera Grabe')).toMatchObject({ country: 'COL' });
    expect(byName(run('Government negotiator Vera Grabe said the gap was narrowing.'), 'Vera Grabe')?.country ?? null).toBeNull();
  });

  it('gives an unknown titled person the state of an "of" phrase after the name ("President X of Guyana")', () => {
    expect(byName(run('President Jane Okafor of Ghana said the border was open.'), 'Jane Okafor')).toMatchObject({ country: 'GHA' });
  });

  it('reads religious, royal and military ranks as titles, not as part of the name', () => {
    const text = 'Archbishop Samuel Okoro and Maj. Gen. Abdel Karim Musa met Cardinal Luigi Ferri in Juba.';
    const idx = run(text);
    expect(persons(idx)).toEqual(['Samuel Okoro', 'Abdel Karim Musa', 'Luigi Ferri']);
    expect(byName(idx, 'Luigi Ferri')).toMatchObject({ office: 'Cardinal' });
  });

  it('reads a portfolio the office list does not name ("Turkish Energy Minister X") as an office with its country', () => {
    const text = 'Turkish Energy Minister Alparslan Bayraktar called his Iraqi counterpart.';
    const p = byName(run(text), 'Alparslan Bayraktar');
    expect(p).toMatchObject({ kind: 'person', country: 'TUR', office: 'Energy Minister' });
  });

  it('takes an initial with its dot as part of the name', () => {
    const text = 'India’s Foreign Minister S. Jaishankar met his counterpart.';
    const idx = run(text);
    expect(texts(text, byName(idx, 'Subrahmanyam Jaishankar'))).toEqual(['S. Jaishankar']);
  });

  it('does not make a person of a plural office after a title word ("Chief Negotiators of A and B")', () => {
    const text = 'The Chief Negotiators of Armenia and Azerbaijan met in Vienna, and the Foreign Ministers Council followed.';
    const idx = run(text);
    expect(persons(idx)).toEqual([]);
    expect(texts(text, byName(idx, 'Armenia'))).toEqual(['Armenia']);
    expect(texts(text, byName(idx, 'Azerbaijan'))).toEqual(['Azerbaijan']);
  });

  it('does not make people of time zones, lone titles or broken lines', () => {
    expect(persons(run('The leaders will speak at 1:00 PM ET from the residence.'))).toEqual([]);
    expect(persons(run('The President spoke for an hour and the Prime Minister listened.'))).toEqual([]);
    expect(persons(run('He called [Russian President Vladimir] back later.'))).toEqual([]);
  });
});

describe('a given name before a known surname', () => {
  it('makes another person, not the known one', () => {
    const text = 'The panel, led by General Omar Al-Haddad, met. Hamas commander Izz al-Din al-Haddad stayed away.';
    expect(persons(run(text))).toEqual(['Omar Al-Haddad', 'Izz al-Din al-Haddad']);
  });
});

describe('a capitalised particle inside a name', () => {
  it('carries the name on to the surname, while an outlet after it stays out', () => {
    const text = 'Kuwaiti envoy Salem Al Sabah spoke to Al Jazeera on Monday.';
    const idx = run(text);
    expect(persons(idx)).toEqual(['Salem Al Sabah']);
    expect(byName(idx, 'Salem Al Sabah')).toMatchObject({ country: 'KWT', office: 'Envoy' });
  });
});

describe('titles of peace processes beyond the lexicon', () => {
  it('reads an unknown person from a country adjective and a peace-process office', () => {
    const text = 'Philippine peace adviser Ramon Dela Cruz met rebel leader Samuel Okoro on Monday.';
    const idx = run(text);
    const ramon = byName(idx, 'Ramon Dela Cruz');
    expect(ramon).toMatchObject({ kind: 'person', country: 'PHL', office: 'Peace Adviser' });
    expect(texts(text, ramon)).toEqual(['Ramon Dela Cruz']);
    expect(byName(idx, 'Samuel Okoro')).toMatchObject({ kind: 'person', office: 'Rebel Leader' });
  });
  it('a community adjective is its island state, not the kin state ("Turkish Cypriot leader")', () => {
    const idx = run('Turkish Cypriot leader Mehmet Kaya spoke.');
    expect(byName(idx, 'Mehmet Kaya')).toMatchObject({ country: 'CYP' });
    expect(idx.entities.some((e) => e.country === 'TUR')).toBe(false);
  });

  it('keeps the lowercase second syllable of a hyphenated given name, and its family name for later mentions', () => {
    const text = 'Interior Minister Park Soo-hyun said the border would stay open. Park told reporters the talks went well.';
    const idx = run(text);
    const p = byName(idx, 'Park Soo-hyun');
    expect(p).toMatchObject({ kind: 'person', office: 'Interior Minister' });
    expect(texts(text, p)).toEqual(['Park Soo-hyun', 'Park']);
  });

  it('does not read a compound after a name ("Trump-backed", "-led") as a syllable of it', () => {
    const text = 'The Donald Trump-backed plan was discussed, Anna Kowalczyk said.';
    expect(texts(text, byName(run(text), 'Donald Trump'))).toEqual(['Donald Trump']);
  });

  it('reads a name across a quoted nickname, and leaves the nickname out of the name', () => {
    const text = 'Rebel commander Joseph “Tiger” Mbeki said his fighters would hold their positions.';
    const p = byName(run(text), 'Joseph Mbeki');
    expect(p).toMatchObject({ kind: 'person', office: expect.stringMatching(/commander/i) });
    expect(texts(text, p)).toEqual(['Joseph “Tiger” Mbeki']);
  });

  it('reads a ministry or department between the country word and the office ("Chinese Foreign Ministry spokesperson")', () => {
    const idx = run('Egyptian Foreign Ministry spokesman Karim Nassar said the crossing stayed shut.');
    expect(byName(idx, 'Karim Nassar')).toMatchObject({ kind: 'person', country: 'EGY' });
    const dept = run('Kenyan Interior Ministry official Grace Wanjiru said the border would reopen.');
    expect(byName(dept, 'Grace Wanjiru')).toMatchObject({ country: 'KEN' });
  });
});

