// "the French president", "the Venezuelan leader": the country a demonym in a title names, from world-countries, so a
// title resolves to that country's person even when the entity index kept no mention of the adjective.
import countries from 'world-countries';

interface CountryDemonyms { cca3: string; demonyms?: { eng?: { m?: string; f?: string } } }
const COUNTRIES = countries as unknown as CountryDemonyms[];
let byDemonym: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (byDemonym) return byDemonym;
  byDemonym = new Map();
  for (const c of COUNTRIES) {
    for (const form of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (form) byDemonym.set(form.toLowerCase(), c.cca3);
  }
  // world-countries spells the US demonym "American"; news also writes "US" and "U.S." as adjectives.
  for (const form of ['us', 'u.s.']) byDemonym.set(form, 'USA');
  return byDemonym;
}

/** The country code of the first demonym among the capitalised words of `phrase`, or null. */
export function demonymCountry(phrase: string): string | null {
  for (const word of phrase.match(/\p{Lu}[\p{L}.]*/gu) ?? []) {
    const code = table().get(word.toLowerCase());
    if (code) return code;
  }
  return null;
}
