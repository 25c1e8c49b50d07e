// A compact index of where places lie, for deciding at query time whether one reported place is inside another
// without the full gazetteer (about 230 MB loaded): per lower-cased name the country resolvePlace gives it (as
// written, and after "the") and the first-level regions ("US.FL") of its towns; per region name its codes; per
// country spelling its ISO2. Built from the gazetteer by scripts/place-index.ts (run by `npm run build`) into dist/data/geo/place-nesting.tsv.gz
// (a few MB); lookups scan the text for the few names a dispute asks about instead of building maps of every town.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';

export interface PlaceEntry { country: string | null; theCountry: string | null; towns: string[] }

export interface NestingIndex {
  /** Lower-cased country name or spelling → ISO2. */
  countries: Map<string, string>;
  /** Lower-cased region name → its GeoNames codes ("US.FL"), one per country that has a region of that name. */
  regions: Map<string, string[]>;
  /** Lower-cased town or region name → how resolvePlace places it and where its towns lie; undefined when unknown. */
  place(name: string): PlaceEntry | undefined;
}

/** The index text of a gazetteer: lines `c name ISO2`, `r name codes`, `p name country theCountry codes` (tabs). */
export function buildNestingIndex(gaz: Gazetteer): string {
  const lines: string[] = [];
  for (const [name, c] of gaz.countries) lines.push(`c\t${name}\t${c.cca2}`);
  for (const [name, rs] of gaz.regions) lines.push(`r\t${name}\t${rs.map((r) => r.code).join(',')}`);
  for (const name of new Set([...gaz.cities.keys(), ...gaz.regions.keys()])) {
    const towns = [...new Set((gaz.cities.get(name) ?? []).map((t) => `${t.country}.${t.admin1}`))];
    const country = resolvePlace(gaz, name).country ?? '';
    const theCountry = resolvePlace(gaz, `the ${name}`).country ?? '';
    lines.push(`p\t${name}\t${country}\t${theCountry}\t${towns.join(',')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads an index text; countries and regions (a few thousand) into maps, places looked up in the text when asked. */
export function parseNestingIndex(text: string): NestingIndex {
  const countries = new Map<string, string>();
  const regions = new Map<string, string[]>();
  const body = text.startsWith('\n') ? text : `\n${text}`;
  for (const line of body.slice(0, body.indexOf('\np\t') + 1 || body.length).split('\n')) {
    const [kind, name, value] = line.split('\t');
    if (kind === 'c') countries.set(name, value);
    else if (kind === 'r') regions.set(name, value.split(','));
  }
  const seen = new Map<string, PlaceEntry | undefined>();
  const place = (name: string): PlaceEntry | undefined => {
    if (seen.has(name)) return seen.get(name);
    const at = body.indexOf(`\np\t${name}\t`);
    let entry: PlaceEntry | undefined;
    if (at >= 0 && !name.includes('\n')) {
      const [, , country, theCountry, towns] = body.slice(at + 1, body.indexOf('\n', at + 1)).split('\t');
      entry = { country: country || null, theCountry: theCountry || null, towns: towns ? towns.split(',') : [] };
    }
    seen.set(name, entry);
    return entry;
  };
  return { countries, regions, place };
}

/** The index file the build writes: dist/data/geo/ of the package root (from src/geo or dist/src/geo). */
function indexPath(): string | null {
  return builtFile(NESTING_INDEX_FILE);
}

/** A file the build writes under the package root (`relative` to it), found from src/ or dist/src/; null when absent. */
export function builtFile(relative: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) {
    const path = join(dir, relative);
    if (existsSync(join(dir, 'package.json')) && existsSync(path)) return path;
  }
  return null;
}

/** Where the build writes the index, from the package root: derived from the gazetteer's packages, so never committed. */
export const NESTING_INDEX_FILE = join('dist', 'data', 'geo', 'place-nesting.tsv.gz');

let loaded: NestingIndex | null | undefined;
/** The shipped index, read once when first asked for; null when the package has none (names alone then). */
export function loadNestingIndex(): NestingIndex | null {
  if (loaded !== undefined) return loaded;
  const path = indexPath();
  return (loaded = path ? parseNestingIndex(gunzipSync(readFileSync(path)).toString('utf8')) : null);
}
