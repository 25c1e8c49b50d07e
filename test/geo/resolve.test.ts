// Place resolution on a small gazetteer of our own (the real one is loaded only at ingest).
import { describe, expect, it } from 'vitest';
import { resolvePlace, type Gazetteer } from '../../src/geo/index.js';

const town = (name: string, country: string, population: number, lat = 1, lon = 2, admin1 = '01') => ({ name, country, population, lat, lon, admin1 });
const gaz: Gazetteer = {
  cities: new Map([
    ['springfield', [town('Springfield', 'US', 160_000, 39.8, -89.6), town('Springfield', 'AU', 20_000)]],
    ['lakeside', [town('Lakeside', 'US', 5_000, 10, 10), town('Lakeside', 'CA', 8_000, 20, 20)]],
    ['harbourton', [town('Harbourton', 'NZ', 3_000, -41, 174)]],
    ['capitalia', [town('Capitalia', 'XA', 900, 5, 5), town('Capitalia', 'US', 40_000, 6, 6)]],
    ['ontario', [town('Ontario', 'US', 180_000, 34, -117)]],
    ['vermont', [town('Vermont', 'AU', 9_000)]],
  ]),
  countries: new Map([['freedonia', { cca2: 'XA', cca3: 'XAA', lat: 4, lon: 4, capitals: ['Capitalia'] }], ['us', { cca2: 'US', cca3: 'USA', lat: 38, lon: -97, capitals: ['Washington'] }]]),
  regions: new Map([['vermont', [{ country: 'US', code: 'US.VT', lat: 44, lon: -72.7, towns: 40 }]], ['ontario', [{ country: 'CA', code: 'CA.08', lat: 50, lon: -85, towns: 300 }]]]),
  iso2: new Map([['USA', 'US'], ['XAA', 'XA'], ['CAN', 'CA']]),
};

describe('resolvePlace', () => {
  it('takes a country name (and "the US") as its centroid', () => {
    expect(resolvePlace(gaz, 'the US')).toMatchObject({ lat: 38, lon: -97, country: 'US', rule: 'geo.country' });
  });
  it('prefers a national capital over a larger namesake', () => {
    expect(resolvePlace(gaz, 'Capitalia')).toMatchObject({ country: 'XA', rule: 'geo.capital' });
  });
  it('takes a large city without a hint, and a region before a small town', () => {
    expect(resolvePlace(gaz, 'Springfield')).toMatchObject({ country: 'US', rule: 'geo.big-city' });
    expect(resolvePlace(gaz, 'Vermont')).toMatchObject({ country: 'US', rule: 'geo.admin1' });
  });
  it('follows the country the report ties the place to', () => {
    expect(resolvePlace(gaz, 'Lakeside', 'CAN')).toMatchObject({ lat: 20, country: 'CA', rule: 'geo.hinted-city' });
    expect(resolvePlace(gaz, 'Ontario', 'CAN')).toMatchObject({ country: 'CA', rule: 'geo.admin1' });
  });
  it('trusts a small town only when it is the only one of its name', () => {
    expect(resolvePlace(gaz, 'Harbourton')).toMatchObject({ country: 'NZ', rule: 'geo.only-town' });
    expect(resolvePlace(gaz, 'Lakeside')).toMatchObject({ lat: null, rule: 'geo.unknown' });
  });
  it('never turns a named building into the town that shares its name', () => {
    expect(resolvePlace(gaz, 'the Springfield')).toMatchObject({ lat: null, rule: 'geo.unknown' });
  });
});
