// Sides of a negotiation: a state (its people and state organs count for it), an armed group, or an organisation
// (which can mediate but is never a conflict party). Built once per brief from the stored entities.
import countries from 'world-countries';
import processRules from '../../data/processes.json' with { type: 'json' };
import type { EntityRow } from '../store/types.js';

export type SideKind = 'state' | 'group' | 'organization';

interface CountryInfo { cca3: string; name: { common: string; official: string }; altSpellings: string[] }
const COUNTRIES = countries as unknown as CountryInfo[];
const STATE_CODES = new Set(COUNTRIES.map((c) => c.cca3));
const STATE_ORGAN = new RegExp(processRules.stateOrganPattern, 'iu');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The side an entity belongs to, or null (places, people of no known country). */
export function sideKeyOf(e: Pick<EntityRow, 'kind' | 'country' | 'name'>): string | null {
  switch (e.kind) {
    case 'state': return e.country ?? `state:${fold(e.name)}`;
    case 'person': return e.country ?? null;
    case 'group': return e.country && STATE_ORGAN.test(e.name) ? e.country : `group:${fold(e.name)}`;
    case 'organization': return e.country ?? `org:${fold(e.name)}`;
    default: return null;
  }
}

export function sideKind(key: string): SideKind {
  if (STATE_CODES.has(key) || key.startsWith('state:')) return 'state';
  if (key.startsWith('group:')) return 'group';
  return 'organization';
}

export class SideIndex {
  private readonly byEntity = new Map<number, string>();
  private readonly members = new Map<string, number[]>();
  private readonly names = new Map<string, string>();
  private readonly lookup = new Map<string, string>();
  private readonly homes = new Map<string, string>();
  private readonly places = new Map<string, string>();
  readonly entities = new Map<number, EntityRow>();

  constructor(rows: (EntityRow & { id: number })[]) {
    for (const c of COUNTRIES) {
      for (const n of [c.cca3, c.name.common, c.name.official, ...c.altSpellings]) this.lookup.set(fold(n), c.cca3);
    }
    for (const e of rows) {
      this.entities.set(e.id, e);
      if (e.kind === 'place' && e.country) this.places.set(fold(e.name), e.country);
      const key = sideKeyOf(e);
      if (!key) continue;
      this.byEntity.set(e.id, key);
      (this.members.get(key) ?? this.members.set(key, []).get(key)!).push(e.id);
      // A side is named after its own entity (the state, group or organisation), not after one of its people.
      if (e.kind !== 'person' && (!this.names.has(key) || e.kind === 'state')) this.names.set(key, e.name);
      if (e.kind !== 'person') this.lookup.set(fold(e.name), key);
      if (e.kind === 'group' && e.country) this.homes.set(key, e.country);
    }
  }

  side(entityId: number): string | null { return this.byEntity.get(entityId) ?? null; }
  entitiesOf(key: string): number[] { return this.members.get(key) ?? []; }
  name(key: string): string {
    return this.names.get(key) ?? COUNTRIES.find((c) => c.cca3 === key)?.name.common ?? key.replace(/^\w+:/, '');
  }
  /** The state an armed group is based in (its entity's country), or null. */
  home(key: string): string | null { return this.homes.get(key) ?? null; }
  entityName(id: number): string { return this.entities.get(id)?.name ?? `#${id}`; }
  isPerson(id: number): boolean { return this.entities.get(id)?.kind === 'person'; }
  /** The side a user's name means: an ISO3 code, a country name or spelling, or a stored state/group/organisation. */
  resolve(name: string): string | null {
    const t = name.trim();
    if (/^[A-Z]{3}$/.test(t) && STATE_CODES.has(t)) return t;
    return this.lookup.get(fold(t)) ?? null;
  }
  /** The state a place name lies in (a stored place, or a country's own name), or null. */
  placeSide(place: string): string | null { return this.places.get(fold(place)) ?? this.resolve(place); }
  /** The side an entity stands for, a place counting for its country. */
  sideOrPlace(entityId: number): string | null {
    const e = this.entities.get(entityId);
    return this.side(entityId) ?? (e?.kind === 'place' ? e.country : null);
  }
  /** Folded form for matching names typed by users against entity names. */
  static fold = fold;
}
