// The entity lexicon: data/*.json plus world-countries, compiled once into word tries and sets so that matching a
// document costs a few Map look-ups per word.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { EntityKind } from '../record.js';
import { addPhrase, newTrie, phraseWords, type TrieNode } from './trie.js';
import { shapeOf, wordKey } from './words.js';
import { loadGazetteer, withoutRepeats } from './gazetteer.js';
import { loadOpenWords, type OpenWords } from './open-words.js';
import type { PeopleFile, OrganizationsFile, MetonymsFile, PlacesFile, OfficesFile, StopwordsFile, StatesFile } from './lexicon.data.js';
import { loadTowns, type Town } from '../geo/towns.js';

/** One thing the lexicon knows: a person, state, organisation or place. */
export interface LexEntry {
  id: string;
  kind: EntityKind;
  name: string;
  country: string | null;
  office: string | null;
  gender: 'f' | 'm' | null;
  wikidata?: string;
}

/** What a matched phrase stands for, and how it names it. */
export interface NameHit {
  entry: LexEntry;
  via: 'name' | 'metonym' | 'demonym';
  rule: string;
  /** A short form (surname alone): several people may share it. */
  short?: boolean;
  /** For capitals and seats of government: the place it is after "in"/"at"/"to". */
  venue?: LexEntry;
  /** The hit counts only in a report that also contains one of these strings ("Georgia" needs "Tbilisi", ...). */
  cues?: string[];
  /** An ethnic name before a force noun ("Serb forces"): after another place word ("Bosnian Serb forces") it is not the state. */
  ethnic?: boolean;
}

/** The entry with every field written (`wikidata` undefined when it has none), for the same reason as nameHit. */
function lexEntry(e: LexEntry): LexEntry {
  return { id: e.id, kind: e.kind, name: e.name, country: e.country, office: e.office, gender: e.gender, wikidata: e.wikidata };
}

/**
 * The hit with every field written, absent ones as undefined: the finders read hits at every word, and hits with
 * different sets of fields are different kinds of object to V8 (five of them made each such read a slow generic one).
 */
function nameHit(h: NameHit): NameHit {
  return { entry: h.entry, via: h.via, rule: h.rule, short: h.short, venue: h.venue, cues: h.cues, ethnic: h.ethnic };
}

/** The office of an organisation that is a state's own armed forces (data/gazetteer/groups.json). */
export const STATE_FORCES = 'armed forces';
/** The office of an organisation that is a region's own administration (Jubaland, the KRG): a side of its own. */
export const REGIONAL_GOVERNMENT = 'regional government';

export interface Lexicon {
  names: TrieNode<NameHit>;
  /** Office phrases ("special envoy", "Secretary of State") -> the office recorded on the person. */
  offices: TrieNode<string>;
  /** Words allowed between a country word and an office ("U.S. *special* envoy"). */
  modifiers: Set<string>;
  /** Office nouns that, after "the", point back to a person already named ("the president"). */
  references: TrieNode<string>;
  /** Capitalised words that never start or continue an unknown person's name (keys). */
  stopwords: Set<string>;
  /** Given names of lexicon people: a cue that an unknown capitalised pair is a person. */
  firstNames: Set<string>;
  /** Word classes for entities found from the text (groups, bodies, places that are not parties). */
  open: OpenWords;
  /** Each state by its ISO3 code: the state a group's "the government" stands for. */
  states: ReadonlyMap<string, LexEntry>;
  /** Each state's own armed forces by the state's ISO3 code: what "the army" in a report on that state names. */
  forces: ReadonlyMap<string, LexEntry>;
  /** Nouns after which "from" + a capital names the sender, not the place (data/metonyms.json `senders`). */
  senders: Set<string>;
  /** Towns the lexicon does not list, by their words' keys joined by spaces ("banja luka"), read when first asked for. */
  towns: () => ReadonlyMap<string, Town>;
}

function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    // The package root (it has package.json): dist/ may hold a partial copy of data/ from JSON imports.
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'people.json'))) return join(dir, 'data');
    dir = dirname(dir);
  }
  throw new Error('entity lexicon: cannot find data/people.json above ' + fileURLToPath(import.meta.url));
}

