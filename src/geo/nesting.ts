// Whether one reported place lies inside another ("Palm Beach" in "Florida", "Doha" in "Qatar"): reports that name
// an event's place at different scales agree, they do not dispute it. Known from the gazetteer (a town in a region or
// a country) or from a report that names both that way ("the Mar-a-Lago club in Palm Beach", "Palm Beach, Florida").
import type { Gazetteer } from './gazetteer.js';
import { LEADING_ARTICLES } from './geo.data.js';
import type { NestingIndex } from './nesting-index.js';
import { resolvePlace } from './resolve.js';

/** Words a place may be qualified with between its name and the larger place ("Mar-a-Lago club in …"). */
const QUALIFIER_WORDS = 2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a text says `inner` is in `outer`: "inner in outer", "inner, outer", "inner estate near outer". */
export function namedInside(text: string, inner: string, outer: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(inner)}(?:\\s+\\p{L}+){0,${QUALIFIER_WORDS}}\\s*(?:,|\\s(?:in|near|outside)\\s)\\s*(?:the\\s+)?${escape(outer)}(?![\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}

/** True when the gazetteer puts `inner` inside `outer`: a place of that country, or a town of that region. */
export function gazetteerInside(gaz: Gazetteer, inner: string, outer: string): boolean {
  const o = outer.trim().toLowerCase();
  const i = inner.trim().toLowerCase();
  if (o === i || gaz.countries.has(i)) return false;
  const country = gaz.countries.get(o);
  if (country) return resolvePlace(gaz, inner).country === country.cca2;
  const regions = gaz.regions.get(o) ?? [];
  const towns = gaz.cities.get(i) ?? [];
  return regions.some((r) => towns.some((t) => `${t.country}.${t.admin1}` === r.code));
}

/** gazetteerInside from the compact index (src/geo/nesting-index.ts): the same answers, without the gazetteer. */
export function indexInside(idx: NestingIndex, inner: string, outer: string): boolean {
  const o = outer.trim().toLowerCase();
  const i = inner.trim().toLowerCase();
  if (o === i || idx.countries.has(i)) return false;
  const country = idx.countries.get(o);
  if (country) return resolvedCountry(idx, inner) === country;
  const regions = idx.regions.get(o) ?? [];
  const towns = idx.place(i)?.towns ?? [];
  return regions.some((r) => towns.includes(r));
}

/** The country resolvePlace gives a name with no hint, as the index recorded it. */
function resolvedCountry(idx: NestingIndex, name: string): string | null {
  const trimmed = name.trim();
  const k = trimmed.replace(LEADING_ARTICLES, '').toLowerCase();
  const country = idx.countries.get(k);
  if (country) return country;
  const entry = idx.place(k);
  return (LEADING_ARTICLES.test(trimmed) ? entry?.theCountry : entry?.country) ?? null;
}

/**
 * Groups of places (as reported) that are one place at different scales: `inside(a, b)` links them, and so does any
 * chain of such links (Mar-a-Lago in Palm Beach in Florida). Returns a group id per place.
 */
export function placeGroups(places: string[], inside: (inner: string, outer: string) => boolean): Map<string, number> {
  const group = new Map(places.map((p, i) => [p, i]));
  const find = (p: string): number => group.get(p)!;
  for (const a of places) {
    for (const b of places) {
      if (a === b || find(a) === find(b) || !inside(a, b)) continue;
      const from = find(b);
      const to = find(a);
      for (const [p, g] of group) if (g === from) group.set(p, to);
    }
  }
  return group;
}
