// A stored entity as a PLOVER 2.0 actor/recipient object (manual, "Data Fields", the entity table): country or
// international code, sector, the Wikidata identifier where the gazetteer has one, and the office.
import { createRequire } from 'node:module';
import type { EntityRow } from '../store/types.js';
import { BODY_CODES, BODY_NAME_SECTORS, INTERNATIONAL_CODES, INTERNATIONAL_SECTOR, OFFICE_SECTORS, type PloverSector } from './plover.data.js';

export interface PloverActor {
  code: string | null;
  sector: PloverSector | null;
  entity_text: string;
  identifier_id: string | null;
  identifier_text: string | null;
  office: string | null;
  /** Parley's additions: the entity's kind and its id in the store (stable within one store). */
  kind: string;
  parley_id: string;
}

let iso3: Set<string> | undefined;
function isIso3(code: string): boolean {
  iso3 ??= new Set((createRequire(import.meta.url)('world-countries') as { cca3: string }[]).map((c) => c.cca3));
  return iso3.has(code);
}

const BODY = new Map(BODY_CODES.map((b) => [b.from, b.code]));
const INTERNATIONAL = new Set<string>(INTERNATIONAL_CODES);

/** Parley's country field -> PLOVER's: ISO3 as is, UN -> UNO, EU -> EUR, other international bodies -> IGO. */
export function ploverCode(country: string | null | undefined): string | null {
  if (!country) return null;
  if (BODY.has(country)) return BODY.get(country)!;
  return isIso3(country) ? country : 'IGO';
}

const firstSector = (rules: { re: RegExp; sector: PloverSector }[], text: string | null | undefined) =>
  (text ? rules.find((r) => r.re.test(text))?.sector : undefined) ?? null;

/** The actor's primary PLOVER sector, or null when nothing in the record says it. */
export function ploverSector(e: Pick<EntityRow, 'kind' | 'name' | 'country'> & { office?: string | null }): PloverSector | null {
  const international = INTERNATIONAL.has(ploverCode(e.country) ?? '');
  if (e.kind === 'person') {
    const sector = firstSector(OFFICE_SECTORS, e.office);
    return international && (sector === null || sector === 'GOV') ? INTERNATIONAL_SECTOR.sector : sector;
  }
  if (e.kind === 'state') return 'GOV';
  if (e.kind === 'place') return null;
  if (international) return INTERNATIONAL_SECTOR.sector;
  return firstSector(BODY_NAME_SECTORS, e.name) ?? (e.kind === 'group' ? 'REB' : null);
}

export function ploverActor(e: EntityRow | undefined, id: number): PloverActor {
  if (!e) {
    return { code: null, sector: null, entity_text: `#${id}`, identifier_id: null, identifier_text: null, office: null, kind: 'unknown', parley_id: String(id) };
  }
  return {
    code: ploverCode(e.country), sector: ploverSector(e), entity_text: e.name,
    identifier_id: e.wikidata ?? null, identifier_text: e.wikidata ? e.name : null, office: e.office ?? null,
    kind: e.kind, parley_id: String(id),
  };
}
