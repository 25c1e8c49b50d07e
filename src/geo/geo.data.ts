// How a place name becomes coordinates. Each rule has an id (stored with the place) and a one-line reason.
export const GEO_RULES = {
  country: { id: 'geo.country', reason: 'a country name or common spelling: its centroid (world-countries)' },
  capital: { id: 'geo.capital', reason: 'a city that is a national capital wins over namesakes elsewhere' },
  hinted: { id: 'geo.hinted-city', reason: 'a town in the country the report ties the place to (large ones before regions)' },
  bigCity: { id: 'geo.big-city', reason: 'the most populous namesake, when it is a large city' },
  region: { id: 'geo.admin1', reason: 'a first-level region (state, province, oblast): the mean of its towns' },
  smallCity: { id: 'geo.only-town', reason: 'otherwise a town, when it is the only one of that name' },
  unknown: { id: 'geo.unknown', reason: 'no country, region or town of that name: kept off the map' },
} as const;

/** A namesake this large is taken as meant even without a country hint (Washington, Miami, Doha). */
export const BIG_CITY_POPULATION = 100_000;

/** Words that open a place name without being part of it ("the Gaza Strip", "the US"). */
export const LEADING_ARTICLES = /^(the)\s+/i;
