// `parley migrate`: an SQLite store copied into PostgreSQL answers every read as the original, keeps its ids, and
// takes new reports after the copy without an id clash. Needs a server (PARLEY_TEST_PG); skipped, saying so, without.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore, type Store } from '../../src/store/index.js';
import { DOCS, storeOf } from '../brief/fixtures.js';
import { collect } from '../helpers/collect.js';
import { dropSchemas, PG_SKIP_REASON, PG_URL, postgres } from '../helpers/engines.js';

afterAll(dropSchemas);

const run = runCli;

describe('parley migrate --from FILE --to postgres://', () => {
  if (!PG_URL) { it.skip(PG_SKIP_REASON, () => {}); return; }

  it('copies every table, verified by counts; the copy answers as the original and takes new reports', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-migrate-')), 'p.db');
    await (await storeOf(DOCS.slice(0, -1), file)).close();
    const url = await postgres.fresh();
    const r = await run(['migrate', '--from', file, '--to', url, '--json']);
    expect(r.code, r.err).toBe(0);
    const tables = JSON.parse(r.out).tables as { table: string; from: number; to: number }[];
    expect(tables.every((t) => t.from === t.to)).toBe(true);
    expect(tables.find((t) => t.table === 'reports')!.to).toBe(DOCS.length - 1);

    const a = await openStore(file, { readOnly: true });
    const b = await openStore(url);
    const same = async (read: (s: Store) => Promise<unknown>) => expect(await read(b)).toEqual(await read(a));
    try {
      await same((s) => s.counts());
      await same((s) => collect(s.events({})));
      await same((s) => s.quotes());
      await same((s) => s.search('security guarantees', 10).then((h) => h.map((x) => [x.kind, x.id])));
      // The aggregate reads the brief and the dashboard use.
      await same((s) => s.reportEntityGroups().then((g) => g.sort((x, y) => x.reports[0]! - y.reports[0]!)));
      await same((s) => s.eventReportLists());
      await same((s) => s.claimReportEntities(['person', 'state']));
      await same((s) => s.mediationCounts());
      await same((s) => s.unresolvedPlaces());
      // A second migrate into the now-filled store is refused.
      expect((await run(['migrate', '--from', file, '--to', url])).err).toMatch(/not empty/);
      // The ids go on after the copied ones.
      const before = await b.counts();
      const added = await storeOf(DOCS.slice(-1), url);
      await added.close();
      expect((await b.counts()).reports).toBe(before.reports + 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a source that is not an SQLite store and a target that is not a server', async () => {
    expect((await run(['migrate', '--from', '/nonexistent/p.db', '--to', PG_URL])).code).toBe(2);
    expect((await run(['migrate', '--from', 'x.db', '--to', 'y.db'])).err).toMatch(/--to must be a postgres/);
  });
});
