// "talks in Erbil", "flew to Banja Luka", "refugees from Tiraspol": a town the lexicon's places do not list (the
// gazetteer's towns, ../geo/towns.ts) is a place where a preposition of place puts it. Without that cue a town's name
// is left to the other finders: towns are also people's names and ordinary words ("Victoria", "Reading").
import type { LexEntry, Lexicon } from './lexicon.js';
import type { Candidate } from './table.js';
import { joins } from './trie.js';
import type { Word } from './words.js';

/** Prepositions that say where something is ("in Erbil", "near Goma"): after them a capitalised run is a place, not a
 * person, also before a speech verb ("a lawmaker in Banja Luka said", ./find-propn.ts). */
export const AT_PLACE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
/** Prepositions of where one goes or comes from: a town after them is a place too ("flew to Tiraspol"). */
const TO_OR_FROM = new Set(['to', 'from', 'into', 'toward', 'towards']);
/** Words a town's name may have ("Banja Luka", "Nur-Sultan" is one word's key with its hyphen). */
const MAX_WORDS = 3;

export function findTown(words: Word[], i: number, lex: Lexicon): Candidate | null {
  const w = words[i], prev = words[i - 1];
  if (!prev || !(AT_PLACE.has(prev.key) || TO_OR_FROM.has(prev.key)) || w.shape !== 'cap' || w.gap !== 'space' || prev.sentence !== w.sentence) return null;
  const towns = lex.towns();
  if (!towns.size) return null;
  let end = i + 1;
  while (end < words.length && end - i < MAX_WORDS && words[end].shape === 'cap' && joins(words, end) && words[end].gap === 'space') end++;
  // The longest run of capitalised words that names a town.
  for (let stop = end; stop > i; stop--) {
    const town = towns.get(words.slice(i, stop).map((x) => x.key).join(' '));
    if (!town) continue;
    const entry: LexEntry = { id: 'l:' + town.name, kind: 'place', name: town.name, country: town.country, office: null, gender: null };
    return { end: stop, span: [w.start, words[stop - 1].end], via: 'name', rule: 'entity.place.town', entry };
  }
  return null;
}
