// `parley export [--format plover|csv|jsonl|json|parquet] [--table events|sources|polecat] [--out FILE] [--bom]
//  [--actor NAME] [--event CAT] [--since D] [--until D] [--modality M] [--quiet] [--db FILE]`
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, TABLES, type ExportFormat, type TableName } from '../export/formats.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { addEventFilters, checkEventFilters, type EventFilterOptions } from './event-filters.js';
import { dbOption } from './rows.js';
import { processScope, withStore } from './store-query.js';

interface ExportCliOptions extends EventFilterOptions { format: ExportFormat; table: TableName; out?: string; bom?: boolean; quiet?: boolean; db?: string }

export const exportCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    addEventFilters(program.command('export').description('canonical events as PLOVER 2.0 JSON Lines, or a flat table as CSV, JSON Lines, JSON or Parquet'))
      .addOption(new Option('--format <format>', EXPORT_FORMATS.join(' | ')).choices(EXPORT_FORMATS).default('plover'))
      .addOption(new Option('--table <table>', 'flat table: events (one row an event) | sources (one row a report\'s mention) | polecat (one row an actor-recipient pair)').choices(TABLES).default('events'))
      .option('--out <file>', 'write here instead of standard output (required for parquet)')
      .option('--bom', 'CSV: start with a UTF-8 byte-order mark (for spreadsheets)')
      .option('-q, --quiet', 'no summary on standard error')
      .addOption(dbOption())
      .action(async (o: ExportCliOptions) => {
        checkEventFilters(o);
        if (o.format === 'parquet' && !o.out) throw new UsageError('export: --format parquet needs --out FILE (Parquet cannot be streamed)');
        await withStore(o, async (store) => {
          const [{ exportEvents }, { toFilter }] = await Promise.all([import('../export/index.js'), import('../query/events.js')]);
          const file = o.out && o.format !== 'parquet' ? createWriteStream(o.out) : null;
          const only = await processScope(store, o.process);
          const filter = await toFilter(store, { ...o, eventIds: only ? [...only.events] : undefined });
          const n = await exportEvents(store, { format: o.format, table: o.table, filter, bom: o.bom, path: o.out }, file
            ? async (s) => { if (!file.write(s)) await once(file, 'drain'); }
            : (s) => ctx.io.stdout(s));
          if (file) { file.end(); await once(file, 'finish'); }
          if (o.out && !o.quiet) ctx.io.stderr(`export: ${n} events to ${o.out}\n`);
        });
      });
  },
};
