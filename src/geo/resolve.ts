// A place name as reported ("Doha", "the Gaza Strip", "Florida") to coordinates, with the rule that chose them. Run
// at ingest; the result is stored so the map never resolves anything at request time.
import { BIG_CITY_POPULATION, GEO_RULES, LEADING_ARTICLES } from './geo.data.js';
import type { GazCity, Gazetteer } from './gazetteer.js';

export interface ResolvedPlace { name: string; lat: number | null; lon: number | null; country: string | null; rule: string }

/**
 * `hint` is the country the report ties the place to (ISO2 or ISO3), when it does. Countries first, then a capital,
 * a town in the hinted country, a large town, a region, and last any town of that name.
 */
export function resolvePlace(gaz: Gazetteer, name: string, hint: string | null = null): ResolvedPlace {
  const clean = name.trim().replace(LEADING_ARTICLES, '');
  const k = clean.toLowerCase();
  const hinted = hint ? (hint.length === 3 ? gaz.iso2.get(hint.toUpperCase()) ?? null : hint.toUpperCase()) : null;
  const at = (lat: number, lon: number, country: string | null, rule: string): ResolvedPlace => ({ name, lat, lon, country, rule });

  const country = gaz.countries.get(k);
  if (country) return at(country.lat, country.lon, country.cca2, GEO_RULES.country.id);

  // "the White House", "the Kremlin": a named building or landmark, never the town that shares its name.
  const towns = LEADING_ARTICLES.test(name.trim()) ? [] : gaz.cities.get(k) ?? [];
  const capital = towns.find((t) => [...gaz.countries.values()].some((c) => c.cca2 === t.country && c.capitals.some((cap) => cap.toLowerCase() === k)));
  if (capital) return at(capital.lat, capital.lon, capital.country, GEO_RULES.capital.id);
  const largest = (list: GazCity[]) => list.reduce<GazCity | undefined>((best, t) => (!best || t.population > best.population ? t : best), undefined);
  const inHint = hinted ? largest(towns.filter((t) => t.country === hinted)) : undefined;
  const big = largest(towns);
  if (inHint && inHint.population >= BIG_CITY_POPULATION) return at(inHint.lat, inHint.lon, inHint.country, GEO_RULES.hinted.id);
  // A region of the hinted country before a big namesake elsewhere ("Ontario" in a Canadian report is the province).
  const regions = gaz.regions.get(k) ?? [];
  const hintedRegion = regions.find((r) => r.country === hinted);
  if (hintedRegion) return at(hintedRegion.lat, hintedRegion.lon, hintedRegion.country, GEO_RULES.region.id);
  if (big && big.population >= BIG_CITY_POPULATION) return at(big.lat, big.lon, big.country, GEO_RULES.bigCity.id);

  // A region before a small town: "Florida" is the state, not a village of that name.
  const region = regions.reduce<(typeof regions)[number] | undefined>((b, r) => (!b || r.towns > b.towns ? r : b), undefined);
  if (region) return at(region.lat, region.lon, region.country, GEO_RULES.region.id);
  if (inHint) return at(inHint.lat, inHint.lon, inHint.country, GEO_RULES.hinted.id);
  // Without a hint a small town is only trusted when it is the one town of that name.
  if (towns.length === 1) return at(towns[0].lat, towns[0].lon, towns[0].country, GEO_RULES.smallCity.id);
  return { name, lat: null, lon: null, country: null, rule: GEO_RULES.unknown.id };
}
