// `parley migrate --from parley.db --to postgres://…`: moves a store from the embedded engine to the server one,
// ids and all, and says per table how many rows each side holds (a mismatch fails the command).
import type { Command } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { EXIT_INPUT } from './io.js';
import { missingStore } from './rows.js';

interface MigrateOptions { from: string; to: string; quiet?: boolean; json?: boolean }

export const migrateCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('migrate').description('copy an SQLite store into an empty PostgreSQL one, verified by counts')
      .requiredOption('--from <file>', 'the SQLite store to copy')
      .requiredOption('--to <url>', 'the PostgreSQL store: postgres://user:password@host:port/database')
      .option('-q, --quiet', 'no progress on standard error')
      .option('--json', 'print the per-table counts as JSON on standard output')
      .action(async (o: MigrateOptions) => runMigrate(ctx, o));
  },
};

async function runMigrate(ctx: CliContext, o: MigrateOptions): Promise<void> {
  const { isPostgresUrl, storeError } = await import('../store/index.js');
  if (!isPostgresUrl(o.to)) throw new UsageError('migrate: --to must be a postgres:// connection string');
  if (isPostgresUrl(o.from) || missingStore(o.from)) throw new UsageError(`migrate: --from must be an SQLite store file (${o.from} is not one)`);
  const { copyStore } = await import('../store/copy.js');
  let result;
  try {
    result = await copyStore(o.from, o.to, (t, n) => { if (!o.quiet) ctx.io.stderr(`migrate: ${t}: ${n} rows\n`); });
  } catch (e) {
    throw storeError(e, o.to);
  }
  const bad = result.filter((r) => r.from !== r.to);
  if (o.json) await ctx.io.stdout(JSON.stringify({ ok: !bad.length, tables: result }) + '\n');
  else if (!o.quiet) ctx.io.stderr(bad.length ? '' : `migrate: every table verified (${result.map((r) => `${r.table} ${r.to}`).join(', ')})\n`);
  for (const r of bad) ctx.io.stderr(`parley: migrate: ${r.table}: ${r.from} rows in the source, ${r.to} in the target\n`);
  if (bad.length) ctx.fail(EXIT_INPUT);
}
