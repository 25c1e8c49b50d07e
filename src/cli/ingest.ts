// `parley ingest [PATH ... | -] [--jsonl FILE] [--feed FILE|URL] [--db FILE]`: extracts and stores reports, once each.
import type { Command } from 'commander';
import type { IngestItem } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../read/types.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { EXIT_INPUT } from './io.js';
import { checkDate, dbOption, dbPath } from './rows.js';
import { STDIN_HINT } from './stdin-hint.js';

interface IngestOptions { jsonl: string[]; feed: string[]; db?: string; published?: string; quiet?: boolean; json?: boolean; allowPrivateHosts?: boolean; maxItems: string }
const collect = (v: string, prev: string[]) => [...prev, v];

export const ingestCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program
      .command('ingest')
      .description('extract reports and store them in one corroborated record (each report once)')
      .argument('[paths...]', 'text or HTML files, directories, .jsonl files, or - for stdin')
      .option('--jsonl <file>', 'a JSON Lines file of reports (repeatable)', collect, [])
      .option('--feed <file|url>', 'an RSS 2.0 or Atom feed (repeatable)', collect, [])
      .option('--published <date>', 'reference date YYYY-MM-DD for reports that carry none')
      .option('-q, --quiet', 'no progress or summary on standard error (failures still show)')
      .option('--json', 'print the run summary as one JSON object on standard output')
      .option('--allow-private-hosts', 'let feeds fetch from loopback, private, link-local and metadata addresses')
      .option('--max-items <n>', 'items read from one feed at most', '500')
      .addOption(dbOption())
      .action((paths: string[], opts: IngestOptions) => runIngest(paths, opts, ctx));
  },
};

async function* items(paths: string[], opts: IngestOptions, ctx: CliContext, warn: (id: string, w: string) => void): AsyncGenerator<IngestItem & { warnings?: string[] }> {
  if (paths.length || opts.jsonl.length) {
    const { readInputs } = await import('../read/index.js');
    for await (const it of readInputs(paths, opts.jsonl, { maxBytes: DEFAULT_MAX_BYTES }, { stdin: ctx.io.stdin })) {
      // The reader's warnings (invalid bytes replaced) are said as extract says them, not only kept in the record.
      if (it.kind === 'report') for (const w of it.warnings) warn(it.report.source ?? it.report.id, w);
      yield it.kind === 'error' ? { id: it.where, failed: it.reason } : { ...it.report, warnings: it.warnings };
    }
  }
  if (!opts.feed.length) return;
  const { readFeed, DEFAULT_FEED } = await import('../ingest/feed.js');
  const feedOpts = { ...DEFAULT_FEED, allowPrivateHosts: !!opts.allowPrivateHosts, maxItems: Number(opts.maxItems) };
  for (const f of opts.feed) {
    for await (const it of readFeed(f, feedOpts)) {
      if ('warnings' in it) for (const w of it.warnings ?? []) warn(it.id, w);
      yield it;
    }
  }
}

async function runIngest(paths: string[], opts: IngestOptions, ctx: CliContext): Promise<void> {
  const { io } = ctx;
  if (!paths.length && !opts.jsonl.length && !opts.feed.length) throw new UsageError('ingest: no input (give a file, a directory, - for stdin, --jsonl FILE or --feed FILE|URL)');
  checkDate('--published', opts.published);
  if (!/^\d{1,9}$/.test(opts.maxItems) || Number(opts.maxItems) < 1) throw new UsageError(`--max-items "${opts.maxItems}" is not a positive whole number`);
  if (paths.includes('-') && io.stdinIsTTY) io.stderr(STDIN_HINT);
  const [{ loadLexicon }, { extractRead }, { ingestReports }, { openStore }, { startProgress }, { countInputs }] = await Promise.all([
    import('../entities/index.js'), import('../read/index.js'), import('../ingest/ingest.js'), import('../store/index.js'),
    import('./progress.js'), import('./input-count.js'),
  ]);
  const lexicon = loadLexicon();
  const store = await openStore(dbPath(opts.db));
  const progress = startProgress({ total: await countInputs(paths, opts.jsonl, opts.feed), quiet: opts.quiet, stream: io.progress ?? { isTTY: false, write: () => {} } });
  const warnings: string[] = [];
  const started = Date.now();
  try {
    const sum = await ingestReports(store, items(paths, opts, ctx, (id, w) => warnings.push(`parley: warning: ${id}: ${w}\n`)), {
      extract: (r) => extractRead(r, (r as { warnings?: string[] }).warnings ?? [], { lexicon }, {
        fallbackPublished: opts.published ?? null, warn: (w) => warnings.push(`parley: warning: ${r.source ?? r.id}: ${w}\n`),
      }),
    }, (p) => progress.update(p));
    progress.stop();
    if (!opts.quiet) for (const w of warnings) io.stderr(w);
    for (const f of sum.failures) io.stderr(`parley: ${f.id}: ${f.reason}\n`);
    const c = await store.counts();
    const secs = (Date.now() - started) / 1000;
    const rate = sum.seen / Math.max(secs, 0.001);
    if (opts.json) {
      const { failures, ...counts } = sum;
      await io.stdout(JSON.stringify({ ...counts, seconds: Number(secs.toFixed(2)), reports_per_second: Number(rate.toFixed(1)), store: c, failures }) + '\n');
    } else if (!opts.quiet) {
      io.stderr(`ingest: ${sum.seen} reports: ${sum.added} new, ${sum.known} already known, ${sum.failed} failed; ` +
        `${sum.events} events (${sum.merged} merged into known events); store: ${c.reports} reports, ${c.events} events, ` +
        `${c.entities} entities, ${c.quotes} quotes, ${c.claims} claims; ${rate.toFixed(0)} reports/s\n`);
    }
    if (sum.failed) ctx.fail(EXIT_INPUT);
  } finally {
    progress.stop();
    await store.close();
  }
}