function readJson<T>(dir: string, file: string, key: string): T {
  const path = join(dir, file);
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`entity lexicon: cannot read ${path}: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || !(key in parsed)) throw new Error(`entity lexicon: ${path} has no "${key}"`);
  return parsed as T;
}

export function loadLexicon(dataDir: string = findDataDir()): Lexicon {
  // world-countries is CommonJS whose typings declare an ES default export; require gives the array itself.
  const countries = createRequire(import.meta.url)('world-countries') as Countries;
  const names = newTrie<NameHit>();
  const gazetteer = loadGazetteer(dataDir);
  const people = withoutRepeats(readJson<PeopleFile>(dataDir, 'people.json', 'people').people, gazetteer.persons);
  const orgs = withoutRepeats(readJson<OrganizationsFile>(dataDir, 'organizations.json', 'organizations').organizations,
    [...gazetteer.groups, ...gazetteer.organizations]);
  const metonymsFile = readJson<MetonymsFile>(dataDir, 'metonyms.json', 'metonyms');
  const metonyms = metonymsFile.metonyms;
  const places = readJson<PlacesFile>(dataDir, 'places.json', 'places').places;
  const offices = readJson<OfficesFile>(dataDir, 'offices.json', 'offices');
  const stop = readJson<StopwordsFile>(dataDir, 'name-stopwords.json', 'words');
  const statesExtra = readJson<StatesFile>(dataDir, 'states.json', 'exclude');

  const firstNames = new Set<string>();
  for (const p of people) {
    const entry = lexEntry({
      id: 'p:' + p.name, kind: 'person', name: p.name, country: p.country ?? null, office: p.office ?? null, gender: p.gender ?? null,
      wikidata: p.wikidata,
    });
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      addPhrase(names, n, nameHit({ entry, via: 'name', rule: 'entity.person.lexicon' }));
      const parts = phraseWords(n);
      if (parts.length > 1) firstNames.add(wordKey(parts[0]));
    }
    const parts = phraseWords(p.name);
    const shorts = p.short ?? (parts.length > 1 ? [parts[parts.length - 1]] : []);
    for (const s of shorts) addPhrase(names, s, nameHit({ entry, via: 'name', rule: 'entity.person.lexicon', short: true }));
  }

  // Our own tables come first: a later source never re-adds a phrase already taken (so "Congo" stays the DRC).
  const taken = new Set<string>();
  const add = (phrase: string, hit: NameHit) => {
    // The key keeps each word's case rule: "Tigray interim administration" is another phrase than its title-cased form.
    const k = phraseWords(phrase).map(wordKey).join(' ') + '|' + phraseWords(phrase).map(shapeOf).join(',');
    if (taken.has(k)) return;
    taken.add(k);
    addPhrase(names, phrase, nameHit(hit));
  };

  const stateById = new Map<string, LexEntry>();
  const orgByCode = new Map<string, LexEntry>();
  const forces = new Map<string, LexEntry>();
  const excluded = new Set(statesExtra.exclude.map(wordKey));
  const capitalExcluded = new Set((statesExtra.capital_exclude ?? []).map(wordKey));
  for (const c of countries) {
    if (!c.independent && !statesExtra.include.includes(c.cca3)) continue;
    const name = statesExtra.names?.[c.cca3] ?? c.name.common;
    stateById.set(c.cca3, lexEntry({ id: 's:' + c.cca3, kind: 'state', name, country: c.cca3, office: null, gender: null }));
  }
  for (const o of orgs) {
    const entry = lexEntry({
      id: 'o:' + o.short, kind: o.kind, name: o.name, country: o.country ?? null, office: o.office ?? null, gender: null, wikidata: o.wikidata,
    });
    orgByCode.set(o.short, entry);
    if (o.office === STATE_FORCES && o.country && !forces.has(o.country)) forces.set(o.country, entry);
    for (const n of [o.name, o.short, ...(o.aliases ?? [])]) add(n, { entry, via: 'name', rule: o.kind === 'group' ? 'entity.group.lexicon' : 'entity.org.lexicon' });
  }
  for (const m of metonyms) {
    const entry = stateById.get(m.country) ?? orgByCode.get(m.country);
    if (!entry) throw new Error(`entity lexicon: metonyms.json: "${m.text}" names unknown country ${m.country}`);
    const venue: LexEntry | undefined = m.venue
      ? lexEntry({ id: 'l:' + m.text.replace(/^the /, ''), kind: 'place', name: m.text.replace(/^the /, ''), country: entry.country, office: null,
        gender: null })
      : undefined;
    add(m.text, { entry, via: 'metonym', rule: entry.kind === 'state' ? 'entity.state.metonym' : 'entity.org.metonym', venue });
  }
  for (const p of places) {
    const entry = lexEntry({ id: 'l:' + p.name, kind: 'place', name: p.name, country: p.country ?? null, office: null, gender: null });
    add(p.name, { entry, via: 'name', rule: 'entity.place.lexicon' });
  }
  for (const c of countries) {
    const entry = stateById.get(c.cca3);
    if (!entry) continue;
    const stateNames = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)];
    for (const n of stateNames) if (!excluded.has(wordKey(n))) add(n, { entry, via: 'name', rule: 'entity.state.name' });
    const dem = c.demonyms?.eng;
    const extra = statesExtra.demonyms?.[c.cca3] ?? [];
    for (const d of new Set([dem?.m, dem?.f, ...extra].filter((x): x is string => !!x && !x.includes(',')))) {
      if (excluded.has(wordKey(d))) continue;
      add(d, { entry, via: 'demonym', rule: 'entity.state.demonym' });
      if (/[ni]$/.test(d)) add(d + 's', { entry, via: 'demonym', rule: 'entity.state.demonym' });
    }
    const capital = c.capital?.[0];
    if (capital && !capitalExcluded.has(wordKey(capital))) {
      const venue = lexEntry({ id: 'l:' + capital, kind: 'place', name: capital, country: entry.country, office: null, gender: null });
      add(capital, { entry, via: 'metonym', rule: 'entity.state.metonym', venue });
    }
  }

  for (const c of statesExtra.cued ?? []) {
    const entry = stateById.get(c.country);
    if (!entry) throw new Error(`entity lexicon: states.json: cued names for unknown country ${c.country}`);
    for (const n of c.names) add(n, { entry, via: 'name', rule: 'entity.state.cued', cues: c.cues });
    for (const d of c.demonyms ?? []) add(d, { entry, via: 'demonym', rule: 'entity.state.cued', cues: c.cues });
  }

  const open = loadOpenWords(dataDir);
  for (const e of statesExtra.ethnic_demonyms ?? []) {
    const entry = stateById.get(e.country);
    if (!entry) throw new Error(`entity lexicon: states.json: ethnic demonyms for unknown country ${e.country}`);
    for (const d of e.words) for (const noun of open.forceNouns) add(`${d} ${noun}`, { entry, via: 'demonym', rule: 'entity.state.demonym', ethnic: true });
  }

  const officeTrie = newTrie<string>();
  for (const o of offices.offices) addPhrase(officeTrie, o.text, o.office);
  // A first word that is also a state or an office ("Israel" Katz, "Sheikh" Tamim) is no cue for a person.
  for (const k of firstNames) {
    if (officeTrie.next.get(k)?.values.length || names.next.get(k)?.values.some((v) => v.value.entry.kind !== 'person')) firstNames.delete(k);
  }
  const references = newTrie<string>();
  for (const r of offices.references) addPhrase(references, r, r);
  return {
    names, offices: officeTrie, references, firstNames, open, states: stateById, forces,
    modifiers: new Set(offices.modifiers.map(wordKey)),
    stopwords: new Set(stop.words.map(wordKey)),
    senders: new Set((metonymsFile.senders ?? []).map(wordKey)),
    towns: townsByKey(loadTowns),
  };
}

/** The towns keyed as the finders key words (lower case, no diacritics), built on the first look-up. */
export function townsByKey(load: () => ReadonlyMap<string, Town>): () => ReadonlyMap<string, Town> {
  let byKey: Map<string, Town> | undefined;
  return () => (byKey ??= new Map([...load().values()].map((t) => [t.name.split(/\s+/).map(wordKey).join(' '), t])));
}
