// The towns file the build writes (src/geo/towns.ts): large towns only, one per name, never a country's name.
import { describe, expect, it } from 'vitest';
import { buildTowns, parseTowns } from '../../src/geo/towns.js';

const countries = { countries: new Map([
  ['bosnia and herzegovina', { cca2: 'BA', cca3: 'BIH', lat: 0, lon: 0, capitals: [] }],
  ['georgia', { cca2: 'GE', cca3: 'GEO', lat: 0, lon: 0, capitals: [] }],
  ['united states', { cca2: 'US', cca3: 'USA', lat: 0, lon: 0, capitals: [] }],
]) };

describe('buildTowns', () => {
  it('keeps the most populous town of a name, of 50,000 people or more, and no name of a country', () => {
    const text = buildTowns([
      { name: 'Banja Luka', altName: '', country: 'BA', population: 220_000 },
      { name: 'Springfield', altName: '', country: 'US', population: 160_000 },
      { name: 'Springfield', altName: '', country: 'BA', population: 60_000 },
      { name: 'Tiny', altName: '', country: 'US', population: 900 },
      { name: 'Georgia', altName: '', country: 'US', population: 70_000 },
    ], countries);
    expect([...parseTowns(text).values()]).toEqual([
      { name: 'Banja Luka', country: 'BIH' }, { name: 'Springfield', country: 'USA' },
    ]);
  });
});
