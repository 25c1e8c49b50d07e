// Entity look-ups for queries: names for ids (memoised per query), and ids for a name typed by a user.
import type { EntityRow, Store } from '../store/types.js';
import { loadNameVariants, nameFold, surnameFold, type NameVariants } from '../merge/names.js';

export class EntityNames {
  private readonly cache = new Map<number, EntityRow | undefined>();
  constructor(private readonly store: Store) {}
  row(id: number): EntityRow | undefined {
    if (!this.cache.has(id)) this.cache.set(id, this.store.entity(id));
    return this.cache.get(id);
  }
  name(id: number | null): string | null {
    return id === null ? null : this.row(id)?.name ?? null;
  }
  names(ids: number[]): string[] {
    return ids.map((id) => this.name(id) ?? `#${id}`);
  }
}

/** Every stored entity a user's NAME can mean: "Zelensky", "Volodymyr Zelenskyy", "United States", "USA". */
export function resolveName(store: Store, name: string, variants: NameVariants = loadNameVariants()): number[] {
  const found = new Map<number, EntityRow>();
  const add = (rows: (EntityRow | undefined)[]) => { for (const r of rows) if (r) found.set(r.id!, r); };
  add(store.entitiesMatching(surnameFold(name, variants)).filter((e) => e.kind === 'person'));
  add(store.entitiesMatching(nameFold(name, variants)));
  add(store.entitiesMatching(name.trim().toLowerCase()));
  if (/^[A-Za-z]{3}$/.test(name.trim())) add([store.entityByKey(`state:${name.trim().toUpperCase()}`)]);
  return [...found.keys()].sort((a, b) => a - b);
}

/** A stored entity as `parley entities` lists it. */
export interface EntityListView {
  id: number; name: string; kind: string; country: string | null; office: string | null; wikidata: string | null; reports: number; events: number;
}

/** What the store knows: every entity (of one kind when asked), most reported first. */
export function listEntities(store: Store, q: { kind?: string } = {}): EntityListView[] {
  return store.entities(q.kind).map((e) => ({
    id: e.id, name: e.name, kind: e.kind, country: e.country, office: e.office ?? null, wikidata: e.wikidata ?? null, reports: e.reports, events: e.events,
  }));
}
