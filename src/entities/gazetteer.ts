// The gazetteer (data/gazetteer/*.json): people, armed groups and movements, and international bodies of current
// peace processes, one entry a line, each file citing its public sources. It extends people.json and
// organizations.json; an entry already there (same name) is not read twice.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerGroupsFile, GazetteerOrganizationsFile, GazetteerPersonsFile, OrganizationEntry, PeopleFile } from './lexicon.data.js';

export interface Gazetteer {
  persons: PeopleFile['people'];
  groups: OrganizationEntry[];
  organizations: OrganizationEntry[];
}

export const GAZETTEER_FILES = { persons: 'persons.json', groups: 'groups.json', organizations: 'organizations.json' } as const;

function read<T>(path: string, key: string): T[] {
  if (!existsSync(path)) return [];
  let parsed: any;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`gazetteer: cannot read ${path}: ${(e as Error).message}`);
  }
  if (!Array.isArray(parsed?.[key])) throw new Error(`gazetteer: ${path} has no "${key}" list`);
  if (!Array.isArray(parsed.sources) || !parsed.sources.length) throw new Error(`gazetteer: ${path} cites no sources`);
  return parsed[key] as T[];
}

export function loadGazetteer(dataDir: string): Gazetteer {
  const dir = join(dataDir, 'gazetteer');
  return {
    persons: read<GazetteerPersonsFile['persons'][number]>(join(dir, GAZETTEER_FILES.persons), 'persons'),
    groups: read<GazetteerGroupsFile['groups'][number]>(join(dir, GAZETTEER_FILES.groups), 'groups'),
    organizations: read<GazetteerOrganizationsFile['organizations'][number]>(join(dir, GAZETTEER_FILES.organizations), 'organizations'),
  };
}

/** `extra` entries whose name is not already among `base`. */
export function withoutRepeats<T extends { name: string }>(base: T[], extra: T[]): T[] {
  const seen = new Set(base.map((e) => e.name.toLowerCase()));
  return [...base, ...extra.filter((e) => !seen.has(e.name.toLowerCase()))];
}
