// `parley brief [--process NAME] [--since D] [--format md|json] [--config FILE] [--db FILE]`: where the talks stand.
import { Option, type Command } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { loadConfig } from './config.js';
import { checkDate, dbOption, dbPath, missingStore } from './rows.js';
import { saveThrough } from './store-query.js';

interface BriefFlags { process?: string; since?: string; asOf?: string; format?: string; config?: string; db?: string }

export const briefCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program.command('brief').description('where the talks stand, per process, with sources (Markdown or JSON)')
      .option('--process <name>', 'one process (name, id or alias); default: every process, most active first')
      .option('--since <date>', 'only evidence on or after YYYY-MM-DD')
      .option('--as-of <date>', 'count "days since" to this date (default: the newest report)')
      .addOption(new Option('--format <format>', 'md | json | jsonl (one brief a line)').choices(['md', 'json', 'jsonl']).default('md'))
      .option('--config <file>', 'process names and adjustments (default: ./parley.yml when present)')
      .addOption(dbOption())
      .action(async (o: BriefFlags) => runBrief(ctx, o));
  },
};

async function runBrief(ctx: CliContext, o: BriefFlags): Promise<void> {
  checkDate('--since', o.since, 'year');
  checkDate('--as-of', o.asOf);
  const path = dbPath(o.db);
  if (missingStore(path)) throw new UsageError(`no store at ${path} (run parley ingest first, or give --db FILE)`);
  const [{ openStore }, { UnknownProcessError }, { savedBrief, savedBriefMarkdown }] = await Promise.all([
    import('../store/index.js'), import('../brief/index.js'), import('../query/saved-brief.js')]);
  const config = await loadConfig(o.config);
  const store = await openStore(path, { readOnly: true });
  try {
    // Opened read-only, the store keeps no brief: a computed one is saved through a writable connection, so the next
    // run (and a server) reads it back until the next ingest. Markdown is read back as written, not rendered again.
    const read = { process: o.process, since: o.since, asOf: o.asOf, config };
    const text = o.format === 'md' ? await savedBriefMarkdown(store, read, saveThrough(path)) : jsonText(await savedBrief(store, read, saveThrough(path)), o.format);
    if (!text) {
      // Not an error: a store can hold reports that show no negotiation yet. Say so, and how to get one.
      const n = (await store.counts()).reports;
      if (o.format === 'json') await ctx.io.stdout('[]\n');
      else await ctx.io.stdout(`No negotiation process found in ${path} (${n} report${n === 1 ? '' : 's'}).\n`);
      ctx.io.stderr(`parley brief: a process needs two sides with hostile events in at least two reports and someone mediating; ` +
        `ingest more reports (parley ingest FILES), or name one in parley.yml (parties: [A, B]).\n`);
      return;
    }
    await ctx.io.stdout(text);
  } catch (e) {
    if (e instanceof UnknownProcessError) throw new UsageError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

/** The briefs as JSON (one array) or JSON Lines (one brief a line); '' when there are none. */
function jsonText(briefs: unknown[], format?: string): string {
  if (!briefs.length) return '';
  return format === 'jsonl' ? briefs.map((b) => JSON.stringify(b) + '\n').join('') : JSON.stringify(briefs, null, 2) + '\n';
}
