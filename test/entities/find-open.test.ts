// Open-world entities: names the lexicon does not know, found from how the text introduces them (invented names).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** [mention text, entity name, kind, country] for every mention, in text order. */
function mentions(text: string) {
  const idx = run(text);
  return idx.mentions.map((m) => {
    const e = idx.byId(m.entity)!;
    return [text.slice(m.span[0], m.span[1]), e.name, e.kind, e.country];
  });
}

describe('open-world entities', () => {
  it('an acronym apposition makes one group; the acronym (also before it), the long name and "the rebels" resolve to it', () => {
    const text = 'NHLA fighters held the pass. The Northern Hills Liberation Army (NHLA) said it would talk. '
      + 'The rebels later withdrew, and the Northern Hills Liberation Army thanked the mediators.';
    expect(mentions(text)).toEqual([
      ['NHLA', 'Northern Hills Liberation Army', 'group', null],
      ['Northern Hills Liberation Army', 'Northern Hills Liberation Army', 'group', null],
      ['NHLA', 'Northern Hills Liberation Army', 'group', null],
      ['The rebels', 'Northern Hills Liberation Army', 'group', null],
      ['Northern Hills Liberation Army', 'Northern Hills Liberation Army', 'group', null],
    ]);
  });

  it('a state word inside an introduced name gives its country, and is no state mention', () => {
    const text = 'Fighters of the Chad Valley Defence Front (CVDF) crossed the river.';
    expect(mentions(text)).toEqual([['Chad Valley Defence Front', 'Chad Valley Defence Front', 'group', 'TCD'], ['CVDF', 'Chad Valley Defence Front', 'group', 'TCD']]);
  });

  it('the head noun of an introduced name gives its kind: a council is an organisation', () => {
    const text = 'The Lakeside Peace Council (LPC) met on Friday, and the LPC issued a statement.';
    expect(mentions(text)).toEqual([
      ['Lakeside Peace Council', 'Lakeside Peace Council', 'organization', null],
      ['LPC', 'Lakeside Peace Council', 'organization', null],
      ['LPC', 'Lakeside Peace Council', 'organization', null],
    ]);
  });

  it('"ACRONYM, the rebel movement led by ..." makes the acronym an armed group', () => {
    const text = 'KRX-N, the rebel movement led by Amadou Bello, signed the accord. KRX-N later said it would comply.';
    const got = mentions(text);
    expect(got[0]).toEqual(['KRX-N', 'KRX-N', 'group', null]);
    expect(got.filter((m) => m[0] === 'KRX-N')).toHaveLength(2);
  });

  it('"the rebel group Name" and "the militant group Name" introduce a group by its name', () => {
    const text = 'Officials said the militant group Red Dawn Brigade attacked a convoy; the armed group Sable Hawks denied it.';
    expect(mentions(text)).toEqual([
      ['Red Dawn Brigade', 'Red Dawn Brigade', 'group', null],
      ['Sable Hawks', 'Sable Hawks', 'group', null],
    ]);
  });

  it('"the rebels" with no group named before is nobody; "the group of ..." is no reference', () => {
    expect(mentions('The rebels said they would fight on.')).toEqual([]);
    const text = 'The Red Hill Army (RHA) agreed. The group of mediators met, and the movement of troops stopped.';
    expect(mentions(text).map((m) => m[0])).toEqual(['Red Hill Army', 'RHA']);
  });

  it('"X\'s junta" is the state, and a later "the junta" is that state', () => {
    const text = "Myanmar's junta welcomed the handover, and the junta said more talks would follow.";
    expect(mentions(text)).toEqual([["Myanmar's junta", 'Myanmar', 'state', 'MMR'], ['the junta', 'Myanmar', 'state', 'MMR']]);
  });

  it("a body of an organisation is that organisation's body, not another organisation", () => {
    const text = 'The ECOWAS Commission said on Monday that the ECOWAS Mediation Council would meet.';
    expect(mentions(text)).toEqual([
      ['ECOWAS Commission', 'Economic Community of West African States Commission', 'organization', 'ECOWAS'],
      ['ECOWAS Mediation Council', 'Economic Community of West African States Mediation Council', 'organization', 'ECOWAS'],
    ]);
    const au = "The African Union's Peace and Security Council met.";
    expect(mentions(au)).toEqual([["African Union's Peace and Security Council", 'African Union Peace and Security Council', 'organization', 'AU']]);
  });

  it('a known acronym inside a longer code is not the known group', () => {
    expect(mentions('SPLM-Z, the armed movement led by a defector, rejected the deal.')[0]).toEqual(['SPLM-Z', 'SPLM-Z', 'group', null]);
  });

  it("a state's own government introduced with an acronym is the state; a national-unity body is not", () => {
    const text = 'The Federal Government of Zambia (FGZ) said talks would resume, and the FGZ confirmed it.';
    expect(mentions(text)).toEqual([
      ['Federal Government of Zambia', 'Zambia', 'state', 'ZMB'], ['FGZ', 'Zambia', 'state', 'ZMB'], ['FGZ', 'Zambia', 'state', 'ZMB'],
    ]);
    expect(mentions('The Zambia National Unity Government (ZNUG) objected.')[0]).toEqual(
      ['Zambia National Unity Government', 'Zambia National Unity Government', 'organization', 'ZMB']);
  });

  it('the acronym must be spelled by the long name; a known organisation before it is read by the lexicon', () => {
    expect(mentions('Leaders Meet Quietly In Geneva (REUTERSX) on Monday.').filter((m) => m[2] !== 'place' && m[2] !== 'state')).toEqual([]);
    expect(mentions('Iran and the International Atomic Energy Agency (IAEA) agreed.')).toEqual([
      ['Iran', 'Iran', 'state', 'IRN'],
      ['International Atomic Energy Agency', 'International Atomic Energy Agency', 'organization', 'IAEA'],
      ['IAEA', 'International Atomic Energy Agency', 'organization', 'IAEA'],
    ]);
    expect(mentions('Monitors from the Council for Water and Peace Action Africa (CWPA) said.')[0][1]).toBe('Council for Water and Peace Action Africa');
  });

  it('a name led by its head noun may keep an acronym of its original language; other runs must spell it', () => {
    const text = 'Delegates of the Front for Democracy in Burundi (FRODEBU) walked out, and FRODEBU later returned.';
    expect(mentions(text).filter((m) => m[2] === 'group')).toEqual([
      ['Front for Democracy in Burundi', 'Front for Democracy in Burundi', 'group', 'BDI'],
      ['FRODEBU', 'Front for Democracy in Burundi', 'group', 'BDI'],
      ['FRODEBU', 'Front for Democracy in Burundi', 'group', 'BDI'],
    ]);
    expect(mentions('Front Line Reporters Visited Goma (FXQZ) on Monday.').filter((m) => m[2] === 'group' || m[2] === 'organization')).toEqual([]);
  });

  it('a facility introduced with an acronym is a place', () => {
    expect(mentions('Shelling near the Lakeview Hydro Power Plant (LHPP) continued.')[0]).toEqual(['Lakeview Hydro Power Plant', 'Lakeview Hydro Power Plant', 'place', null]);
  });

  it('"the government" in a report on an armed group of a state already named is that state; with none, nobody', () => {
    const text = 'Chad and the Chad Valley Defence Front (CVDF) met. Talks between the government and the CVDF resumed.';
    expect(mentions(text).find((m) => m[0] === 'the government')).toEqual(['the government', 'Chad', 'state', 'TCD']);
    expect(mentions('Talks between the government and the press resumed.')).toEqual([]);
  });

  it('a document or plan introduced with an acronym is no actor', () => {
    expect(mentions('Both sides signed a Memorandum of Understanding (MOU) and a Joint Security Protocol (JSP).')).toEqual([]);
  });
});

