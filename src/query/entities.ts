// Entity look-ups for queries: names for ids (read in batches, memoised per query), and ids for a name typed by a user.
import type { EntityRow, EventRow, Store } from '../store/types.js';
import { loadNameVariants, nameFold, surnameFold, type NameVariants } from '../merge/names.js';

/** Names for entity ids: `load` reads the ids not read yet in one query; row, name and names answer from what was read. */
export class EntityNames {
  private readonly cache = new Map<number, EntityRow | undefined>();
  constructor(private readonly store: Store) {}
  async load(ids: Iterable<number | null>): Promise<this> {
    const missing = [...new Set(ids)].filter((id): id is number => id !== null && !this.cache.has(id));
    if (!missing.length) return this;
    const rows = await this.store.entityRows(missing);
    for (const id of missing) this.cache.set(id, undefined);
    for (const r of rows) this.cache.set(r.id, r);
    return this;
  }
  /** Reads the participants of these events. */
  loadEvents(events: EventRow[]): Promise<this> { return this.load(events.flatMap((e) => [...e.actor, ...e.recipient])); }
  row(id: number): EntityRow | undefined {
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
export async function resolveName(store: Store, name: string, variants: NameVariants = loadNameVariants()): Promise<number[]> {
  const found = new Map<number, EntityRow>();
  const add = (rows: (EntityRow | undefined)[]) => { for (const r of rows) if (r) found.set(r.id!, r); };
  add((await store.entitiesMatching(surnameFold(name, variants))).filter((e) => e.kind === 'person'));
  add(await store.entitiesMatching(nameFold(name, variants)));
  add(await store.entitiesMatching(name.trim().toLowerCase()));
  if (/^[A-Za-z]{3}$/.test(name.trim())) add([await store.entityByKey(`state:${name.trim().toUpperCase()}`)]);
  return [...found.keys()].sort((a, b) => a - b);
}

/** A stored entity as `parley entities` lists it. */
export interface EntityListView {
  id: number; name: string; kind: string; country: string | null; office: string | null; wikidata: string | null; reports: number; events: number;
}

/** What the store knows: every entity (of one kind when asked), most reported first. */
export async function listEntities(store: Store, q: { kind?: string } = {}): Promise<EntityListView[]> {
  return (await store.entities(q.kind)).map((e) => ({
    id: e.id, name: e.name, kind: e.kind, country: e.country, office: e.office ?? null, wikidata: e.wikidata ?? null, reports: e.reports, events: e.events,
  }));
}
