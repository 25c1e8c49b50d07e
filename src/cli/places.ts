// `parley backfill-places [--db FILE]`: resolves the event places of a store ingested before places were stored, so
// the dashboard's map shows them. Safe to re-run: places already resolved are left alone.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { dbOption, dbPath } from './rows.js';

export const backfillPlacesCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('backfill-places').description('resolve to coordinates the event places a store has none for (a store ingested before places were stored)')
      .addOption(dbOption())
      .action(async (o: { db?: string }) => {
        const path = dbPath(o.db);
        if (!existsSync(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
        const [{ openStore }, { backfillPlaces }, { gazetteerGeocode }] = await Promise.all([
          import('../store/index.js'), import('../ingest/places.js'), import('../ingest/ingest.js')]);
        const store = await openStore(path);
        try {
          const r = await backfillPlaces(store, gazetteerGeocode);
          await ctx.io.stdout(`resolved ${r.places} place name${r.places === 1 ? '' : 's'}, ${r.located} with coordinates\n`);
        } finally {
          await store.close();
        }
      });
  },
};
