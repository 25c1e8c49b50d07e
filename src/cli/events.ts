// `parley events [--actor NAME] [--event CAT] [--since D] [--until D] [--modality M] [--limit N] [--offset N]
// [--sources N] [--format F] [--bom] [--db FILE]`
// A table on a terminal; JSON or JSON Lines (the same objects, one a line); or CSV in the one flat layout that
// `parley export --format csv --table events` writes (every event: CSV is the export). Tables and JSON show a page of
// events, each with its first sources: an actor of a big store takes part in thousands of events told by a hundred
// thousand reports, and reading them all takes seconds; a note on stderr says how many there are and how to page on.
import { Option, type Command } from 'commander';
import type { EventPageQuery, EventView } from '../query/index.js';
import type { Store } from '../store/types.js';
import { addEventFilters, checkEventFilters, type EventFilterOptions } from './event-filters.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { dbOption, rowFormat } from './rows.js';
import { processScope, queries, withRows, withStore } from './store-query.js';

interface EventsOptions extends EventFilterOptions { format?: string; bom?: boolean; db?: string; limit: string; offset: string; sources: string; quiet?: boolean }

/** A whole number option, at least `min`; anything else is a usage error naming the flag. */
function count(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min) throw new UsageError(`events: ${flag} "${raw}" is not a whole number of at least ${min}`);
  return n;
}

export const eventsCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    addEventFilters(program.command('events').description('canonical events, each with the outlets that report it'))
      .addOption(new Option('--format <format>', 'table | json | jsonl | csv (default: table on a terminal, json otherwise)').choices(['table', 'json', 'jsonl', 'csv']))
      .option('--limit <n>', 'events shown (a page; CSV lists every event)', '100')
      .option('--offset <n>', 'events skipped before the page (the next page: --offset 100)', '0')
      .option('--sources <n>', 'sources listed per event (source_count says how many outlets; export --table sources lists all)', '20')
      .option('-q, --quiet', 'no note on standard error of how many events there are')
      .option('--bom', 'CSV: start with a UTF-8 byte-order mark (for spreadsheets)')
      .addOption(dbOption())
      .action(async (o: EventsOptions) => {
        checkEventFilters(o);
        const page = { limit: count('--limit', o.limit, 1), offset: count('--offset', o.offset, 0), maxSources: count('--sources', o.sources, 0) };
        const format = rowFormat(o.format);
        if (format === 'csv') {
          await withStore(o, async (store) => {
            const [{ exportEvents }, { toFilter }] = await Promise.all([import('../export/index.js'), import('../query/events.js')]);
            const only = await processScope(store, o.process);
            await exportEvents(store, { format, table: 'events', filter: await toFilter(store, { ...o, eventIds: only ? [...only.events] : undefined }), bom: o.bom }, (s) => ctx.io.stdout(s));
          }, ctx);
          return;
        }
        let note = '';
        await withRows(ctx, o, ['id', 'date', 'event', 'mode', 'actor', 'recipient', 'where', 'modality', 'source_count', 'sources'],
          async (s) => {
            const only = await processScope(s, o.process);
            const q = { ...o, ...page, eventIds: only ? [...only.events] : undefined };
            const out: EventView[] = [];
            for await (const e of (await queries()).queryEvents(s, q)) out.push(e);
            if (!o.quiet && (out.length === page.limit || page.offset)) note = await pageNote(s, q, out.length);
            return out;
          },
          (e: EventView) => ({ ...e, sources: [...new Set(e.sources.map((x) => x.outlet))] }));
        // After the rows, so a terminal shows it under the table.
        if (note) ctx.io.stderr(note);
      });
  },
};

/** Which events of how many are shown (counted in the store) and how to see the next ones. */
async function pageNote(store: Store, q: EventPageQuery, shown: number): Promise<string> {
  const { toFilter } = await import('../query/events.js');
  const total = await store.countEvents(await toFilter(store, q));
  const from = (q.offset ?? 0) + 1;
  const to = (q.offset ?? 0) + shown;
  if (shown === 0) return `parley events: no events after the first ${total} (--offset ${q.offset})\n`;
  if (to < total) return `parley events: events ${from}–${to} of ${total}; the next ones: --offset ${to}\n`;
  return `parley events: events ${from}–${to} of ${total}\n`;
}
