// `parley events [--actor NAME] [--event CAT] [--since D] [--until D] [--modality M] [--format F] [--bom] [--db FILE]`
// A table on a terminal; JSON or JSON Lines (the same objects, one a line); or CSV in the one flat layout that
// `parley export --format csv --table events` writes.
import { Option, type Command } from 'commander';
import type { EventView } from '../query/index.js';
import type { CliCommand, CliContext } from './command.js';
import { addEventFilters, checkEventFilters, type EventFilterOptions } from './event-filters.js';
import { dbOption, rowFormat } from './rows.js';
import { processScope, queries, withRows, withStore } from './store-query.js';

interface EventsOptions extends EventFilterOptions { format?: string; bom?: boolean; db?: string }

export const eventsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    addEventFilters(program.command('events').description('canonical events, each with the outlets that report it'))
      .addOption(new Option('--format <format>', 'table | json | jsonl | csv (default: table on a terminal, json otherwise)').choices(['table', 'json', 'jsonl', 'csv']))
      .option('--bom', 'CSV: start with a UTF-8 byte-order mark (for spreadsheets)')
      .addOption(dbOption())
      .action(async (o: EventsOptions) => {
        checkEventFilters(o);
        const format = rowFormat(o.format);
        if (format === 'csv') {
          await withStore(o, async (store) => {
            const [{ exportEvents }, { toFilter }] = await Promise.all([import('../export/index.js'), import('../query/events.js')]);
            const only = await processScope(store, o.process);
            await exportEvents(store, { format, table: 'events', filter: await toFilter(store, { ...o, eventIds: only ? [...only.events] : undefined }), bom: o.bom }, (s) => ctx.io.stdout(s));
          }, ctx);
          return;
        }
        await withRows(ctx, o, ['id', 'date', 'event', 'mode', 'actor', 'recipient', 'where', 'modality', 'source_count', 'sources'],
          async (s) => {
            const only = await processScope(s, o.process);
            const out: EventView[] = [];
            for await (const e of (await queries()).queryEvents(s, { ...o, eventIds: only ? [...only.events] : undefined })) out.push(e);
            return out;
          },
          (e: EventView) => ({ ...e, sources: [...new Set(e.sources.map((x) => x.outlet))] }));
      });
  },
};
