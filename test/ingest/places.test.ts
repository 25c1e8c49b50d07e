// Backfilling places: a store ingested without a geocoder gets its event places resolved once, and a second run
// resolves nothing again; the CLI command says how many it resolved.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { backfillPlaces } from '../../src/ingest/places.js';
import { extractReport, loadLexicon } from '../../src/index.js';
import { openStore } from '../../src/store/index.js';

const REPORT = { id: 'r1', source: null, published: '2025-03-04', text: 'Envoys of Armenia and Azerbaijan met in Geneva on Monday to discuss the border.' };

describe('backfillPlaces', () => {
  it('resolves the event places a store has no coordinates for, once', async () => {
    const store = await openStore(':memory:');
    const lexicon = loadLexicon();
    await ingestReports(store, [REPORT], { extract: (r) => extractReport(r, { lexicon }), geocode: null });
    expect(await store.unresolvedPlaces()).toEqual(['Geneva']);
    const asked: (string | null)[][] = [];
    const geocode = (name: string, country: string | null) => { asked.push([name, country]); return { name, lat: 46.2, lon: 6.15, country: 'CH', rule: 'test' }; };
    expect(await backfillPlaces(store, geocode)).toEqual({ places: 1, located: 1 });
    expect(asked).toEqual([['Geneva', null]]);
    expect((await store.eventPlaces({})).map((p) => p.name)).toEqual(['Geneva']);
    expect(await backfillPlaces(store, geocode)).toEqual({ places: 0, located: 0 });
    await store.close();
  });

  it('parley backfill-places reports what it resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-places-'));
    const db = join(dir, 'p.db');
    const store = await openStore(db);
    await ingestReports(store, [REPORT], { extract: (r) => extractReport(r, { lexicon: loadLexicon() }), geocode: null });
    await store.close();
    let stdout = '';
    const io = { stdout: (s: string) => { stdout += s; }, stderr: () => {}, stdin: async function* () {} };
    expect(await main(['backfill-places', '--db', db], io)).toBe(0);
    expect(stdout).toBe('resolved 1 place name, 1 with coordinates\n');
  });
});
