// Shapes of the entity data files in data/ (checked loosely at load; every entry may carry a `note`).
import type { EntityKind } from '../record.js';

export interface PeopleFile {
  people: {
    name: string;
    /** Other full spellings ("Zelensky", "Yury Ushakov"). */
    aliases?: string[];
    /** Forms usable alone; default: the last word of `name`. [] when the surname is too common. */
    short?: string[];
    country: string | null;
    office: string | null;
    gender?: 'f' | 'm';
    wikidata?: string;
    note?: string;
  }[];
}

export interface OrganizationsFile {
  organizations: OrganizationEntry[];
}

export interface OrganizationEntry {
  name: string; short: string; kind: Extract<EntityKind, 'organization' | 'group'>; country: string | null;
  aliases?: string[]; wikidata?: string; note?: string;
  /** "armed forces": a state's own armed forces, an organ of the state `country` (its "the army"). */
  office?: string;
}

/** data/gazetteer/*.json: one entry a line, with the public sources the file was built from. */
export interface GazetteerPersonsFile { sources: string[]; persons: PeopleFile['people'] }
export interface GazetteerGroupsFile { sources: string[]; groups: OrganizationEntry[] }
export interface GazetteerOrganizationsFile { sources: string[]; organizations: OrganizationEntry[] }

export interface MetonymsFile {
  metonyms: { text: string; country: string; venue?: boolean; note?: string }[];
  /** Nouns after which "from" + a capital names the sender ("a proposal from Ankara"), not the place. */
  senders?: string[];
}

export interface PlacesFile {
  places: { name: string; country: string | null; note?: string }[];
}

export interface OfficesFile {
  offices: { text: string; office: string }[];
  modifiers: string[];
  references: string[];
}

export interface StopwordsFile {
  words: string[];
}

export interface StatesFile {
  /** State names or demonyms from world-countries that are too ambiguous to use ("Georgia": the U.S. state). */
  exclude: string[];
  /** ISO3 codes of non-independent territories to treat as states (Palestine). */
  include: string[];
  /** ISO3 -> the name to show for the state when world-countries' common name is a short form ("DR Congo"). */
  names?: Record<string, string>;
  /** ISO3 -> demonyms news uses that world-countries spells otherwise ("Kyrgyz" for "Kirghiz"). */
  demonyms?: Record<string, string[]>;
  /** Capitals from world-countries not to use as metonyms ("Victoria", "Kingston"). */
  capital_exclude?: string[];
  /** Excluded names that stand for the state when the report names one of its cues ("Georgia" beside "Tbilisi"). */
  cued?: { names: string[]; demonyms?: string[]; country: string; cues: string[] }[];
  /** Ethnic names that stand for a state only before a force noun ("Serb forces"), not alone ("Serb civilians"). */
  ethnic_demonyms?: { country: string; words: string[] }[];
}
