// Places inside one another, on a small gazetteer of our own and on texts of our own.
import { describe, expect, it } from 'vitest';
import { gazetteerInside, namedInside, placeGroups } from '../../src/geo/nesting.js';
import type { Gazetteer } from '../../src/geo/index.js';

const town = (name: string, country: string, admin1: string) => ({ name, country, admin1, population: 10_000, lat: 1, lon: 2 });
const gaz: Gazetteer = {
  cities: new Map([['lakeside', [town('Lakeside', 'US', 'OR')]], ['portville', [town('Portville', 'XA', '02')]]]),
  countries: new Map([['freedonia', { cca2: 'XA', cca3: 'XAA', lat: 4, lon: 4, capitals: [] }]]),
  regions: new Map([['oregon', [{ country: 'US', code: 'US.OR', lat: 44, lon: -120, towns: 90 }]]]),
  iso2: new Map([['XAA', 'XA']]),
};

describe('place nesting', () => {
  it('reads "X in Y", "X, Y" and a qualified "X estate near Y" in a text, not Y before X or X far from Y', () => {
    expect(namedInside('Talks at the Grand Hotel in Lakeside went on.', 'Grand Hotel', 'Lakeside')).toBe(true);
    expect(namedInside('LAKESIDE, Oregon — the envoys met.', 'Lakeside', 'Oregon')).toBe(true);
    expect(namedInside('at his Willow Creek ranch near Lakeside', 'Willow Creek', 'Lakeside')).toBe(true);
    expect(namedInside('Lakeside hosted them; the Grand Hotel was closed.', 'Grand Hotel', 'Lakeside')).toBe(false);
    expect(namedInside('They left Lakeside for talks held later in a town of Oregon.', 'Lakeside', 'Oregon')).toBe(false);
  });

  it('knows a town of a region and a place of a country from the gazetteer', () => {
    expect(gazetteerInside(gaz, 'Lakeside', 'Oregon')).toBe(true);
    expect(gazetteerInside(gaz, 'Portville', 'Freedonia')).toBe(true);
    expect(gazetteerInside(gaz, 'Portville', 'Oregon')).toBe(false);
    expect(gazetteerInside(gaz, 'Oregon', 'Lakeside')).toBe(false);
  });

  it('groups chains of nested places, and keeps apart what nothing links', () => {
    const inside = (a: string, b: string) => (a === 'lodge' && b === 'town') || (a === 'town' && b === 'region');
    const g = placeGroups(['region', 'lodge', 'town', 'elsewhere'], inside);
    expect(new Set([g.get('region'), g.get('lodge'), g.get('town')]).size).toBe(1);
    expect(g.get('elsewhere')).not.toBe(g.get('town'));
  });
});
