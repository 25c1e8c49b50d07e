// Places for a store ingested before places were stored (or without a geocoder): every event place with no stored
// coordinates is resolved now, as ingest would have, so the map shows it. Re-running it resolves nothing twice.
import type { Store } from '../store/types.js';
import type { Geocode } from './write.js';

export interface PlaceBackfill { places: number; located: number }

/**
 * Resolves the unresolved event places. Ingest passes the country of the report's place entity as a hint; that
 * entity is not stored with the event, so a backfilled name is resolved without it (countries, capitals and large
 * towns resolve the same; a small town named in one country only does too).
 */
export async function backfillPlaces(store: Store, geocode: Geocode): Promise<PlaceBackfill> {
  const names = await store.unresolvedPlaces();
  let located = 0;
  await store.transaction(async () => {
    for (const name of names) {
      const p = geocode(name, null);
      await store.insertPlace(p);
      if (p.lat !== null) located++;
    }
  });
  return { places: names.length, located };
}
