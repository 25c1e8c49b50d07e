import { describe, expect, it } from 'vitest';
import { byName, persons, run, texts } from './helpers.js';

describe('lexicon names', () => {
  it('folds every spelling of one person into one entity', () => {
    const text = 'Zelensky spoke first. Later Zelenskiy answered questions, and Zelenskyy’s aides left.';
    const idx = run(text);
    const people = idx.entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Volodymyr Zelenskyy');
    expect(texts(text, people[0])).toEqual(['Zelensky', 'Zelenskiy', 'Zelenskyy']);
  });

  it('matches names with diacritics and without', () => {
    const text = 'Erdoğan hosted the meeting; Erdogan said little.';
    const idx = run(text);
    expect(persons(idx)).toEqual(['Recep Tayyip Erdogan']);
    expect(texts(text, idx.entities[0])).toEqual(['Erdoğan', 'Erdogan']);
  });

  it('reads possessives without the ’s', () => {
    const text = "Putin's envoy met Lavrov’s deputy.";
    const idx = run(text);
    expect(texts(text, byName(idx, 'Vladimir Putin'))).toEqual(['Putin']);
    expect(texts(text, byName(idx, 'Sergey Lavrov'))).toEqual(['Lavrov']);
  });

  it('numbers entities in order of first mention', () => {
    const idx = run('Kagame met Tshisekedi in Washington, and Kagame smiled.');
    expect(idx.entities.map((e) => [e.id, e.name])).toEqual([['e1', 'Paul Kagame'], ['e2', 'Félix Tshisekedi'], ['e3', 'Washington']]);
  });
});

describe('states, metonyms, organisations, places', () => {
  it('maps the Kremlin, Moscow and the demonym Russian to one state', () => {
    const text = 'The Kremlin rejected the offer, Moscow said, and Russian drones kept flying.';
    const idx = run(text);
    const rus = idx.entities.filter((e) => e.country === 'RUS');
    expect(rus).toHaveLength(1);
    expect(rus[0]).toMatchObject({ kind: 'state', name: 'Russia' });
    expect(texts(text, rus[0])).toEqual(['The Kremlin', 'Moscow', 'Russian']);
    expect(idx.mentions.map((m) => m.via)).toEqual(['metonym', 'metonym', 'demonym']);
  });

  it('treats the White House and "the U.S." as the United States, never a person', () => {
    const text = 'The White House said the U.S. would keep talking with America’s allies.';
    const idx = run(text);
    expect(persons(idx)).toEqual([]);
    const usa = idx.entities.filter((e) => e.country === 'USA');
    expect(usa).toHaveLength(1);
    expect(texts(text, usa[0])).toEqual(['The White House', 'the U.S.', 'America']);
  });

  it('makes a capital a place after a locative preposition and the state elsewhere', () => {
    const text = 'Talks in Kyiv ended, and Kyiv rejected the terms.';
    const idx = run(text);
    expect(idx.entities.map((e) => [e.kind, e.name, texts(text, e).join('|')])).toEqual([
      ['place', 'Kyiv', 'Kyiv'],
      ['state', 'Ukraine', 'Kyiv'],
    ]);
    expect(idx.entities[0].rule).toBe('entity.place.venue');
  });

  it('reads the demonyms news uses where world-countries spells them otherwise ("Kyrgyz", "Tajik", "Bosnian")', () => {
    const text = 'Kyrgyz and Tajik officials met, and a Bosnian envoy joined them.';
    expect(run(text).entities.map((e) => e.name)).toEqual(['Kyrgyzstan', 'Tajikistan', 'Bosnia and Herzegovina']);
  });

  it('makes a capital that names a deal the place it was made, not a party ("the Pretoria peace agreement")', () => {
    const text = 'Both sides cited the Pretoria peace agreement, and Pretoria rejected the terms.';
    expect(run(text).entities.map((e) => [e.kind, e.name])).toEqual([['place', 'Pretoria'], ['state', 'South Africa']]);
    expect(run('The Minsk agreements failed.').entities.map((e) => e.kind)).toEqual(['place']);
  });

  it('makes a capital after "from" the sender when a noun of something sent comes before it', () => {
    const text = 'A proposal from Kyiv reached the mediators, who had flown in from Kyiv.';
    const idx = run(text);
    expect(idx.entities.map((e) => [e.kind, e.name])).toEqual([['state', 'Ukraine'], ['place', 'Kyiv']]);
  });

  it('reads the Taliban as the government of Afghanistan, and the Pakistani Taliban as their own group', () => {
    const idx = run('The Taliban rejected the charge, and the Pakistani Taliban claimed the attack.');
    expect(idx.entities.map((e) => [e.kind, e.name])).toEqual([['state', 'Afghanistan'], ['group', 'Tehrik-i-Taliban Pakistan']]);
  });

  it('does not read lowercase "us" as the United States', () => {
    expect(run('Let us wait and see.').entities).toEqual([]);
  });

  it('finds organisations by name and code, and Europe as a bloc', () => {
    const text = 'NATO and the EU backed the coalition of the willing, and European leaders met the Rapid Support Forces envoy.';
    const idx = run(text);
    expect(idx.entities.map((e) => [e.name, e.country])).toEqual([
      ['NATO', 'NATO'], ['European Union', 'EU'], ['coalition of the willing', 'COW'], ['Europe', 'EUR'], ['Rapid Support Forces', 'SDN'],
    ]);
  });

  it('reads Mar-a-Lago as a place, not a month or a person', () => {
    const text = 'The two men met at Mar-a-Lago on Sunday.';
    const idx = run(text);
    expect(idx.entities).toHaveLength(1);
    expect(idx.entities[0]).toMatchObject({ kind: 'place', name: 'Mar-a-Lago', country: 'USA' });
    expect(texts(text, idx.entities[0])).toEqual(['Mar-a-Lago']);
  });

  it('takes any capital from world-countries as its state, and a dateline capital as the place', () => {
    const text = 'BELGRADE, June 2 — Belgrade and Pristina traded accusations.';
    const idx = run(text);
    expect(idx.entities.map((e) => [e.kind, e.name, e.country, texts(text, e).join('|')])).toEqual([
      ['place', 'Belgrade', 'SRB', 'BELGRADE'],
      ['state', 'Serbia', 'SRB', 'Belgrade'],
      ['state', 'Kosovo', 'UNK', 'Pristina'],
    ]);
  });

  it('reads both names of a hyphenated pair of known states ("US-Ukraine"), while a code stays whole', () => {
    const text = 'A joint EU-Turkey text and the US-Israeli talks followed a UK-Kenya pact.';
    const idx = run(text);
    expect(idx.mentions.map((m) => text.slice(m.span[0], m.span[1]))).toEqual(['EU', 'Turkey', 'the US', 'Israeli', 'UK', 'Kenya']);
  });
});

