// `parley worker [--concurrency N] [--db FILE|URL] [--queue URL] [--until-empty]`: takes reports that
// `ingest --queue` put in the PostgreSQL queue, extracts them (N threads) and stores them; run one on every machine
// that should help. SIGINT or SIGTERM stop it taking jobs; what it took is finished and committed first.
import type { Command } from 'commander';
import { UsageError, type CliCommand, type CliContext } from './command.js';
import { dbOption, dbPath, queueUrl } from './rows.js';
import { openExtractor, threadCount, type ReadReport } from './extractor.js';
import { printIngestSummary } from './ingest-summary.js';

interface WorkerOptions { db?: string; queue?: string; concurrency: string; untilEmpty?: boolean; quiet?: boolean; json?: boolean }

export const workerCommand: CliCommand = {
  register(program: Command, ctx: CliContext) {
    program
      .command('worker')
      .description('take reports from the ingest queue (see `ingest --queue`), extract and store them; many may run at once, on many machines')
      .option('-c, --concurrency <n>', 'cores to use: N-1 worker threads extract while this thread stores the records', '1')
      .option('--queue <url>', 'the queue\'s PostgreSQL database (default: $PARLEY_QUEUE, else the --db connection string)')
      .option('--until-empty', 'stop once no report is waiting, rather than wait for more')
      .option('-q, --quiet', 'no summary on standard error (failures still show)')
      .option('--json', 'print the run summary as one JSON object on standard output')
      .addOption(dbOption())
      .action((opts: WorkerOptions) => runWorker(opts, ctx));
  },
};

async function runWorker(opts: WorkerOptions, ctx: CliContext): Promise<void> {
  const threads = threadCount(opts.concurrency);
  if (threads === null) throw new UsageError(`--concurrency "${opts.concurrency}" is not a positive whole number (at most 256)`);
  const url = queueUrl(opts.queue, opts.db);
  const [{ openQueue }, { openStore }] = await Promise.all([import('../ingest/queue.js'), import('../store/index.js')]);
  const store = await openStore(dbPath(opts.db));
  const queue = await openQueue(url, { name: process.env.PARLEY_QUEUE_NAME || undefined });
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const warnings: string[] = [];
  const started = Date.now();
  const extractor = await openExtractor(threads, (r: ReadReport) => r.fallbackPublished ?? null,
    (r, w) => warnings.push(`parley: warning: ${r.source ?? r.id}: ${w}\n`));
  try {
    const sum = await queue.work(store, { extract: extractor.extract, extractAhead: extractor.ahead, untilEmpty: !!opts.untilEmpty, signal: stop.signal });
    await printIngestSummary(ctx, 'worker', sum, await store.counts(), started, warnings, opts);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await extractor.close();
    await queue.close();
    await store.close();
  }
}