describe("a state's own armed forces", () => {
  it('"the army" in a report on an armed group is the armed forces of the state it fights, never "the rebels"', () => {
    const text = 'The M23 rebels took another town in Congo. The army said it would retake it, and the rebels withdrew.';
    expect(mentions(text)).toEqual([
      ['M23 rebels', 'M23', 'group', 'COD'],
      ['Congo', 'Democratic Republic of the Congo', 'state', 'COD'],
      ['The army', 'Armed Forces of the Democratic Republic of the Congo', 'organization', 'COD'],
      ['the rebels', 'M23', 'group', 'COD'],
    ]);
  });

  it('"the army" is the armed forces last named; "the military dimension" names none', () => {
    const text = 'The Sudanese Armed Forces shelled the city. The army later accepted a truce. The military dimension of the plan is unclear.';
    expect(mentions(text).map((m) => m.slice(0, 2))).toEqual([
      ['Sudanese Armed Forces', 'Sudanese Armed Forces'],
      ['The army', 'Sudanese Armed Forces'],
    ]);
  });

  it('with no armed group or army named before, "the army" names no one', () => {
    expect(mentions('The army held a parade in the capital.')).toEqual([]);
  });
});

describe('government troops without "the"', () => {
  it('stand for the state of the armed group the report is about', () => {
    expect(mentions('Government troops pushed M23 fighters out of two towns.')[0])
      .toEqual(['Government troops', 'Democratic Republic of the Congo', 'state', 'COD']);
  });
  it('name no one when the report names no group or state', () => {
    expect(mentions('Government soldiers opened fire at dawn.')).toEqual([]);
  });
});