describe('forces named by nationality', () => {
  it('an ethnic name before a force noun is the state ("Serb forces"); alone it names no party', () => {
    const text = 'Croat troops entered the valley as Serb forces withdrew.';
    const idx = run(text);
    expect(texts(text, byName(idx, 'Serbia'))).toEqual(['Serb forces']);
    expect(texts(text, byName(idx, 'Croatia'))).toEqual(['Croat troops']);
    expect(run('Serb villagers returned home.').entities).toEqual([]);
    // A community of another place is not the state: "Bosnian Serb forces" name no Serbian party.
    expect(run('Bosnian Serb troops left the hills.').entities.map((e) => e.country)).not.toContain('SRB');
    expect(run('On Friday Serb troops left the hills.').entities.map((e) => e.country)).toEqual(['SRB']);
  });
  it('reads Guinea as the state, but not inside a longer state or sea name', () => {
    const text = 'Police in Guinea arrested the organisers; Equatorial Guinea and Guinea-Bissau said nothing.';
    expect(run(text).entities.map((e) => e.country)).toEqual(['GIN', 'GNQ', 'GNB']);
    expect(run('Piracy rose in the Gulf of Guinea.').entities.map((e) => e.kind)).toEqual(['place']);
  });

  it('resolves a bare word of a lexicon person named in full earlier, when no other person shares it', () => {
    const text = 'Chinese Foreign Minister Wang Yi arrived in Islamabad. Wang told reporters the visit was useful.';
    expect(texts(text, byName(run(text), 'Wang Yi'))).toEqual(['Wang Yi', 'Wang']);
    // Not before the full name, and not as the first word of another name.
    const before = 'Wang told reporters the visit was useful. Foreign Minister Wang Yi left on Friday.';
    expect(texts(before, byName(run(before), 'Wang Yi'))).toEqual(['Wang Yi']);
    const other = 'Chinese Foreign Minister Wang Yi arrived. Wang Lei, a trade official, said little.';
    expect(texts(other, byName(run(other), 'Wang Yi'))).toEqual(['Wang Yi']);
  });

  it('reads no state in a demonym hyphened to "born" or "educated" (a person\'s origin), but does in "-led"', () => {
    expect(run('Ghanaian-born envoy Kwame Mensah said the talks would resume.').entities.map((e) => e.kind)).toEqual(['person']);
    expect(run('The Kenyan-led mission arrived in the capital.').entities.map((e) => e.country)).toContain('KEN');
  });
});


describe('a later lone given name', () => {
  it('is the unknown person whose name opens with it ("Siosaia Vaipulu ... Siosaia said")', () => {
    const text = 'The bloc\'s special envoy for Haiti, Siosaia Vaipulu, arrived on Monday. Siosaia, a former diplomat, met the council.';
    expect(texts(text, byName(run(text), 'Siosaia Vaipulu'))).toEqual(['Siosaia Vaipulu', 'Siosaia']);
  });
  it('is no one when two people share it', () => {
    const text = 'Siosaia Vaipulu said the talks would resume. Siosaia Latu said they would not. Later Siosaia met the council.';
    expect(persons(run(text))).toEqual(['Siosaia Vaipulu', 'Siosaia Latu']);
    expect(texts(text, byName(run(text), 'Siosaia Vaipulu'))).toEqual(['Siosaia Vaipulu']);
  });
});
