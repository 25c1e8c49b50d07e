// Canonical keys for entities across reports: one person, state or organisation however many reports name it and
// however they spell it. Persons: kind + country + folded surname; states: ISO3; organisations: their code.
import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import type { Entity } from '../record.js';

export interface NameVariants { variants: Record<string, string> }

let cached: NameVariants | undefined;
/** The spelling-variant table in data/name-variants.json (found from src/ under tsx and from dist/src/ when built). */
export function loadNameVariants(): NameVariants {
  if (cached) return cached;
  for (const rel of ['../../data/name-variants.json', '../../../data/name-variants.json']) {
    try {
      cached = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as NameVariants;
      return cached;
    } catch { /* try the next location */ }
  }
  throw new Error('data/name-variants.json not found');
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Transliteration folds, in order: ending -skyy/-skiy/-skyi/-sky/-ski all become -ski; then y -> i everywhere
// (Yury/Yuri, Dmitriyev/Dmitriev) and doubled letters collapse (Zelenskyy, Witkoff stays distinct after variants).
const FOLDS: [RegExp, string][] = [
  [/sk(?:yy|iy|yi|yj|ii|ij|y|i|j)$/, 'ski'],
  [/y/g, 'i'],
  [/ii+/g, 'i'],
];

export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A word folded for comparison: diacritics stripped, lower case, letters only, transliteration folds applied. */
export function foldWord(word: string, variants: NameVariants): string {
  let w = stripDiacritics(word).toLowerCase().replace(/[^a-z]/g, '');
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return variants.variants[w] ?? w;
}

/** The folded surname of a person's name: its last word that is not a suffix like "Jr.". */
export function surnameFold(name: string, variants: NameVariants): string {
  const words = name.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  let i = words.length - 1;
  while (i > 0 && SUFFIXES.has(words[i].toLowerCase().replace(/\./g, ''))) i--;
  return foldWord(words[i] ?? name, variants);
}

/** A whole name folded word by word (organisations, groups, places; also `--actor` look-ups). */
export function nameFold(name: string, variants: NameVariants): string {
  return name.split(/\s+/).filter((w) => !/^the$/i.test(w)).map((w) => foldWord(w, variants)).filter(Boolean).join(' ');
}

const STATE_CODES = new Set((countries as unknown as { cca3: string }[]).map((c) => c.cca3));

/** The fold stored with an entity (what a country-less or loose look-up matches against). */
export function entityFold(e: Pick<Entity, 'name' | 'kind'>, variants: NameVariants): string {
  return e.kind === 'person' ? surnameFold(e.name, variants) : nameFold(e.name, variants);
}

/**
 * The canonical key, or null when the entity needs the store to decide (a person with no country: it joins the
 * one known person of that surname, if there is exactly one).
 */
export function entityKey(e: Pick<Entity, 'name' | 'kind' | 'country'>, variants: NameVariants): string | null {
  switch (e.kind) {
    case 'person':
      return e.country ? `person:${e.country}:${surnameFold(e.name, variants)}` : null;
    case 'state':
      return e.country ? `state:${e.country}` : `state:${nameFold(e.name, variants)}`;
    case 'organization':
      // An IGO code (NATO, EU, UN) identifies the organisation; an ISO3 country says only whose it is.
      return e.country && e.country !== 'IGO' && !STATE_CODES.has(e.country) ? `organization:${e.country}` : `organization:${nameFold(e.name, variants)}`;
    default:
      return `${e.kind}:${nameFold(e.name, variants)}`;
  }
}
