// The compact place index answers as the gazetteer does: on a small gazetteer of our own, and on the shipped index.
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/index.js';
import { buildNestingIndex, loadNestingIndex, parseNestingIndex } from '../../src/geo/nesting-index.js';
import { gazetteerInside, indexInside } from '../../src/geo/nesting.js';

const town = (name: string, country: string, admin1: string, population = 10_000) => ({ name, country, admin1, population, lat: 1, lon: 2 });
const gaz: Gazetteer = {
  cities: new Map([
    ['lakeside', [town('Lakeside', 'US', 'OR'), town('Lakeside', 'XA', '02')]],
    ['portville', [town('Portville', 'XA', '02', 250_000)]],
    ['marsh', [town('Marsh', 'XA', '01')]],
  ]),
  countries: new Map([['freedonia', { cca2: 'XA', cca3: 'XAA', lat: 4, lon: 4, capitals: ['Portville'] }],
    ['united states', { cca2: 'US', cca3: 'USA', lat: 38, lon: -97, capitals: [] }]]),
  regions: new Map([['oregon', [{ country: 'US', code: 'US.OR', lat: 44, lon: -120, towns: 90 }]],
    ['marsh', [{ country: 'XA', code: 'XA.01', lat: 5, lon: 5, towns: 12 }]]]),
  iso2: new Map([['XAA', 'XA'], ['USA', 'US']]),
};

describe('place nesting index', () => {
  it('gives the answers of the gazetteer for every pair of its names, "the" forms and unknown names included', () => {
    const idx = parseNestingIndex(buildNestingIndex(gaz));
    const names = ['Lakeside', 'Portville', 'Marsh', 'the Marsh', 'Oregon', 'Freedonia', 'United States', 'the Lakeside', 'Nowhere'];
    for (const a of names) for (const b of names) expect([a, b, indexInside(idx, a, b)]).toEqual([a, b, gazetteerInside(gaz, a, b)]);
    expect(indexInside(idx, 'Lakeside', 'Oregon')).toBe(true);
    expect(indexInside(idx, 'Portville', 'Freedonia')).toBe(true);
    expect(indexInside(idx, 'Portville', 'Oregon')).toBe(false);
  });

  it('ships an index of real places: a town in its region, a city in its country, not in another', () => {
    const idx = loadNestingIndex()!;
    expect(idx).not.toBeNull();
    expect(indexInside(idx, 'Anchorage', 'Alaska')).toBe(true);
    expect(indexInside(idx, 'Doha', 'Qatar')).toBe(true);
    expect(indexInside(idx, 'Doha', 'Egypt')).toBe(false);
    expect(indexInside(idx, 'Helsinki', 'Alaska')).toBe(false);
  });
});
