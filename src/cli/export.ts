// `parley export --format plover|csv|json [--out FILE] [--db FILE]`
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../export/index.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { dbOption, dbPath } from './rows.js';

export const exportCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('export').description('all canonical events as PLOVER 2.0 JSON Lines, CSV or JSON')
      .addOption(new Option('--format <format>', 'plover | csv | json').choices(['plover', 'csv', 'json'] satisfies ExportFormat[]).default('plover'))
      .option('--out <file>', 'write here instead of standard output')
      .addOption(dbOption())
      .action(async (o: { format: ExportFormat; out?: string; db?: string }) => {
        const path = dbPath(o.db);
        if (!existsSync(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
        const [{ openStore }, { exportEvents }] = await Promise.all([import('../store/index.js'), import('../export/index.js')]);
        const store = openStore(path, { readOnly: true });
        const file = o.out ? createWriteStream(o.out) : null;
        try {
          const n = await exportEvents(store, o.format, file
            ? async (s) => { if (!file.write(s)) await once(file, 'drain'); }
            : (s) => ctx.io.stdout(s));
          if (file) { file.end(); await once(file, 'finish'); ctx.io.stderr(`export: ${n} events to ${o.out}\n`); }
        } finally {
          store.close();
        }
      });
  },
};
