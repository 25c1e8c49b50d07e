// `parley ingest [PATH ... | -] [--jsonl FILE] [--feed FILE|URL] [--db FILE] [--jobs N] [--queue [URL]]`: extracts and stores reports, once each.
import type { Command } from 'commander';
import type { IngestItem } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../read/types.js';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { EXIT_INPUT } from './io.js';
import { checkDate, dbOption, dbPath, queueUrl } from './rows.js';
import { openExtractor, threadCount, type Extractor } from './extractor.js';
import { printIngestSummary } from './ingest-summary.js';
import { STDIN_HINT } from './stdin-hint.js';

interface IngestOptions { jsonl: string[]; feed: string[]; db?: string; published?: string; quiet?: boolean; json?: boolean; allowPrivateHosts?: boolean; maxItems: string; jobs: string; queue?: string | true }
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
      .option('--queue [url]', 'queue the reports for `parley worker` in PostgreSQL (default: the --db connection string) instead of ingesting them here')
      .option('-j, --jobs <n>', 'cores to use: N-1 worker threads extract while this thread stores the records in input order', '1')
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
  const jobs = threadCount(opts.jobs);
  if (jobs === null) throw new UsageError(`--jobs "${opts.jobs}" is not a positive whole number (at most 256)`);
  if (paths.includes('-') && io.stdinIsTTY) io.stderr(STDIN_HINT);
  const warnings: string[] = [];
  const readWarn = (id: string, w: string) => warnings.push(`parley: warning: ${id}: ${w}\n`);
  if (opts.queue !== undefined) return enqueue(queueUrl(opts.queue, opts.db), items(paths, opts, ctx, readWarn), opts, ctx, warnings);
  const [{ ingestReports }, { openStore }, { startProgress }, { countInputs }] = await Promise.all([
    import('../ingest/ingest.js'), import('../store/index.js'), import('./progress.js'), import('./input-count.js'),
  ]);
  const store = await openStore(dbPath(opts.db));
  const progress = startProgress({ total: await countInputs(paths, opts.jsonl, opts.feed), quiet: opts.quiet, stream: io.progress ?? { isTTY: false, write: () => {} } });
  const started = Date.now();
  let extractor: Extractor | undefined;
  try {
    extractor = await openExtractor(jobs, () => opts.published ?? null, (r, w) => readWarn(r.source ?? r.id, w));
    const sum = await ingestReports(store, items(paths, opts, ctx, readWarn), { extract: extractor.extract, extractAhead: extractor.ahead }, (p) => progress.update(p));
    progress.stop();
    await printIngestSummary(ctx, 'ingest', sum, await store.counts(), started, warnings, opts);
  } finally {
    progress.stop();
    await extractor?.close();
    await store.close();
  }
}

/** `ingest --queue`: reads the inputs here and puts them in the queue for `parley worker`; extracts nothing. */
async function enqueue(url: string, input: AsyncIterable<IngestItem>, opts: IngestOptions, ctx: CliContext, warnings: string[]): Promise<void> {
  const { openQueue } = await import('../ingest/queue.js');
  const queue = await openQueue(url, { name: process.env.PARLEY_QUEUE_NAME || undefined });
  try {
    const { queued, failures } = await queue.enqueue(input, opts.published ?? null);
    if (!opts.quiet) for (const w of warnings) ctx.io.stderr(w);
    for (const f of failures) ctx.io.stderr(`parley: ${f.id}: ${f.failed}\n`);
    const waiting = await queue.waiting();
    if (opts.json) await ctx.io.stdout(JSON.stringify({ queued, failed: failures.length, waiting }) + '\n');
    else if (!opts.quiet) ctx.io.stderr(`ingest: ${queued} reports queued, ${failures.length} could not be read; ${waiting} waiting for a worker\n`);
    if (failures.length) ctx.fail(EXIT_INPUT);
  } finally {
    await queue.close();
  }
}
