import { describe, expect, it } from 'vitest';
import { ploverCode, ploverSector } from '../../src/export/plover-actor.js';

const person = (office: string | null, country: string | null = 'USA') => ({ kind: 'person', name: 'A Person', country, office });

describe('PLOVER actor codes', () => {
  it.each([
    ['USA', 'USA'], ['PSE', 'PSE'], ['VAT', 'VAT'], ['UN', 'UNO'], ['EU', 'EUR'], ['NATO', 'IGO'], ['IAEA', 'IGO'],
    ['AU', 'IGO'], ['ICRC', 'NGO'], ['UNK', 'KOS'], ['EUR', null], ['COW', null], [null, null],
  ])('%s -> %s', (country, code) => {
    expect(ploverCode(country)).toBe(code);
  });
});

describe('PLOVER sectors', () => {
  it.each([
    ['Foreign Minister', 'GOV'], ['Special Envoy', 'GOV'], ['Chief of the General Staff', 'MIL'], ['Field Marshal', 'MIL'],
    ['Head of Military Intelligence', 'SPY'], ['CIA Director', 'SPY'], ['Senator', 'LEG'], ['Parliament Speaker', 'LEG'],
    ['Former Prime Minister', 'ELI'], ['Pope', 'REL'], ['Army Secretary', 'GOV'], ['Director General', 'GOV'],
    ['Lieutenant General', 'MIL'], [null, null],
  ])('a person whose office is %s is %s', (office, sector) => {
    expect(ploverSector(person(office))).toBe(sector);
  });

  it('gives an international body and its officials IGO, unless they hold a military command', () => {
    expect(ploverSector(person('Secretary-General', 'UN'))).toBe('IGO');
    expect(ploverSector(person(null, 'NATO'))).toBe('IGO');
    expect(ploverSector(person('Supreme Allied Commander', 'NATO'))).toBe('MIL');
    expect(ploverSector({ kind: 'organization', name: 'African Union', country: 'AU' })).toBe('IGO');
  });

  it('reads states, armed groups and state bodies', () => {
    expect(ploverSector({ kind: 'state', name: 'Norway', country: 'NOR' })).toBe('GOV');
    expect(ploverSector({ kind: 'group', name: 'Some Liberation Front', country: 'SDN' })).toBe('REB');
    expect(ploverSector({ kind: 'group', name: 'Sudanese Armed Forces', country: 'SDN' })).toBe('MIL');
    expect(ploverSector({ kind: 'organization', name: 'Defense Forces of Somewhere', country: 'ISR' })).toBe('MIL');
    expect(ploverSector({ kind: 'organization', name: 'National Assembly', country: 'FRA' })).toBe('LEG');
    expect(ploverSector({ kind: 'place', name: 'Geneva', country: 'CHE' })).toBeNull();
  });
});
