// Towns the lexicon does not list (src/entities/find-towns.ts), from a towns table passed in as the lexicon's own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEntities } from '../../src/entities/index.js';
import { townsByKey } from '../../src/entities/lexicon.js';
import { lexicon } from './helpers.js';

const towns = townsByKey(() => new Map([
  ['novi grad', { name: 'Novi Grad', country: 'BIH' }],
  ['marlow', { name: 'Marlow', country: 'GBR' }],
]));
const run = (text: string) => findEntities(text, analyze(text), { ...lexicon, towns });
const places = (text: string) => run(text).entities.filter((e) => e.kind === 'place').map((e) => `${e.name}/${e.country}`);

describe('a town after a preposition of place', () => {
  it('is a place of its country, the longest run of capitalised words that names one', () => {
    expect(places('The envoys met in Novi Grad on Monday.')).toEqual(['Novi Grad/BIH']);
    expect(places('Talks moved from Marlow to the capital.')).toEqual(['Marlow/GBR']);
  });
  it('is not read without that cue: a town\'s name is also a person\'s or a word', () => {
    expect(places('Marlow said the talks were over.')).toEqual([]);
  });
});
